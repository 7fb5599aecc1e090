import type { InputProblem } from '../../domain/errors';
import type { OrganizationCandidate as SuggestedOrganization } from '../../domain/precedents/organization-resolution';
import type { AmbiguousOrganization, PrecedentReport } from '../../services/precedents/find-precedents';
import { QueryValues, withQuery } from '../form-query';
import { html, Html } from '../html';
import { page } from './layout';
import { precedentReport } from './precedent-report';
import { PrecedentChoices, PRECEDENT_FIELD_LABELS, precedentsForm } from './precedents-form';
import { problemSummary } from './problem-summary';

export type PrecedentsOutcome =
  | { kind: 'question' }
  | { kind: 'report'; report: PrecedentReport }
  | { kind: 'ambiguous'; answer: AmbiguousOrganization }
  | { kind: 'not_found'; message: string; suggestions: SuggestedOrganization[] }
  | { kind: 'invalid'; problems: InputProblem[] };

/** Pieces of markup, not interpolated text: the apostrophe stays as written. */
const QUESTION_LEDE = [
  html`Name an organization and the state that acted against it: the answer lists the same organization elsewhere, `,
  html`its family, the first uses of the law, peers, similar stated reasons and the same day's actions, `,
  html`each in one sentence with its sources.`,
];

export function precedentsPage(values: QueryValues, choices: PrecedentChoices, outcome: PrecedentsOutcome): Html {
  const subject =
    outcome.kind === 'report' ? `${outcome.report.organization.name} in ${outcome.report.jurisdiction.name}` : null;
  const asOf = outcome.kind === 'report' && outcome.report.date;
  return page({
    title: subject ? `Precedents: ${subject}` : 'Precedents',
    section: 'precedents',
    body: html`<h1>Has this happened before?</h1>
${subject ? html`<p class="lede">Precedents for ${subject}, as of ${asOf}.</p>` : html`<p class="lede">${QUESTION_LEDE}</p>`}
${outcome.kind === 'invalid' && problemSummary('The question has', outcome.problems, PRECEDENT_FIELD_LABELS)}
${outcome.kind === 'report' && precedentReport(outcome.report, values)}
${outcome.kind === 'ambiguous' && choose('Which organization do you mean?', outcome.answer.candidates, values)}
${
  outcome.kind === 'not_found' &&
  html`<div class="error-summary" role="alert"><h2>No such organization</h2><p>${outcome.message}.</p></div>
  ${outcome.suggestions.length > 0 && choose('Did you mean?', outcome.suggestions, values)}`
}
${precedentsForm(values, choices, outcome.kind === 'invalid' ? outcome.problems : [])}`,
  });
}

/** Candidates as links that ask the same question about each one, by slug. */
function choose(heading: string, candidates: SuggestedOrganization[], values: QueryValues): Html {
  return html`<section aria-labelledby="choose-heading">
  <h2 id="choose-heading">${heading}</h2>
  <ul>
    ${candidates.map(
      (candidate) =>
        html`<li><a href="${withQuery('/precedents', { ...values, organization: candidate.slug })}">${candidate.name}</a>${
          candidate.matched_name &&
          candidate.matched_name !== candidate.name &&
          html` <span class="muted">(matched ${candidate.matched_name})</span>`
        }</li>`,
    )}
  </ul>
</section>`;
}
