import type { PartialDate } from '../partial-date';
import type { Confidence, LawFamily, Measure, OrganizationKind, ReasonsForm, ReasonTag, Status } from '../vocabularies';

/** The interchange format (docs/design.md): one row per designation, these columns in this order. */
export const INTERCHANGE_COLUMNS = [
  'id',
  'organization',
  'organization_aliases',
  'organization_kind',
  'organization_parent',
  'organization_country',
  'unit',
  'jurisdiction',
  'measure',
  'law',
  'law_citation',
  'authority',
  'decided_on',
  'listed_on',
  'ended_on',
  'status',
  'reason_tags',
  'stated_reasons',
  'reasons_form',
  'source_urls',
  'source_publishers',
  'confidence',
  'notes',
  // Last, so files written before it existed differ only by a missing last column (below).
  'law_family',
] as const;
export type InterchangeColumn = (typeof INTERCHANGE_COLUMNS)[number];

/**
 * The columns before `law_family` was added: the importer still reads files with this header, as if
 * every law_family cell were empty (each row's law keeps the family it has, or a new law gets `other`).
 */
export const INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY = INTERCHANGE_COLUMNS.filter((column) => column !== 'law_family');

/** Cells that hold several values, joined with `; ` in CSV and arrays in NDJSON. */
export const MULTI_VALUED_COLUMNS: readonly InterchangeColumn[] = [
  'organization_aliases',
  'reason_tags',
  'source_urls',
  'source_publishers',
];
export const MULTI_VALUE_SEPARATOR = '; ';

export type InterchangeCells = Record<InterchangeColumn, string | string[]>;

export interface OrganizationRef {
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  parent: string | null;
  country: string | null;
}

export interface SourceRef {
  url: string;
  publisher: string;
}

/** A validated designation row, ready to be written. */
export interface DesignationRecord {
  id: string | null;
  organization: OrganizationRef;
  unit: string | null;
  jurisdiction: string;
  measure: Measure;
  /** `family` null: the row leaves it to the law (an existing law keeps its own; a new one gets `other`). */
  law: { shortName: string; citation: string | null; family: LawFamily | null } | null;
  /** The legal basis as cited for this designation; may exist without a named law. */
  lawCitation: string | null;
  authority: string;
  decidedOn: PartialDate;
  listedOn: PartialDate | null;
  endedOn: PartialDate | null;
  status: Status;
  reasonTags: ReasonTag[];
  statedReasons: string;
  reasonsForm: ReasonsForm;
  sources: SourceRef[];
  confidence: Confidence;
  notes: string;
}
