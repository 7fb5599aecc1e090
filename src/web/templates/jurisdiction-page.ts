import type { DesignationPage } from '../../services/designations';
import type { JurisdictionDetail } from '../../services/jurisdictions';
import type { StackedBarChart } from '../chart-specs';
import { html, Html } from '../html';
import { chartFigure } from './chart-figure';
import { countOf, dateSpan, formatCount, vocabularyLabel } from './labels';
import { lawLink, sourceLink } from './links';
import { page } from './layout';
import { allDesignationsSection, firstAndLatestSection, measuresSection } from './reference-sections';

export interface JurisdictionPageData {
  jurisdiction: JurisdictionDetail;
  perYear: StackedBarChart;
  designations: DesignationPage;
}

export function jurisdictionPage({ jurisdiction, perYear, designations }: JurisdictionPageData): Html {
  const acted = jurisdiction.designation_count > 0;
  return page({
    title: jurisdiction.name,
    charts: acted,
    body: html`<h1>${jurisdiction.name} <span class="muted">(${jurisdiction.code})</span></h1>
<p class="lede">${countOf(jurisdiction.designation_count, 'designation')}${
      acted && html`, ${dateSpan(jurisdiction.first_action_on, jurisdiction.latest_action_on)}`
    }.</p>
${acted && html`<section aria-labelledby="per-year-heading"><h2 id="per-year-heading">Per year</h2>${chartFigure(perYear)}</section>`}
${acted && measuresSection(jurisdiction.by_measure)}
${
  acted &&
  html`<section aria-labelledby="laws-heading">
  <h2 id="laws-heading">Laws used</h2>
  <table class="numbers compact">
    <caption class="visually-hidden">Designations per law</caption>
    <thead><tr><th scope="col">Law</th><th scope="col">Designations</th></tr></thead>
    <tbody>${jurisdiction.by_law.map(lawRow)}</tbody>
  </table>
</section>`
}
${acted && firstAndLatestSection(jurisdiction.first_actions, jurisdiction.latest_actions, 'jurisdiction')}
${jurisdiction.collective_actions.length > 0 && collectiveActionsSection(jurisdiction)}
${acted && allDesignationsSection(designations, { jurisdiction: jurisdiction.code }, 'jurisdiction')}`,
  });
}

function lawRow(row: JurisdictionDetail['by_law'][number]): Html {
  return html`<tr><th scope="row">${row.law ? lawLink(row.law) : 'No law stated'}</th><td>${formatCount(row.count)}</td></tr>`;
}

function collectiveActionsSection(jurisdiction: JurisdictionDetail): Html {
  return html`<section aria-labelledby="collective-heading">
  <h2 id="collective-heading">Actions against many organizations at once</h2>
  <p>These name no single organization, so the counts above leave them out.</p>
  ${jurisdiction.collective_actions.map(
    (action) => html`<article class="designation">
    <h3>${vocabularyLabel(action.measure)}, ${action.decided_on}${
      action.organizations_affected !== null && html`: ${countOf(action.organizations_affected, 'organization')}`
    }</h3>
    <p>${action.description}</p>
    <p>${action.authority}${action.law && html`, under ${lawLink(action.law)}`}.</p>
    <ul class="sources">${action.sources.map((source) => html`<li>${sourceLink(source)}</li>`)}</ul>
  </article>`,
  )}
</section>`;
}
