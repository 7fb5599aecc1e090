import { html, Html } from '../html';

const EXAMPLE = html`placeholder="e.g. Amnesty, HRW, Мемориал"`;

/** The organization search box of the home and search pages: a plain GET form to /search. */
export function searchForm(query = '', headingId?: string): Html {
  return html`<form class="search" action="/search" method="get" role="search"${headingId && html` aria-labelledby="${headingId}"`}>
  <label for="search-q">Organization name, alias or acronym (any script)</label>
  <div class="search-row">
    <input id="search-q" name="q" type="search" value="${query}" maxlength="200" required autocomplete="off" ${EXAMPLE}>
    <button type="submit">Search</button>
  </div>
</form>`;
}
