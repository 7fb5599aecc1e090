import type { Knex } from 'knex';
import type { DesignationRecord } from '../../domain/interchange/columns';
import type { LawFamily } from '../../domain/vocabularies';
import {
  DESIGNATION_COLUMN_NAMES,
  DesignationColumns,
  findDeletedDesignationIds,
  findDesignationsByIds,
  insertDesignations,
  StoredDesignation,
  updateDesignations,
} from '../../queries/writes/designation-writes';
import { replaceDesignationSources, upsertSources } from '../../queries/writes/source-writes';
import { ImportRejectedError } from './import-errors';
import { LawResolver } from './law-resolver';
import { OrganizationResolver } from './organization-resolver';
import { UnnamedRowMatcher } from './unnamed-rows';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  organizationsCreated: number;
  organizationsUpdated: number;
  lawsCreated: number;
}

export interface LocatedRecord {
  line: number;
  record: DesignationRecord;
}

interface PlannedRow {
  line: number;
  id: string | null;
  columns: DesignationColumns;
  sourceIds: string[];
}

/**
 * Writes validated rows a batch at a time inside the caller's transaction: organizations, laws and
 * sources are resolved (or created), then each designation is created, updated or left unchanged.
 */
export class DesignationBatchWriter {
  private readonly organizations: OrganizationResolver;
  private readonly laws: LawResolver;
  private readonly unnamedRows: UnnamedRowMatcher;
  private created = 0;
  private updated = 0;
  private unchanged = 0;

  /** `lawFamilies`: the family a file's rows give each law (by lawKey), for the laws it creates. */
  constructor(
    private readonly trx: Knex,
    lawFamilies?: ReadonlyMap<string, LawFamily>,
  ) {
    this.organizations = new OrganizationResolver(trx);
    this.laws = new LawResolver(trx, lawFamilies);
    this.unnamedRows = new UnnamedRowMatcher(trx);
  }

  counts(): ImportCounts {
    return {
      created: this.created,
      updated: this.updated,
      unchanged: this.unchanged,
      organizationsCreated: this.organizations.created,
      organizationsUpdated: this.organizations.updated,
      lawsCreated: this.laws.created,
    };
  }

  async write(batch: LocatedRecord[]): Promise<void> {
    const sourceIds = await upsertSources(
      this.trx,
      batch.flatMap(({ record }) => record.sources),
    );
    await this.organizations.prepare(batch.map(({ record }) => record.organization));
    const resolved: (LocatedRecord & { columns: DesignationColumns })[] = [];
    for (const { line, record } of batch) resolved.push({ line, record, columns: await this.columnsFor(record, line) });
    await this.organizations.flush();
    // Rows without an id match by natural key, all of the batch in one lookup. Lookups see the
    // designations as they were before the batch either way: its inserts come after its plan.
    const unnamed = resolved.filter(({ record }) => record.id === null);
    const matches = await this.unnamedRows.match(unnamed);
    const matchOf = new Map(unnamed.map((row, index) => [row, matches[index]]));
    const planned: PlannedRow[] = resolved.map((row) => ({
      line: row.line,
      id: row.record.id ?? matchOf.get(row) ?? null,
      columns: row.columns,
      sourceIds: row.record.sources.map((source) => sourceIds.get(source.url)!),
    }));
    await rejectDeletedIds(this.trx, planned);
    const existing = await findDesignationsByIds(
      this.trx,
      planned.flatMap((row) => (row.id ? [row.id] : [])),
    );
    const toInsert = planned.filter((row) => row.id === null || !existing.has(row.id));
    const sourcesByDesignation = new Map<string, string[]>();
    const insertedIds = await insertDesignations(
      this.trx,
      toInsert.map((row) => ({ ...(row.id ? { id: row.id } : {}), ...row.columns })),
    );
    toInsert.forEach((row, index) => sourcesByDesignation.set(insertedIds[index], row.sourceIds));
    this.created += toInsert.length;
    const toUpdate: (DesignationColumns & { id: string })[] = [];
    for (const row of planned) {
      const stored = row.id ? existing.get(row.id) : undefined;
      if (!stored) continue;
      if (isUnchanged(stored, row)) {
        this.unchanged++;
        continue;
      }
      toUpdate.push({ id: stored.id, ...row.columns });
      // Sources are rewritten only when they changed: each rewritten link is a revision.
      if (!sameSources(stored, row)) sourcesByDesignation.set(stored.id, row.sourceIds);
    }
    await updateDesignations(this.trx, toUpdate);
    this.updated += toUpdate.length;
    await replaceDesignationSources(this.trx, sourcesByDesignation);
  }

  private async columnsFor(record: DesignationRecord, line: number): Promise<DesignationColumns> {
    return {
      organization_id: await this.organizations.resolve(record.organization, line),
      unit: record.unit,
      jurisdiction: record.jurisdiction,
      measure: record.measure,
      law_id: await this.laws.resolve(record.jurisdiction, record.law, line),
      law_citation: record.lawCitation,
      authority: record.authority,
      decided_on: record.decidedOn.start,
      decided_precision: record.decidedOn.precision,
      listed_on: record.listedOn?.start ?? null,
      listed_precision: record.listedOn?.precision ?? null,
      ended_on: record.endedOn?.start ?? null,
      ended_precision: record.endedOn?.precision ?? null,
      stated_reasons: record.statedReasons,
      reasons_form: record.reasonsForm,
      reason_tags: record.reasonTags,
      confidence: record.confidence,
      notes: record.notes,
    };
  }
}

function isUnchanged(stored: StoredDesignation, row: PlannedRow): boolean {
  const sameColumns = DESIGNATION_COLUMN_NAMES.every(
    (column) => JSON.stringify(stored[column]) === JSON.stringify(row.columns[column]),
  );
  return sameColumns && sameSources(stored, row);
}

function sameSources(stored: StoredDesignation, row: PlannedRow): boolean {
  return JSON.stringify(stored.source_ids) === JSON.stringify(row.sourceIds);
}

/** A deleted designation is restored on purpose (POST .../restore), never by a row that names its id. */
async function rejectDeletedIds(trx: Knex, planned: PlannedRow[]): Promise<void> {
  const deleted = await findDeletedDesignationIds(
    trx,
    planned.flatMap((row) => (row.id ? [row.id] : [])),
  );
  const problems = planned
    .filter((row) => row.id !== null && deleted.has(row.id))
    .map((row) => ({
      line: row.line,
      column: 'id',
      message: 'this designation was deleted; restore it before importing changes to it',
      value: row.id!,
    }));
  if (problems.length > 0) throw new ImportRejectedError(problems, problems.length);
}
