/** Designations as a compact table (lists) and as a full record (an organization's page). */
import type { Designation } from '../../domain/designation';
import { html, Html } from '../html';
import { vocabularyLabel } from './labels';
import { jurisdictionLink, lawLink, organizationLink, sourceLink } from './links';
import { dateTime } from './time-element';

export interface DesignationTableOptions {
  caption: string;
  /** Leave out a column that every row shares (the page's own jurisdiction, say). */
  hide?: ('organization' | 'jurisdiction' | 'law')[];
}

/** One row per designation; on a phone each row becomes a block with its labels (see site.css). */
export function designationTable(
  designations: (Designation & { imprecise?: boolean })[],
  { caption, hide = [] }: DesignationTableOptions,
): Html {
  if (designations.length === 0) return html`<p>No designations.</p>`;
  const shows = (column: 'organization' | 'jurisdiction' | 'law') => !hide.includes(column);
  return html`<div class="table-wrap">
<table class="designations">
  <caption>${caption}</caption>
  <thead><tr>
    <th scope="col">Decided</th>
    ${shows('organization') && html`<th scope="col">Organization</th>`}
    ${shows('jurisdiction') && html`<th scope="col">Jurisdiction</th>`}
    <th scope="col">Measure</th>
    ${shows('law') && html`<th scope="col">Law</th>`}
    <th scope="col">Status</th>
  </tr></thead>
  <tbody>
    ${designations.map(
      (designation) => html`<tr>
      <td data-label="Decided">${decidedTime(designation)}${designation.imprecise && html` <span class="flag">imprecise</span>`}</td>
      ${shows('organization') && organizationCell(designation)}
      ${shows('jurisdiction') && html`<td data-label="Jurisdiction">${jurisdictionLink(designation.jurisdiction)}</td>`}
      <td data-label="Measure">${vocabularyLabel(designation.measure)}</td>
      ${shows('law') && html`<td data-label="Law">${designation.law ? lawLink(designation.law) : 'Not stated'}</td>`}
      <td data-label="Status">${designation.status}${designation.ended_on && html` (ended ${designation.ended_on})`}</td>
    </tr>`,
    )}
  </tbody>
</table>
</div>`;
}

function decidedTime(designation: Designation): Html {
  return dateTime(designation.decided_on);
}

function lawWithCitation(designation: Designation): Html {
  const citation = designation.law_citation && html`<br><span class="citation">${designation.law_citation}</span>`;
  return html`${designation.law ? lawLink(designation.law) : 'Not stated'}${citation}`;
}

function organizationCell(designation: Designation): Html {
  const unit = designation.unit && html` <span class="unit">(${designation.unit})</span>`;
  return html`<td data-label="Organization">${organizationLink(designation.organization)}${unit}</td>`;
}

/** Everything recorded about one designation: dates, authority, stated reasons and sources. */
export function designationRecord(designation: Designation): Html {
  const reasons = designation.stated_reasons;
  return html`<article class="designation" id="designation-${designation.id}">
  <h3>${vocabularyLabel(designation.measure)} in ${designation.jurisdiction.name}, ${designation.decided_on}</h3>
  <dl class="facts">
    <dt>Organization</dt><dd>${organizationLink(designation.organization)}${designation.unit && html` (${designation.unit})`}</dd>
    <dt>Jurisdiction</dt><dd>${jurisdictionLink(designation.jurisdiction)}</dd>
    <dt>Law</dt><dd>${lawWithCitation(designation)}</dd>
    <dt>Authority</dt><dd>${designation.authority}</dd>
    <dt>Decided</dt><dd>${decidedTime(designation)}</dd>
    ${designation.listed_on && html`<dt>Listed on a register</dt><dd>${dateTime(designation.listed_on)}</dd>`}
    <dt>Status</dt><dd>${designation.status}${designation.ended_on && html`, ended ${dateTime(designation.ended_on)}`}</dd>
    <dt>Confidence</dt><dd>${designation.confidence}</dd>
  </dl>
  ${statedReasons(reasons)}
  ${reasons.tags.length > 0 && reasonTags(reasons.tags)}
  ${designation.notes && html`<p class="notes">Note: ${designation.notes}</p>`}
  <h4>Sources</h4>
  <ul class="sources">${designation.sources.map((source) => html`<li>${sourceLink(source)}</li>`)}</ul>
</article>`;
}

function reasonTags(tags: Designation['stated_reasons']['tags']): Html {
  const labels = tags.map((tag) => html`<span class="tag">${vocabularyLabel(tag)}</span> `);
  return html`<p class="tags"><span class="visually-hidden">Reason tags: </span>${labels}</p>`;
}

function statedReasons(reasons: Designation['stated_reasons']): Html {
  if (reasons.form === 'not_stated' || reasons.text === '') return html`<p class="reasons">No reasons were stated.</p>`;
  const language = reasons.lang && html` <span class="lang">(${reasons.lang})</span>`;
  if (reasons.form === 'quoted') {
    const caption = html`<figcaption>Stated reasons, quoted${language}:</figcaption>`;
    return html`<figure class="reasons">${caption}<blockquote>${reasons.text}</blockquote></figure>`;
  }
  return html`<p class="reasons"><strong>Stated reasons, paraphrased${language}:</strong> ${reasons.text}</p>`;
}
