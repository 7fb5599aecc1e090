import { Readable } from 'node:stream';
import type { Db } from '../../../src/db/connection';
import { importDesignations } from '../../../src/services/import/import-designations';

export const HOSTILE_NAME = '<script>alert(1)</script>';
/** Where the importer files an organization named HOSTILE_NAME (its name, slugified). */
export const HOSTILE_SLUG = 'script-alert-1-script';

/**
 * A designation whose every free-text field is markup an attacker would try, imported the way a
 * user's file would be; pages must show all of it as text.
 */
export async function importHostileDesignation(db: Db): Promise<void> {
  const record = {
    id: '',
    organization: HOSTILE_NAME,
    organization_aliases: ['"><img src=x onerror=alert(2)>'],
    organization_kind: 'ngo',
    organization_parent: '',
    organization_country: '',
    unit: '<b>bold unit</b>',
    jurisdiction: 'RU',
    measure: 'undesirable_designation',
    law: 'Undesirable organizations law',
    law_citation: '',
    authority: '<iframe src="javascript:alert(3)"></iframe>',
    decided_on: '2024-02-29',
    listed_on: '',
    ended_on: '',
    status: 'active',
    reason_tags: ['national_security'],
    stated_reasons: '</script><script>alert(4)</script>',
    reasons_form: 'quoted',
    source_urls: ['https://example.org/hostile?a=1&b=<2>'],
    source_publishers: ['<i>Example</i>'],
    confidence: 'low',
    notes: "' onmouseover='alert(5)",
  };
  await importDesignations(db, { format: 'ndjson', open: () => Readable.from([`${JSON.stringify(record)}\n`]) });
}
