/** Links to the pages of the things a designation names, so every page leads to the others. */
import { withQuery } from '../form-query';
import { html, Html } from '../html';

export function organizationLink(organization: { slug: string; name: string }): Html {
  return html`<a href="/organizations/${encodeURIComponent(organization.slug)}">${organization.name}</a>`;
}

export function jurisdictionLink(jurisdiction: { code: string; name: string }): Html {
  return html`<a href="/jurisdictions/${encodeURIComponent(jurisdiction.code)}">${jurisdiction.name}</a>`;
}

export function lawLink(law: { slug: string; short_name: string }): Html {
  return html`<a href="/laws/${encodeURIComponent(law.slug)}">${law.short_name}</a>`;
}

/**
 * A source as a link. The importer only accepts http(s) URLs; checking again here keeps a
 * `javascript:` URL that reached the database some other way from ever becoming a link.
 */
export function sourceLink(source: { url: string; publisher: string; title: string | null }): Html {
  const text = source.title ? `${source.publisher}: ${source.title}` : source.publisher || source.url;
  if (!/^https?:\/\//i.test(source.url)) return html`${text} (${source.url})`;
  return html`<a href="${source.url}" rel="external noopener noreferrer">${text}</a>`;
}

/** `/explore?…` for a filter given as query parameters (undefined ones left out). */
export function exploreHref(filter: Record<string, string | undefined>): string {
  return withQuery(
    '/explore',
    Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  );
}
