import type { OrganizationSearchResult } from '../../services/organizations';
import { html, Html } from '../html';
import { countOf, countryName, vocabularyLabel } from './labels';
import { organizationLink } from './links';
import { page } from './layout';
import { searchForm } from './search-form';

/** Search results, best match first; without a query, organizations by name. `truncated`: there may be more. */
export function searchPage(query: string, results: OrganizationSearchResult[], truncated: boolean): Html {
  const heading = query === '' ? 'Organizations by name' : `Organizations matching “${query}”`;
  const found = `${truncated ? 'The first ' : ''}${countOf(results.length, 'organization')}`;
  const resultsHeading = results.length === 0 ? 'No organization matches' : found;
  return page({
    title: heading,
    body: html`<h1>${heading}</h1>
${searchForm(query)}
<section aria-labelledby="results-heading">
  <h2 id="results-heading">${resultsHeading}</h2>
  ${truncated && html`<p>Search by name to find the others.</p>`}
  ${results.length === 0 && html`<p>Try another spelling, an acronym, or the name in another language or script.</p>`}
  <ol class="results">
    ${results.map(resultItem)}
  </ol>
</section>`,
  });
}

function resultItem(result: OrganizationSearchResult): Html {
  const based = result.hq_country && html`, based in ${countryName(result.hq_country)}`;
  const matched =
    result.matched_name &&
    result.matched_name !== result.name &&
    html`<br><span class="matched">Matched: ${result.matched_name}</span>`;
  return html`<li>
      <h3>${organizationLink(result)}</h3>
      <p>${vocabularyLabel(result.kind)}${based}: ${countOf(result.designation_count, 'designation')}
        ${matched}</p>
      ${familyLine(result)}
    </li>`;
}

function familyLine(result: OrganizationSearchResult): Html | null {
  const { parent, children } = result.family;
  if (parent === null && children.length === 0) return null;
  return html`<p class="family">${parent && html`Part of ${organizationLink(parent)}. `}${
    children.length > 0 &&
    html`Includes ${children.map((child, index) => html`${index > 0 && ', '}${organizationLink(child)}`)}.`
  }</p>`;
}
