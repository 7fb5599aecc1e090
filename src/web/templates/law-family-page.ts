/** A law family's page: its definition, how it spread (chart and table), and a map of its designations. */
import type { FamilyJurisdiction, LawFamilyDetail, LawUse } from '../../services/law-families';
import type { TimelineChart } from '../chart-specs';
import { html, Html } from '../html';
import { choroplethMap } from '../world-map/choropleth';
import { chartFigure } from './chart-figure';
import { countOf, formatCount, vocabularyLabel } from './labels';
import { exploreHref, jurisdictionLink, lawLink, organizationLink } from './links';
import { page } from './layout';
import { columnHeads } from './table-heads';
import { dateTime } from './time-element';

export interface LawFamilyPageData {
  family: LawFamilyDetail;
  diffusion: TimelineChart;
}

/** "2013-06-25: Golos Association (Suspension, Foreign agents law)" */
export function useText(use: LawUse | null): Html {
  if (use === null) return html`<span class="muted">none recorded</span>`;
  const target = use.unit
    ? html`${organizationLink(use.organization)} (${use.unit})`
    : organizationLink(use.organization);
  return html`${dateTime(use.decided_on)}: ${target} <span class="muted">(${vocabularyLabel(use.measure)}, ${lawLink(use.law)})</span>`;
}

function enactedNote(enactedOn: string): Html {
  return html` <span class="muted">(enacted <time datetime="${enactedOn}">${enactedOn}</time>)</span>`;
}

function lawsCell(entry: FamilyJurisdiction): Html {
  return html`<ul class="plain">${entry.laws.map(
    (law) => html`<li>${lawLink(law)}${law.enacted_on && enactedNote(law.enacted_on)}</li>`,
  )}</ul>`;
}

function diffusionTable(family: LawFamilyDetail): Html {
  return html`<table class="designations law-family">
  <caption>${family.label}: the jurisdictions in the order they first used one</caption>
  <thead><tr>${columnHeads(['#', 'Jurisdiction', 'Laws of the family', 'First use', 'Latest', 'Designations'])}</tr></thead>
  <tbody>${family.jurisdictions.map(
    (entry) => html`<tr>
    <td data-label="#">${entry.position ?? '–'}</td>
    <td data-label="Jurisdiction">${jurisdictionLink(entry.jurisdiction)}</td>
    <td data-label="Laws">${lawsCell(entry)}</td>
    <td data-label="First use">${useText(entry.first_use)}</td>
    <td data-label="Latest">${entry.latest_use ? dateTime(entry.latest_use.decided_on) : '–'}</td>
    <td data-label="Designations" class="number">${formatCount(entry.designation_count)}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

export function lawFamilyPage({ family, diffusion }: LawFamilyPageData): Html {
  const used = family.designation_count > 0;
  const designationCount = countOf(family.designation_count, 'designation');
  return page({
    title: family.label,
    section: 'law-families',
    charts: used,
    body: html`<p><a href="/law-families">All law families</a></p>
<h1>${family.label}</h1>
<p class="lede">${family.definition}</p>
<dl class="facts">
  <dt>Jurisdictions</dt><dd>${formatCount(family.jurisdiction_count)}</dd>
  <dt>Laws</dt><dd>${formatCount(family.law_count)}</dd>
  <dt>Designations</dt><dd>${used ? html`<a href="${exploreHref({ law_family: family.family })}">${designationCount}</a>` : 'none'}</dd>
  <dt>First use</dt><dd>${useText(family.first_use)}${family.first_use && html`, in ${family.first_use.jurisdiction.name}`}</dd>
</dl>
${family.jurisdiction_count === 0 && html`<p>No law of this family is recorded.</p>`}
${
  used &&
  html`<section aria-labelledby="diffusion-heading">
  <h2 id="diffusion-heading">How it spread</h2>
  <p>A first use is the earliest state act under one of a jurisdiction's laws of the family: closures under pressure and announced
    deregistrations are counted among its designations, not as uses.</p>
  ${chartFigure(diffusion)}
  ${diffusionTable(family)}
</section>
<section aria-labelledby="map-heading">
  <h2 id="map-heading">Where</h2>
  ${choroplethMap(
    family.jurisdictions.map((entry) => ({ jurisdiction: entry.jurisdiction, count: entry.designation_count })),
    {
      id: 'law-family-map',
      title: `Designations under ${family.label.toLowerCase()}, per jurisdiction`,
      noun: 'designation',
    },
  )}
</section>`
}`,
  });
}
