/** Explore's filter form: the common filters as a GET form, so submitting it writes them into the URL. */
import type { InputProblem } from '../../domain/errors';
import { LAW_FAMILY_DESCRIPTIONS } from '../../domain/law-families';
import { LAW_FAMILIES, MEASURES, REASON_TAGS, STATUSES } from '../../domain/vocabularies';
import type { LawSummary } from '../../services/laws';
import type { QueryValues } from '../form-query';
import { html, Html } from '../html';
import { checkboxField, checkboxGroup, Choice, FormState, selectField, textField } from './form-fields';
import { vocabularyLabel } from './labels';

export interface FilterChoices {
  /** Jurisdictions that have acted, offered as checkboxes. */
  jurisdictions: { code: string; name: string }[];
  laws: LawSummary[];
}

/** What each field is called on the form, so a problem names the field a person sees. */
export const FIELD_LABELS: Record<string, string> = {
  q: 'Organization name',
  from: 'Decided from',
  to: 'Decided to',
  as_of: 'In force on',
  law: 'Law',
  law_family: 'Law families',
  status: 'Status',
  sort: 'Order',
  organization: 'Organization slug',
  family: 'Whole family',
  imprecise: 'Imprecise dates',
  jurisdiction: 'Jurisdictions',
  measure: 'Measures',
  reason: 'Stated reasons',
};

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';
const IMPRECISE_LABEL = 'Also list designations dated too coarsely to lie inside the date range (marked “imprecise”)';

export function lawChoices(laws: LawSummary[]): Choice[] {
  return laws.map((law) => [law.slug, `${law.short_name} (${law.jurisdiction.code})`]);
}

export function exploreForm(values: QueryValues, choices: FilterChoices, problems: InputProblem[]): Html {
  // `decided_on` is the default order, which the form offers as its empty first choice.
  const { sort, ...others } = values;
  const form: FormState = { values: sort === 'decided_on' ? others : values, problems };
  const vocabulary = (items: readonly string[]) => items.map((item): Choice => [item, vocabularyLabel(item)]);
  return html`<form class="filters" action="/explore" method="get" aria-labelledby="filters-heading">
  <h2 id="filters-heading">Filter</h2>
  <div class="field-grid">
    ${textField(form, 'q', FIELD_LABELS.q, 'Fuzzy: any alias, acronym or script')}
    ${textField(form, 'from', FIELD_LABELS.from, DATE_HINT)}
    ${textField(form, 'to', FIELD_LABELS.to, DATE_HINT)}
    ${textField(form, 'as_of', FIELD_LABELS.as_of, DATE_HINT)}
    ${selectField(form, 'law', FIELD_LABELS.law, [['', 'Any law'], ...lawChoices(choices.laws)])}
    ${selectField(form, 'status', FIELD_LABELS.status, [['', 'Active or ended'], ...vocabulary(STATUSES)])}
    ${selectField(form, 'sort', FIELD_LABELS.sort, [
      ['', 'Oldest first'],
      ['-decided_on', 'Newest first'],
    ])}
    ${textField(form, 'organization', FIELD_LABELS.organization, 'As in its page address, e.g. amnesty-international')}
  </div>
  ${checkboxField(form, 'family', '1', 'With the organization slug: its whole family')}
  ${checkboxField(form, 'imprecise', 'include', IMPRECISE_LABEL)}
  ${checkboxGroup(
    form,
    'jurisdiction',
    FIELD_LABELS.jurisdiction,
    choices.jurisdictions.map((j): Choice => [j.code, j.name]),
    true,
  )}
  ${checkboxGroup(form, 'measure', FIELD_LABELS.measure, vocabulary(MEASURES))}
  ${checkboxGroup(
    form,
    'law_family',
    `${FIELD_LABELS.law_family} (any of)`,
    LAW_FAMILIES.map((family): Choice => [family, LAW_FAMILY_DESCRIPTIONS[family].label]),
  )}
  ${checkboxGroup(form, 'reason', `${FIELD_LABELS.reason} (any of)`, vocabulary(REASON_TAGS))}
  ${values.limit && html`<input type="hidden" name="limit" value="${values.limit}">`}
  <div class="actions"><button type="submit">Apply filter</button> <a href="/explore">Clear</a></div>
</form>`;
}
