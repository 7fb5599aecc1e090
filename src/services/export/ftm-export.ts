import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Knex } from 'knex';
import { isPglite } from '../../db/connection';
import type { DesignationKey } from '../../db/keyset';
import type { DesignationFilters } from '../../domain/designation-filters';
import {
  designationEntity,
  familyMembershipEntity,
  FtmDesignationRow,
  FtmEntity,
  FtmOrganizationRow,
  organizationEntity,
} from '../../domain/ftm-entities';
import { COPY_LINES, copyOut } from '../../queries/copy-out';
import { ftmDesignationLinesSql, ftmDesignationPage, ftmOrganizationLine } from '../../queries/ftm-export';

export interface FtmExportOptions {
  /** The day `status` is computed for (YYYY-MM-DD). */
  today: string;
  /** Called with the number of designations written so far (for progress bars). */
  onDesignations?: (count: number) => void;
}

const PGLITE_PAGE_SIZE = 1000;
/** Lines are handed on in chunks of about this many characters rather than one write per line. */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * Streams the designations matching `filters` as FollowTheMoney entities, one JSON object per line
 * (docs/api-ftm.md): each organization once, where it first appears, before its first Sanction;
 * its family link (a Membership) with it. Designations come in the order of the other exports,
 * from one COPY on PostgreSQL (a page at a time on PGlite), and memory stays flat but for the ids
 * of the organizations already written. Parents that no matching designation brought are written
 * at the end, once the COPY has given its connection back, so the export never needs two
 * connections at a time (a pool of one works). A failure after the first byte destroys the stream.
 */
export function exportFtmEntities(db: Knex, filters: DesignationFilters, options: FtmExportOptions): Readable {
  return Readable.from(chunked(ftmLines(db, filters, options)), { objectMode: false, highWaterMark: CHUNK_CHARACTERS });
}

async function* ftmLines(db: Knex, filters: DesignationFilters, options: FtmExportOptions): AsyncGenerator<string> {
  const written = new Set<string>();
  const missingParents = new Set<string>();
  const organizationLines = (organization: FtmOrganizationRow): string => {
    written.add(organization.id);
    missingParents.delete(organization.id);
    const entities: FtmEntity[] = [organizationEntity(organization)];
    if (organization.parent_id !== null) {
      entities.push(familyMembershipEntity(organization.id, organization.parent_id));
      if (!written.has(organization.parent_id)) missingParents.add(organization.parent_id);
    }
    return entities.map(line).join('');
  };

  let count = 0;
  for await (const row of designationRows(db, filters, options.today)) {
    yield (written.has(row.organization.id) ? '' : organizationLines(row.organization)) + line(designationEntity(row));
    options.onDesignations?.(++count);
  }
  // A parent's own parent may be missing too: the loop ends when every one is written (a loop in
  // a parent chain ends it as well, the organization being written by then).
  while (missingParents.size > 0) {
    const [parentId] = missingParents;
    missingParents.delete(parentId);
    const parent = await ftmOrganizationLine(db, parentId, filters.recordedAsOf);
    if (parent !== null) yield organizationLines(JSON.parse(parent) as FtmOrganizationRow);
  }
}

const line = (entity: FtmEntity): string => `${JSON.stringify(entity)}\n`;

/** The designations as rows, parsed from the JSON text PostgreSQL makes of each. */
async function* designationRows(
  db: Knex,
  filters: DesignationFilters,
  today: string,
): AsyncGenerator<FtmDesignationRow> {
  if (isPglite(db)) {
    yield* pglitePages(db, filters, today);
    return;
  }
  // Each COPY line is one JSON text (JSON escapes every control character, so no line breaks
  // inside); the decoder keeps a character whose bytes a chunk boundary splits.
  const decoder = new StringDecoder('utf8');
  let partial = '';
  for await (const chunk of copyOut(db, ftmDesignationLinesSql(db, filters, today), COPY_LINES)) {
    const lines = (partial + decoder.write(chunk as Buffer)).split('\n');
    partial = lines.pop()!;
    for (const text of lines) yield JSON.parse(text) as FtmDesignationRow;
  }
  partial += decoder.end();
  if (partial !== '') yield JSON.parse(partial) as FtmDesignationRow;
}

/** PGlite has one connection and no streaming query: one keyset page after another. */
async function* pglitePages(db: Knex, filters: DesignationFilters, today: string): AsyncGenerator<FtmDesignationRow> {
  let after: DesignationKey | null = null;
  for (;;) {
    const page = await ftmDesignationPage(db, filters, today, after, PGLITE_PAGE_SIZE);
    for (const row of page) yield JSON.parse(row.line) as FtmDesignationRow;
    if (page.length < PGLITE_PAGE_SIZE) return;
    after = page[page.length - 1].key;
  }
}

/** Joins small strings into chunks of about CHUNK_CHARACTERS, as buffers of UTF-8. */
async function* chunked(lines: AsyncIterable<string>): AsyncGenerator<Buffer> {
  let pending = '';
  for await (const text of lines) {
    pending += text;
    if (pending.length >= CHUNK_CHARACTERS) {
      yield Buffer.from(pending, 'utf8');
      pending = '';
    }
  }
  if (pending !== '') yield Buffer.from(pending, 'utf8');
}
