import type { OrganizationSearchResult } from '../../services/organizations';
import { html, Html } from '../html';
import { countOf, countryName, vocabularyLabel } from './labels';
import { organizationLink } from './links';
import { page } from './layout';
import { searchForm } from './search-form';

/** Search results, best match first; without a query, organizations by name. `truncated`: there may be more. */
export function searchPage(query: string, results: OrganizationSearchResult[], truncated: boolean): Html {
  const heading = query === '' ? 'Organizations by name' : `Organizations matching “${query}”`;
  return page({
    title: heading,
    body: html`<h1>${heading}</h1>
${searchForm(query)}
<section aria-labelledby="results-heading">
  <h2 id="results-heading">${results.length === 0 ? 'No organization matches' : `${truncated ? 'The first ' : ''}${countOf(results.length, 'organization')}`}</h2>
  ${truncated && html`<p>Search by name to find the others.</p>`}
  ${results.length === 0 && html`<p>Try another spelling, an acronym, or the name in another language or script.</p>`}
  <ol class="results">
    ${results.map(
      (result) => html`<li>
      <h3>${organizationLink(result)}</h3>
      <p>${vocabularyLabel(result.kind)}${result.hq_country && html`, based in ${countryName(result.hq_country)}`}: ${countOf(result.designation_count, 'designation')}
        ${result.matched_name && result.matched_name !== result.name && html`<br><span class="matched">Matched: ${result.matched_name}</span>`}</p>
      ${familyLine(result)}
    </li>`,
    )}
  </ol>
</section>`,
  });
}

function familyLine(result: OrganizationSearchResult): Html | null {
  const { parent, children } = result.family;
  if (parent === null && children.length === 0) return null;
  return html`<p class="family">${parent && html`Part of ${organizationLink(parent)}. `}${
    children.length > 0 &&
    html`Includes ${children.map((child, index) => html`${index > 0 && ', '}${organizationLink(child)}`)}.`
  }</p>`;
}
