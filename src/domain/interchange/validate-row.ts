import { isKnownJurisdiction } from '../jurisdictions';
import { nameLengthProblem, slugify } from '../names';
import { InvalidPartialDateError, parsePartialDate, PartialDate } from '../partial-date';
import { unstorableTextProblem } from '../storable-text';
import {
  CONFIDENCE_LEVELS,
  LAW_FAMILIES,
  LawFamily,
  MEASURES,
  ORGANIZATION_KINDS,
  REASON_TAGS,
  REASONS_FORMS,
  STATUSES,
  isOneOf,
  ReasonTag,
} from '../vocabularies';
import {
  DesignationRecord,
  INTERCHANGE_COLUMNS,
  InterchangeCells,
  InterchangeColumn,
  MULTI_VALUE_SEPARATOR,
  MULTI_VALUED_COLUMNS,
  SourceRef,
} from './columns';
import type { RowProblem } from './row-problems';
import { MAX_ALIASES, MAX_SOURCES, MAX_URL_BYTES } from './field-limits';
import { statusOn } from './status';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Collects every problem of one row instead of stopping at the first. */
class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly cells: InterchangeCells,
    private readonly line: number,
  ) {}

  report(column: RowProblem['column'], message: string, value?: string): void {
    this.problems.push({ line: this.line, column, message, ...(value === undefined ? {} : { value }) });
  }

  text(column: InterchangeColumn): string {
    const cell = this.cells[column];
    return Array.isArray(cell) ? cell.join(MULTI_VALUE_SEPARATOR) : cell;
  }

  optional(column: InterchangeColumn): string | null {
    const value = this.text(column).trim();
    return value === '' ? null : value;
  }

  required(column: InterchangeColumn, what: string): string {
    const value = this.text(column).trim();
    if (value === '') this.report(column, `${what} is required`, this.text(column));
    return value;
  }

  /** Free text is kept exactly as written (leading tabs and all), so exports round-trip byte for byte. */
  requiredFreeText(column: InterchangeColumn, what: string): string {
    this.required(column, what);
    return this.text(column);
  }

  optionalFreeText(column: InterchangeColumn): string | null {
    return this.text(column).trim() === '' ? null : this.text(column);
  }

  list(column: InterchangeColumn): string[] {
    const cell = this.cells[column];
    const items = Array.isArray(cell) ? cell : cell.split(';');
    return items.map((item) => item.trim()).filter((item) => item !== '');
  }

  vocabulary<T extends string>(column: InterchangeColumn, vocabulary: readonly T[], what: string): T {
    const value = this.required(column, what);
    if (value !== '' && !isOneOf(vocabulary, value)) this.report(column, `unknown ${what}`, value);
    return value as T;
  }

  date(column: InterchangeColumn, required: boolean): PartialDate | null {
    const value = required ? this.required(column, column) : this.optional(column);
    if (value === null || value === '') return null;
    try {
      return parsePartialDate(value);
    } catch (error) {
      if (!(error instanceof InvalidPartialDateError)) throw error;
      // The parser's message starts with the quoted value; the report shows the value at the end.
      this.report(column, error.message.slice(JSON.stringify(value).length + ' is '.length), value);
      return null;
    }
  }

  jurisdiction(column: InterchangeColumn, what: string, required: boolean): string | null {
    const value = required ? this.required(column, what) : this.optional(column);
    if (value === null || value === '') return null;
    if (!isKnownJurisdiction(value)) this.report(column, `unknown ISO 3166-1 alpha-2 code for ${what}`, value);
    return value;
  }

  /** Reports a name (or each name of a list) too long to be stored. */
  nameLength(column: InterchangeColumn, what: string): void {
    const names = MULTI_VALUED_COLUMNS.includes(column) ? this.list(column) : [this.optional(column) ?? ''];
    for (const name of names) {
      const problem = nameLengthProblem(name);
      if (problem !== null) this.report(column, `${what} ${problem}`, name);
    }
  }

  /** Reports every cell holding text the database cannot store (NUL, unpaired surrogates). */
  storableText(): void {
    for (const column of INTERCHANGE_COLUMNS) {
      const cell = this.cells[column];
      for (const value of Array.isArray(cell) ? cell : [cell]) {
        const problem = unstorableTextProblem(value);
        if (problem !== null) this.report(column, problem, value);
      }
    }
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

function readSources(reader: RowReader): SourceRef[] {
  const urls = reader.list('source_urls');
  const publishers = reader.list('source_publishers');
  if (urls.length === 0)
    reader.report('source_urls', 'at least one source URL is required', reader.text('source_urls'));
  if (urls.length > MAX_SOURCES)
    reader.report(
      'source_urls',
      `${urls.length} source URLs; at most ${MAX_SOURCES} are allowed`,
      reader.text('source_urls'),
    );
  for (const url of urls) {
    if (!isHttpUrl(url)) reader.report('source_urls', 'malformed source URL (expected http:// or https://)', url);
    else if (Buffer.byteLength(url) > MAX_URL_BYTES)
      reader.report('source_urls', `source URL too long (at most ${MAX_URL_BYTES} bytes)`, url);
  }
  if (new Set(urls).size !== urls.length)
    reader.report('source_urls', 'the same source URL is listed twice', reader.text('source_urls'));
  if (publishers.length !== urls.length) {
    reader.report(
      'source_publishers',
      `${publishers.length} publishers for ${urls.length} source URLs; they must align one to one`,
      reader.text('source_publishers'),
    );
  }
  return urls.map((url, index) => ({ url, publisher: publishers[index] ?? '' }));
}

function readReasonTags(reader: RowReader): ReasonTag[] {
  const tags = reader.list('reason_tags');
  for (const tag of tags) if (!isOneOf(REASON_TAGS, tag)) reader.report('reason_tags', 'unknown reason tag', tag);
  return REASON_TAGS.filter((tag) => tags.includes(tag));
}

function checkDates(reader: RowReader, decided: PartialDate | null, ended: PartialDate | null, today: string): void {
  if (decided && ended && ended.end < decided.start) {
    reader.report('ended_on', `ended_on is before decided_on (${decided.text})`, ended.text);
  }
  const status = reader.optional('status');
  if (status === null) return;
  if (!isOneOf(STATUSES, status)) {
    reader.report('status', 'unknown status (expected active or ended)', status);
    return;
  }
  const derived = statusOn(ended, today);
  if (status !== derived) {
    reader.report(
      'status',
      `status contradicts the dates: ended_on ${ended ? ended.text : 'is empty'}, so the status is ${derived}`,
      status,
    );
  }
}

/** A disagreement between the two reasons cells is reported on stated_reasons, with its text as the value. */
function checkReasons(reader: RowReader, form: string, statedReasons: string): void {
  if (form === 'not_stated' && statedReasons.trim() !== '') {
    reader.report('stated_reasons', 'reasons_form is not_stated but stated_reasons has text', statedReasons);
  }
  if ((form === 'quoted' || form === 'paraphrased') && statedReasons.trim() === '') {
    reader.report('stated_reasons', `reasons_form is ${form} but stated_reasons is empty`, statedReasons);
  }
}

/** Names become slugs and index entries: each needs a letter or digit, and must not be too long. */
function checkNames(reader: RowReader, organizationName: string): void {
  if (organizationName !== '' && slugify(organizationName) === '') {
    reader.report('organization', 'the organization name needs at least one letter or digit', organizationName);
  }
  const parentName = reader.optional('organization_parent');
  if (parentName !== null && slugify(parentName) === '') {
    reader.report('organization_parent', 'the parent organization name needs at least one letter or digit', parentName);
  }
  const aliases = reader.list('organization_aliases');
  if (aliases.length > MAX_ALIASES)
    reader.report(
      'organization_aliases',
      `${aliases.length} aliases; at most ${MAX_ALIASES} are allowed`,
      reader.text('organization_aliases'),
    );
  reader.nameLength('organization', 'the organization name');
  reader.nameLength('organization_aliases', 'an alias');
  reader.nameLength('organization_parent', 'the parent organization name');
  reader.nameLength('law', 'the law name');
}

/** The row's law family: empty leaves it to the law; given, it needs a law to belong to. */
function readLawFamily(reader: RowReader, lawName: string | null): LawFamily | null {
  const family = reader.optional('law_family');
  if (family === null) return null;
  if (!isOneOf(LAW_FAMILIES, family)) reader.report('law_family', 'unknown law family', family);
  else if (lawName === null)
    reader.report('law_family', 'law_family is given but law is empty: a family belongs to a law', family);
  return family as LawFamily;
}

/**
 * Validates one interchange row (cells already un-neutralized) against the data model. `today`
 * (YYYY-MM-DD) is the day the `status` column is checked against.
 */
export function validateRow(
  cells: InterchangeCells,
  line: number,
  today: string,
): { record: DesignationRecord | null; problems: RowProblem[] } {
  const reader = new RowReader(cells, line);
  reader.storableText();
  const id = reader.optional('id');
  if (id !== null && !UUID.test(id)) reader.report('id', 'malformed id (expected a UUID)', id);
  const organizationName = reader.required('organization', 'organization');
  checkNames(reader, organizationName);
  const kind = reader.vocabulary('organization_kind', ORGANIZATION_KINDS, 'organization kind');
  const country = reader.jurisdiction('organization_country', 'the organization country', false);
  const jurisdiction = reader.jurisdiction('jurisdiction', 'jurisdiction', true) ?? '';
  const measure = reader.vocabulary('measure', MEASURES, 'measure');
  const lawName = reader.optional('law');
  const citation = reader.optionalFreeText('law_citation');
  const lawFamily = readLawFamily(reader, lawName);
  const authority = reader.requiredFreeText('authority', 'authority');
  const decidedOn = reader.date('decided_on', true);
  const listedOn = reader.date('listed_on', false);
  const endedOn = reader.date('ended_on', false);
  checkDates(reader, decidedOn, endedOn, today);
  const reasonTags = readReasonTags(reader);
  const statedReasons = reader.text('stated_reasons');
  const reasonsForm = reader.vocabulary('reasons_form', REASONS_FORMS, 'reasons form');
  checkReasons(reader, reasonsForm, statedReasons);
  const sources = readSources(reader);
  const confidence = reader.vocabulary('confidence', CONFIDENCE_LEVELS, 'confidence');
  if (reader.problems.length > 0 || decidedOn === null) return { record: null, problems: reader.problems };
  return {
    record: {
      id: id?.toLowerCase() ?? null,
      organization: {
        name: organizationName,
        aliases: reader.list('organization_aliases'),
        kind,
        parent: reader.optional('organization_parent'),
        country,
      },
      unit: reader.optionalFreeText('unit'),
      jurisdiction,
      measure,
      law: lawName === null ? null : { shortName: lawName, citation, family: lawFamily },
      lawCitation: citation,
      authority,
      decidedOn,
      listedOn,
      endedOn,
      status: statusOn(endedOn, today),
      reasonTags,
      statedReasons,
      reasonsForm,
      sources,
      confidence,
      notes: reader.text('notes'),
    },
    problems: [],
  };
}
