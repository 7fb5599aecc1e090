/** A row of `revisions`: one row version written by a recorded transaction (append-only). */
export interface RevisionsTable {
  /** bigint: node-postgres hands it over as text. */
  id: string;
  recorded_at: Date;
  /** xid8, as text. */
  transaction_id: string;
  actor: string;
  action: string;
  table_name: string;
  record_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A row of `revision_commits`: a writing transaction and its place in commit order. */
export interface RevisionCommitsTable {
  transaction_id: string;
  /** bigint, as text; null until the transaction commits. */
  position: string | null;
}
