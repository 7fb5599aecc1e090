import { identifierLabel } from '../../domain/organization-identifiers';
import type { Designation } from '../../domain/designation';
import { wikidataUrl } from '../../domain/wikidata';
import type { OrganizationDetail } from '../../services/organizations';
import type { TimelineChart } from '../chart-specs';
import { withQuery } from '../form-query';
import { html, Html } from '../html';
import { chartFigure } from './chart-figure';
import { designationRecord } from './designation-views';
import { countOf, countryName, vocabularyLabel } from './labels';
import { exploreHref, organizationLink } from './links';
import { page } from './layout';

export interface OrganizationPageData {
  organization: OrganizationDetail;
  /** True when the timeline and designations cover the organization's whole family. */
  family: boolean;
  timeline: TimelineChart;
  designations: Designation[];
}

export function organizationPage({ organization, family, timeline, designations }: OrganizationPageData): Html {
  const jurisdictions = [
    ...new Map(designations.map((designation) => [designation.jurisdiction.code, designation.jurisdiction])).values(),
  ];
  const filter = { organization: organization.slug, family: family ? '1' : undefined };
  return page({
    title: organization.name,
    charts: designations.length > 0,
    body: html`<h1>${organization.name}</h1>
<p class="lede">${vocabularyLabel(organization.kind)}${organization.hq_country && html`, based in ${countryName(organization.hq_country)}`}.
  ${countOf(designations.length, 'designation')}${family && ' across its family'}.</p>
${organization.wikidata_id && wikidataLine(organization.wikidata_id)}
${familySection(organization)}
<section aria-labelledby="names-heading">
  <h2 id="names-heading">Names</h2>
  <ul class="names">
    ${organization.names.map(nameItem)}
  </ul>
</section>
${identifiersSection(organization)}
${
  designations.length > 0 &&
  html`<section aria-labelledby="timeline-heading">
  <h2 id="timeline-heading">Timeline</h2>
  ${chartFigure(timeline)}
</section>
<section aria-labelledby="precedents-heading">
  <h2 id="precedents-heading">Has this happened before?</h2>
  <ul>
    ${jurisdictions.map((jurisdiction) => precedentsItem(organization, jurisdiction))}
  </ul>
  <p><a href="${exploreHref(filter)}">These designations in Explore</a>, with downloads.</p>
</section>`
}
<section aria-labelledby="designations-heading">
  <h2 id="designations-heading">Designations</h2>
  ${
    designations.length === 0
      ? html`<p>No designation of ${organization.name} itself is recorded.</p>`
      : designations.map(designationRecord)
  }
</section>`,
  });
}

function precedentsItem(organization: OrganizationDetail, jurisdiction: Designation['jurisdiction']): Html {
  const href = withQuery('/precedents', { organization: organization.slug, jurisdiction: jurisdiction.code });
  return html`<li><a href="${href}">Precedents for ${organization.name} in ${jurisdiction.name}</a></li>`;
}

/** Registration numbers, where recorded: "OGRN 1027700000000". */
function identifiersSection(organization: OrganizationDetail): Html | null {
  if (organization.identifiers.length === 0) return null;
  return html`<section aria-labelledby="identifiers-heading">
  <h2 id="identifiers-heading">Registration numbers</h2>
  <dl class="facts">
    ${organization.identifiers.map(({ scheme, value }) => {
      const { label, title } = identifierLabel(scheme);
      return html`<dt><abbr title="${title}">${label}</abbr></dt><dd>${value}</dd>`;
    })}
  </dl>
</section>`;
}

function familySection(organization: OrganizationDetail): Html | null {
  const { parent, children } = organization.family;
  if (parent === null && children.length === 0) return null;
  return html`<section aria-labelledby="family-heading">
  <h2 id="family-heading">Family</h2>
  ${parent && html`<p>Part of ${organizationLink(parent)}.</p>`}
  ${children.length > 0 && html`<p>Includes:</p><ul>${children.map((child) => html`<li>${organizationLink(child)}</li>`)}</ul>`}
</section>`;
}

function wikidataLine(wikidataId: string): Html {
  return html`<p>Wikidata: <a href="${wikidataUrl(wikidataId)}">${wikidataId}</a></p>`;
}

function nameItem(name: OrganizationDetail['names'][number]): Html {
  const kind = html`${vocabularyLabel(name.kind)}${name.lang && html`, ${name.lang}`}`;
  return html`<li><span${name.lang && html` lang="${name.lang}"`}>${name.name}</span> <span class="muted">(${kind})</span></li>`;
}
