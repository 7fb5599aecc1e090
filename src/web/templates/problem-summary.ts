import type { InputProblem } from '../../domain/errors';
import { html, Html } from '../html';
import { countOf } from './labels';

/** A field's element id on the forms: `filter-<parameter>`, so a problem can point at its field. */
export const fieldId = (parameter: string) => `filter-${parameter}`;

/**
 * The problems with a form's input, first on the page (and announced), each linking to its field
 * under the name the form gives it in `labels`.
 */
export function problemSummary(heading: string, problems: InputProblem[], labels: Record<string, string>): Html {
  return html`<div class="error-summary" role="alert" aria-labelledby="problems-heading">
  <h2 id="problems-heading">${heading} ${countOf(problems.length, 'problem')}</h2>
  <ul>
    ${problems.map((problem) => problemItem(problem, labels))}
  </ul>
</div>`;
}

function problemItem(problem: InputProblem, labels: Record<string, string>): Html {
  if (!problem.parameter) return html`<li>${problem.message}</li>`;
  const label = labels[problem.parameter] ?? problem.parameter;
  return html`<li><a href="#${fieldId(problem.parameter)}">${label}</a>: ${problem.message}${givenValue(problem)}</li>`;
}

/** The value given, unless the message already quotes it. */
function givenValue(problem: InputProblem): string {
  if (problem.value === undefined) return '';
  const value = shownValue(problem.value);
  return problem.message.includes(value) ? '' : ` (given “${value}”)`;
}

/** A repeated query parameter reads as `a,b`; a JSON object as JSON, not `[object Object]`. */
function shownValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(shownValue).join(',');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** The messages about one field, shown beside it (the field's aria-describedby points here). */
export function fieldProblem(parameter: string, problems: InputProblem[]): Html | null {
  const messages = problems.filter((problem) => problem.parameter === parameter).map((problem) => problem.message);
  return messages.length === 0
    ? null
    : html`<span class="problem" id="${fieldId(parameter)}-problem">${messages.join('; ')}</span>`;
}
