import type {
  Confidence,
  DatePrecision,
  Measure,
  OrganizationKind,
  ReasonsForm,
  ReasonTag,
  Status,
} from './vocabularies';

/**
 * What two designations share when they record the same action (a designation's natural key), in
 * the words problems and conflicts use: src/queries/writes/designation-writes.ts compares them.
 */
export const SAME_ACTION = 'organization, unit, jurisdiction, measure and decided date';

/** A designation as the API, the CLI and the timelines show it. */
export interface Designation {
  id: string;
  organization: { slug: string; name: string; kind: OrganizationKind };
  unit: string | null;
  jurisdiction: { code: string; name: string };
  measure: Measure;
  law: { slug: string; short_name: string; citation: string | null } | null;
  /** The provision cited for this designation, when it is more specific than the law. */
  law_citation: string | null;
  authority: string;
  decided_on: string;
  decided_precision: DatePrecision;
  listed_on: string | null;
  listed_precision: DatePrecision | null;
  ended_on: string | null;
  ended_precision: DatePrecision | null;
  status: Status;
  stated_reasons: { text: string; form: ReasonsForm; lang: string | null; tags: ReasonTag[] };
  sources: { url: string; publisher: string; title: string | null }[];
  confidence: Confidence;
  notes: string;
  version: number;
}
