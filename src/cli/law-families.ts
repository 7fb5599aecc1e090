import { parseParameters } from '../domain/parameter-parsing';
import { lawFamilyPath } from '../domain/query-parameters';
import { getLawFamily, LawFamilyDetail, LawFamilySummary, LawUse, listLawFamilies } from '../services/law-families';
import { withDatabase } from '../app/database';
import { renderTable } from './text-table';

/** "2013-06-25 RU" for the index, where the jurisdiction says where it was. */
const useWithPlace = (use: LawUse | null) => (use ? `${use.decided_on} ${use.jurisdiction.code}` : '-');

const target = (use: LawUse) => (use.unit ? `${use.organization.name} (${use.unit})` : use.organization.name);

function renderIndex({ items }: { items: LawFamilySummary[] }): string {
  const rows = items.map((item) => [
    item.family,
    String(item.jurisdiction_count),
    String(item.law_count),
    String(item.designation_count),
    useWithPlace(item.first_use),
    useWithPlace(item.latest_use),
  ]);
  const table = renderTable(
    ['family', 'jurisdictions', 'laws', 'designations', 'first use', 'latest use'],
    rows,
    (column) => column >= 1 && column <= 3,
  );
  return `${table}\nfirst use: the earliest state act under a law of the family; \`ngo-tracker law-families FAMILY\` for its spread.\n`;
}

/** The diffusion table: a row per jurisdiction in the order they first used a law of the family. */
function renderDiffusion(family: LawFamilyDetail): string {
  const rows = family.jurisdictions.map((entry) => [
    entry.position === null ? '-' : String(entry.position),
    `${entry.jurisdiction.name} (${entry.jurisdiction.code})`,
    entry.first_use?.decided_on ?? 'no use',
    entry.first_use ? target(entry.first_use) : '',
    entry.laws.map((law) => (law.enacted_on ? `${law.short_name} (${law.enacted_on})` : law.short_name)).join('; '),
    String(entry.designation_count),
    entry.latest_use?.decided_on ?? '-',
  ]);
  const heading = `${family.label} (${family.family}): ${family.definition}`;
  if (rows.length === 0) return `${heading}\n\nno law of this family is recorded\n`;
  const table = renderTable(
    ['#', 'jurisdiction', 'first use', 'against', 'laws (enacted)', 'designations', 'latest'],
    rows,
    (column) => column === 0 || column === 5,
  );
  const footnote =
    'first use: the earliest state act under one of its laws ' +
    '(closures under pressure and announced deregistrations are not uses).';
  return `${heading}\n\n${table}\n${footnote}\n`;
}

/** `ngo-tracker law-families [FAMILY] [--json]`: the families, or how one spread across jurisdictions. */
export async function runLawFamilies(family: string | undefined, options: { json?: boolean }): Promise<void> {
  const path = family === undefined ? null : parseParameters(lawFamilyPath, { family });
  const answer = await withDatabase((db): Promise<{ items: LawFamilySummary[] } | LawFamilyDetail> =>
    path === null ? listLawFamilies(db) : getLawFamily(db, path.family),
  );
  if (options.json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  else process.stdout.write('items' in answer ? renderIndex(answer) : renderDiffusion(answer));
}
