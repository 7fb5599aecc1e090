/** The precedents question as a GET form: which organization, acted against by which jurisdiction. */
import type { InputProblem } from '../../domain/errors';
import { MEASURES } from '../../domain/vocabularies';
import type { LawSummary } from '../../services/laws';
import type { QueryValues } from '../form-query';
import { html, Html } from '../html';
import { lawChoices } from './explore-form';
import { Choice, FormState, selectField, textField } from './form-fields';
import { vocabularyLabel } from './labels';

export interface PrecedentChoices {
  jurisdictions: { code: string; name: string }[];
  laws: LawSummary[];
}

export const PRECEDENT_FIELD_LABELS: Record<string, string> = {
  organization: 'Organization',
  jurisdiction: 'Acted against by',
  law: 'Under the law (optional)',
  measure: 'Measure (optional)',
  date: 'As of (optional)',
  limit: 'Precedents shown',
};

export function precedentsForm(values: QueryValues, choices: PrecedentChoices, problems: InputProblem[]): Html {
  const form: FormState = { values, problems };
  const labels = PRECEDENT_FIELD_LABELS;
  const jurisdictions: Choice[] = [
    ['', 'Choose a jurisdiction'],
    ...choices.jurisdictions.map((j): Choice => [j.code, j.name]),
  ];
  return html`<form class="filters" action="/precedents" method="get" aria-labelledby="question-heading">
  <h2 id="question-heading">Ask</h2>
  <div class="field-grid">
    ${textField(form, 'organization', labels.organization, 'Name, alias, acronym or slug, in any script')}
    ${selectField(form, 'jurisdiction', labels.jurisdiction, jurisdictions)}
    ${selectField(form, 'law', labels.law, [['', 'Any law'], ...lawChoices(choices.laws)])}
    ${selectField(form, 'measure', labels.measure, [['', 'Any measure'], ...MEASURES.map((m): Choice => [m, vocabularyLabel(m)])])}
    ${textField(form, 'date', labels.date, 'YYYY, YYYY-MM or YYYY-MM-DD; only what had happened by then counts')}
  </div>
  ${values.limit && html`<input type="hidden" name="limit" value="${values.limit}">`}
  <div class="actions"><button type="submit">Find precedents</button></div>
</form>`;
}
