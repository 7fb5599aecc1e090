import type { StackedBarChart } from '../chart-specs';
import { html, Html } from '../html';
import type { Designation } from '../../domain/designation';
import type { JurisdictionSummary } from '../../services/jurisdictions';
import type { LawSummary } from '../../services/laws';
import { choroplethMap } from '../world-map/choropleth';
import { chartFigure } from './chart-figure';
import { designationTable } from './designation-views';
import { countOf, dateSpan, formatCount } from './labels';
import { jurisdictionLink, lawLink } from './links';
import { page } from './layout';
import { searchForm } from './search-form';

export interface HeadlineFigures {
  designations: number;
  organizations: number;
  jurisdictions: number;
  laws: number;
}

export interface HomePageData {
  figures: HeadlineFigures;
  perYear: StackedBarChart;
  latest: Designation[];
  jurisdictions: JurisdictionSummary[];
  laws: LawSummary[];
}

const COVERAGE_LINK = html`<a href="/coverage">How complete is the record?</a>`;
const LAW_FAMILIES_LINK = html`<a href="/law-families">How restrictive laws spread</a>`;

export function homePage({ figures, perYear, latest, jurisdictions, laws }: HomePageData): Html {
  const figure = (count: number, label: string, href: string) =>
    html`<li><a href="${href}"><span class="figure">${formatCount(count)}</span> ${label}</a></li>`;
  return page({
    title: 'What states do to NGOs',
    section: 'home',
    charts: true,
    body: html`<h1>What states do to NGOs</h1>
<p class="lede">A sourced record of designations as "undesirable", "foreign agent" or "terrorist", liquidations,
  licence cancellations, office closures and asset freezes: who, where, under which law, when, and why the state said it acted.</p>
<section aria-labelledby="search-heading">
  <h2 id="search-heading">Find an organization</h2>
  ${searchForm('', 'search-heading')}
</section>
<section aria-labelledby="figures-heading">
  <h2 id="figures-heading">In the record</h2>
  <ul class="figures">
    ${figure(figures.designations, 'designations', '/explore')}
    ${figure(figures.organizations, 'organizations acted against', '/search')}
    ${figure(figures.jurisdictions, 'jurisdictions', '#jurisdictions')}
    ${figure(figures.laws, 'laws', '#laws')}
  </ul>
  <p>${COVERAGE_LINK} The designations held beside the totals that registers and monitors have published.</p>
</section>
<section aria-labelledby="map-heading">
  <h2 id="map-heading">Where states acted</h2>
  ${choroplethMap(
    jurisdictions.map((jurisdiction) => ({ jurisdiction, count: jurisdiction.designation_count })),
    { id: 'designations-map', title: 'Designations per jurisdiction', noun: 'designation' },
  )}
  <p>${LAW_FAMILIES_LINK}: foreign agent, undesirable organization, extremism and other law families across borders.</p>
</section>
<section aria-labelledby="per-year-heading">
  <h2 id="per-year-heading">Designations per year</h2>
  ${chartFigure(perYear)}
</section>
<section aria-labelledby="latest-heading">
  <h2 id="latest-heading">Latest designations</h2>
  ${designationTable(latest, { caption: 'The latest designations, newest first' })}
  <p><a href="/explore?sort=-decided_on">Explore all designations</a></p>
</section>
<div class="columns">
<section aria-labelledby="jurisdictions">
  <h2 id="jurisdictions" tabindex="-1">Jurisdictions</h2>
  <ul class="plain">
    ${jurisdictions.map(jurisdictionItem)}
  </ul>
</section>
<section aria-labelledby="laws">
  <h2 id="laws" tabindex="-1">Laws</h2>
  <ul class="plain">
    ${laws.map(lawItem)}
  </ul>
</section>
</div>`,
  });
}

function jurisdictionItem(jurisdiction: JurisdictionSummary): Html {
  const count = countOf(jurisdiction.designation_count, 'designation');
  const span = dateSpan(jurisdiction.first_action_on, jurisdiction.latest_action_on);
  return html`<li>${jurisdictionLink(jurisdiction)}: ${count}, ${span}</li>`;
}

function lawItem(law: LawSummary): Html {
  return html`<li>${lawLink(law)} (${law.jurisdiction.name}): ${countOf(law.designation_count, 'designation')}</li>`;
}
