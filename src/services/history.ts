import type { Knex } from 'knex';
import { NotFoundError } from '../domain/errors';
import { ChangesParameters, isRevisionId } from '../domain/history-parameters';
import { mergedOrganizationIds } from '../queries/organization-redirects';
import { invalidParameters } from '../domain/parameter-parsing';
import {
  ChangesSince,
  commitPositionOf,
  designationRevisions,
  organizationRevisions,
  RevisionRow,
  revisionsSince,
} from '../queries/revisions';
import { requireOrganization } from './organizations';

/** One recorded change of one row: who, when, what, and the row before and after (null when absent). */
export interface Revision {
  id: number;
  recorded_at: string;
  actor: string;
  action: string;
  table: string;
  record_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ChangeFeed {
  items: Revision[];
  /** Pass as `since` for the next page (the last revision's id; the same `since` when there is none). */
  next_since: string | null;
  /** More revisions follow right away; when false, poll again later with next_since. */
  has_more: boolean;
}

/** A designation's history, deleted or not: its revisions and those of its source links. */
export async function designationHistory(db: Knex, id: string): Promise<{ items: Revision[] }> {
  const rows = await designationRevisions(db, id.toLowerCase());
  if (rows.length === 0) throw new NotFoundError(`no designation has id ${id}`);
  return { items: rows.map(toRevision) };
}

/** An organization's history: its row, names and slug redirects, and those of organizations merged into it. */
export async function organizationHistory(db: Knex, slug: string): Promise<{ items: Revision[] }> {
  const organization = await requireOrganization(db, slug);
  const ids = [organization.id, ...(await mergedOrganizationIds(db, organization.id))];
  return { items: (await organizationRevisions(db, ids)).map(toRevision) };
}

/** Every change in commit order, a page at a time, to keep a mirror in sync. */
export async function changes(db: Knex, parameters: ChangesParameters): Promise<ChangeFeed> {
  const rows = await revisionsSince(db, await changesStart(db, parameters.since), parameters.limit + 1);
  const items = rows.slice(0, parameters.limit).map(toRevision);
  return {
    items,
    next_since: items.length > 0 ? String(items[items.length - 1].id) : (parameters.since ?? null),
    has_more: rows.length > parameters.limit,
  };
}

async function changesStart(db: Knex, since: string | undefined): Promise<ChangesSince> {
  if (since === undefined) return { from: 'start' };
  if (!isRevisionId(since)) return { afterTime: since };
  const afterPosition = await commitPositionOf(db, Number(since));
  if (afterPosition === undefined)
    throw invalidParameters([{ parameter: 'since', value: since, message: 'no revision has this id' }]);
  return { afterId: Number(since), afterPosition };
}

function toRevision(row: RevisionRow): Revision {
  return {
    id: Number(row.id),
    recorded_at: row.recorded_at,
    actor: row.actor,
    action: row.action,
    table: row.table_name,
    record_id: row.record_id,
    before: row.before,
    after: row.after,
  };
}
