import type { Db } from '../../src/db/connection';
import { createToken } from '../../src/services/api-tokens';

export interface TestTokens {
  editor: string;
  admin: string;
}

/** An editor token (`alice`) and an admin token (`root-admin`) for the writes of a test file. */
export async function createTestTokens(db: Db): Promise<TestTokens> {
  return {
    editor: (await createToken(db, 'alice', 'editor')).token,
    admin: (await createToken(db, 'root-admin', 'admin')).token,
  };
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

export async function revisionCount(db: Db): Promise<number> {
  const [{ count }] = await db('revisions').count<{ count: string | number }[]>('* as count');
  return Number(count);
}

/** A designation as a POST body: the interchange fields of a made-up but valid designation. */
export function designationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organization: 'Test Rights Centre',
    organization_aliases: ['TRC'],
    organization_kind: 'ngo',
    organization_country: 'GB',
    jurisdiction: 'RU',
    measure: 'undesirable_designation',
    law: 'Undesirable organizations law',
    law_citation: 'Federal Law No. 129-FZ',
    authority: "Prosecutor General's Office",
    decided_on: '2024-03-05',
    reason_tags: ['national_security'],
    stated_reasons: 'a threat to the foundations of the constitutional order',
    reasons_form: 'quoted',
    source_urls: ['https://example.org/trc'],
    source_publishers: ['Example News'],
    confidence: 'high',
    ...overrides,
  };
}
