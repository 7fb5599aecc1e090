/** Sections that the jurisdiction and law pages share: measures, first and latest uses, all designations. */
import type { Designation } from '../../domain/designation';
import type { DesignationPage } from '../../services/designations';
import { html, Html } from '../html';
import { designationTable } from './designation-views';
import { capitalized, formatCount, matchCount, vocabularyLabel } from './labels';
import { exploreHref } from './links';

function measureRow(row: { measure: string; count: number }): Html {
  return html`<tr><th scope="row">${vocabularyLabel(row.measure)}</th><td>${formatCount(row.count)}</td></tr>`;
}

export function measuresSection(measures: { measure: string; count: number }[]): Html {
  return html`<section aria-labelledby="measures-heading">
  <h2 id="measures-heading">Measures</h2>
  <table class="numbers compact">
    <caption class="visually-hidden">Designations per measure</caption>
    <thead><tr><th scope="col">Measure</th><th scope="col">Designations</th></tr></thead>
    <tbody>${measures.map(measureRow)}</tbody>
  </table>
</section>`;
}

export function firstAndLatestSection(first: Designation[], latest: Designation[], hide: 'jurisdiction' | 'law'): Html {
  return html`<section aria-labelledby="uses-heading">
  <h2 id="uses-heading">First and latest uses</h2>
  ${designationTable(first, { caption: 'The first designations', hide: [hide] })}
  ${designationTable(latest, { caption: 'The latest designations, newest first', hide: [hide] })}
</section>`;
}

/** Every designation, or the first page of them with the rest in Explore. */
export function allDesignationsSection(
  list: DesignationPage,
  filter: Record<string, string>,
  hide: 'jurisdiction' | 'law',
): Html {
  const exploreLink = exploreHref(filter);
  const firstOnly = list.next_cursor !== null && html`Showing the first ${formatCount(list.items.length)}. `;
  return html`<section aria-labelledby="designations-heading">
  <h2 id="designations-heading">The designations</h2>
  ${designationTable(list.items, { caption: `${capitalized(matchCount(list))}, by date decided`, hide: [hide] })}
  <p>${firstOnly}<a href="${exploreLink}">All ${matchCount(list)} in Explore</a>, to filter and download.</p>
</section>`;
}
