import type { DesignationPage } from '../../services/designations';
import type { LawDetail } from '../../services/laws';
import type { StackedBarChart } from '../chart-specs';
import { LAW_FAMILY_DESCRIPTIONS } from '../../domain/law-families';
import { leftOutPhrase } from '../../domain/precedents/phrases';
import { html, Html } from '../html';
import { chartFigure } from './chart-figure';
import { countOf } from './labels';
import { jurisdictionLink } from './links';
import { page } from './layout';
import { allDesignationsSection, firstAndLatestSection, measuresSection } from './reference-sections';

export interface LawPageData {
  law: LawDetail;
  perYear: StackedBarChart;
  measures: { measure: string; count: number }[];
  designations: DesignationPage;
}

export function lawPage({ law, perYear, measures, designations }: LawPageData): Html {
  const used = law.designation_count > 0;
  const uses = used && html`${law.first_used_on && html`, first ${law.first_used_on}`}, latest ${law.latest_used_on}`;
  return page({
    title: law.short_name,
    charts: used,
    body: html`<h1>${law.short_name}</h1>
<dl class="facts">
  <dt>Jurisdiction</dt><dd>${jurisdictionLink(law.jurisdiction)}</dd>
  ${law.citation && html`<dt>Citation</dt><dd>${law.citation}</dd>`}
  ${law.enacted_on && html`<dt>Enacted</dt><dd><time datetime="${law.enacted_on}">${law.enacted_on}</time></dd>`}
  <dt>Law family</dt><dd><a href="/law-families/${law.family}">${LAW_FAMILY_DESCRIPTIONS[law.family].label}</a></dd>
  <dt>Used</dt><dd>${countOf(law.designation_count, 'designation')}${uses}</dd>
  ${
    law.not_state_acts.length > 0 &&
    html`<dt>Not state acts</dt><dd>${leftOutPhrase(law.not_state_acts)}: counted among the designations, not as first uses of the law</dd>`
  }
</dl>
${used && html`<section aria-labelledby="per-year-heading"><h2 id="per-year-heading">Per year</h2>${chartFigure(perYear)}</section>`}
${used && measuresSection(measures)}
${used && firstAndLatestSection(law.first_uses, law.latest_uses, 'law')}
${used && allDesignationsSection(designations, { law: law.slug }, 'law')}`,
  });
}
