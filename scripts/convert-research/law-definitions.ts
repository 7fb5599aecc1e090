/** The shapes of the law table and of the mapping of research law_short cells onto it (laws.ts). */
import type { LawFamily } from '../../src/domain/vocabularies';

export interface LawDefinition {
  jurisdiction: string;
  shortName: string;
  citation: string;
  enactedOn: string;
  /** Its law family (docs/data.md "Law families" gives the reason for each). */
  family: LawFamily;
}

export interface LawReading {
  jurisdiction: string;
  lawShort: string;
  /** Only rows whose law_citation starts with this (tells the 2017 media provisions apart). */
  citationStartsWith?: string;
  /** Only rows whose law_citation contains this. */
  citationIncludes?: string;
  /** A LAWS short name, or '' when the research names no law. */
  law: string;
}
