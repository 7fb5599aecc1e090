import { OrganizationCandidate, OrganizationNotFoundError } from '../domain/precedents/organization-resolution';
import { precedentParameters } from '../domain/precedents/precedent-parameters';
import { AmbiguousOrganization, findPrecedents, PrecedentReport } from '../services/precedents/find-precedents';
import { withDatabase } from '../app/database';
import { parseOptions } from './designation-filter-options';
import { EXIT_USAGE } from './exit-codes';

const designations = (count: number) => `${count} designation${count === 1 ? '' : 's'}`;

function candidateLines(candidates: OrganizationCandidate[]): string {
  const width = Math.max(0, ...candidates.map((candidate) => candidate.slug.length));
  return candidates
    .map((candidate) => {
      const matched =
        candidate.matched_name && candidate.matched_name !== candidate.name ? `, as "${candidate.matched_name}"` : '';
      const details = `score ${candidate.score}${matched}; ${designations(candidate.designation_count)}`;
      return `  ${candidate.slug.padEnd(width)}  ${candidate.name} (${details})`;
    })
    .join('\n');
}

function renderAmbiguous(answer: AmbiguousOrganization): string {
  const question = `"${answer.organization}" matches several organizations equally well; give one of these slugs:`;
  return `${question}\n${candidateLines(answer.candidates)}\n`;
}

function renderReport(report: PrecedentReport): string {
  const { organization, jurisdiction, summary } = report;
  const lines = [
    `Precedents for ${organization.name} (${organization.slug}) in ${jurisdiction.name}, by ${report.date}`,
    '',
  ];
  const theCase = report.case;
  lines.push(
    theCase
      ? `Case: ${theCase.decided_on} ${theCase.measure}` +
          `${theCase.law ? ` under ${theCase.law.short_name}` : ''}${theCase.unit ? ` (${theCase.unit})` : ''}`
      : `Case: no designation of ${organization.name} by ${jurisdiction.name} recorded by ${report.date}`,
  );
  if (summary.ordinal) lines.push(summary.ordinal.sentence);
  if (summary.earliest_comparable) lines.push(`Earliest comparable case: ${summary.earliest_comparable.explanation}`);
  const counts = Object.entries(summary.counts).filter(([, count]) => count > 0);
  const byKind = counts.length > 0 ? ` (${counts.map(([kind, count]) => `${kind} ${count}`).join(', ')})` : '';
  lines.push(`Found ${summary.total}${byKind}; ${report.precedents.length} shown.`);
  report.precedents.forEach((precedent, index) => {
    lines.push(
      '',
      `${String(index + 1).padStart(3)}. [${precedent.kinds.join(', ')}; score ${precedent.score}]`,
      `     ${precedent.explanation}`,
    );
    const [source] = precedent.designation.sources;
    if (source) lines.push(`     ${source.url}`);
  });
  return `${lines.join('\n')}\n`;
}

/** `ngo-tracker precedents ORG --jurisdiction CODE [...]`. */
export async function runPrecedents(org: string, options: Record<string, unknown>): Promise<void> {
  const parameters = parseOptions(precedentParameters, { ...options, organization: org }, ['json']);
  try {
    const answer = await withDatabase((db) => findPrecedents(db, parameters));
    if (options.json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    else if (answer.status === 'resolved') process.stdout.write(renderReport(answer));
    else process.stderr.write(renderAmbiguous(answer));
    // Naming several organizations is input to correct, like naming none.
    if (answer.status === 'ambiguous') process.exitCode = EXIT_USAGE;
  } catch (error) {
    if (!(error instanceof OrganizationNotFoundError)) throw error;
    const closest = error.suggestions.length > 0 ? `; the closest:\n${candidateLines(error.suggestions)}` : '';
    process.stderr.write(`ngo-tracker: ${error.message}${closest}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
