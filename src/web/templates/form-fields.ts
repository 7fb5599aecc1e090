/**
 * Labelled form fields for the GET forms (Explore, Precedents). Each field's id is
 * fieldId(parameter), shows its current value from the URL, and carries its problems: the message
 * beside it, aria-invalid, and aria-describedby pointing at its hint and message.
 */
import type { InputProblem } from '../../domain/errors';
import type { QueryValues } from '../form-query';
import { html, Html } from '../html';
import { fieldId, fieldProblem } from './problem-summary';

export interface FormState {
  values: QueryValues;
  problems: InputProblem[];
}

/** A choice: [value, what the reader sees]. */
export type Choice = [string, string];

function description(form: FormState, parameter: string, hasHint: boolean): Html | string {
  const invalid = form.problems.some((problem) => problem.parameter === parameter);
  const ids = [hasHint && `${fieldId(parameter)}-hint`, invalid && `${fieldId(parameter)}-problem`]
    .filter(Boolean)
    .join(' ');
  return ids === '' ? '' : html` aria-describedby="${ids}"${invalid ? html` aria-invalid="true"` : ''}`;
}

export function textField(form: FormState, parameter: string, label: string, hint?: string): Html {
  const value = form.values[parameter] ?? '';
  return html`<div class="field">
    <label for="${fieldId(parameter)}">${label}</label>
    ${hint && html`<span class="hint" id="${fieldId(parameter)}-hint">${hint}</span>`}
    ${fieldProblem(parameter, form.problems)}
    <input id="${fieldId(parameter)}" name="${parameter}" type="text" value="${value}"${description(form, parameter, Boolean(hint))}>
  </div>`;
}

/** A value that is not a choice (a typo in the URL, a removed law) stays visible and selected. */
export function selectField(form: FormState, parameter: string, label: string, choices: Choice[]): Html {
  const value = form.values[parameter];
  const all =
    value !== undefined && !choices.some(([choice]) => choice === value)
      ? [...choices, [value, value] as Choice]
      : choices;
  return html`<div class="field">
    <label for="${fieldId(parameter)}">${label}</label>
    ${fieldProblem(parameter, form.problems)}
    <select id="${fieldId(parameter)}" name="${parameter}"${description(form, parameter, false)}>
      ${all.map(([choice, text]) => html`<option value="${choice}"${choice === (value ?? '') ? html` selected` : ''}>${text}</option>`)}
    </select>
  </div>`;
}

export function checkboxField(form: FormState, parameter: string, checkedValue: string, label: string): Html {
  return html`<div class="check"><input type="checkbox" id="${fieldId(parameter)}" name="${parameter}" value="${checkedValue}"${
    form.values[parameter] !== undefined ? html` checked` : ''
  }> <label for="${fieldId(parameter)}">${label}</label></div>`;
}

/** A comma-list parameter as checkboxes; chosen values not among the choices are added, still checked. */
export function checkboxGroup(
  form: FormState,
  parameter: string,
  legend: string,
  choices: Choice[],
  open = false,
): Html {
  const value = form.values[parameter];
  const chosen = value === undefined ? [] : value.split(',').map((item) => item.trim().toLowerCase());
  const known = new Set(choices.map(([choice]) => choice.toLowerCase()));
  const all = [...choices, ...chosen.filter((item) => !known.has(item)).map((item): Choice => [item, item])];
  const invalid = form.problems.some((problem) => problem.parameter === parameter);
  return html`<details class="choices"${open || chosen.length > 0 || invalid ? html` open` : ''}>
  <summary>${legend}${chosen.length > 0 && html` (${chosen.length} chosen)`}</summary>
  <fieldset id="${fieldId(parameter)}">
    <legend class="visually-hidden">${legend}</legend>
    ${fieldProblem(parameter, form.problems)}
    ${all.map(
      ([choice, text], index) =>
        html`<div class="check"><input type="checkbox" id="${fieldId(parameter)}-${index}" name="${parameter}" value="${choice}"${
          chosen.includes(choice.toLowerCase()) ? html` checked` : ''
        }> <label for="${fieldId(parameter)}-${index}">${text}</label></div>`,
    )}
  </fieldset>
</details>`;
}
