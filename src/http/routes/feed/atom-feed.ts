/**
 * An Atom 1.0 document (RFC 4287) of designations. xmlbuilder2 writes the XML, so every value is
 * escaped by the library; the entry content is XHTML, which feed readers show as formatted text.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { designationSummary, designationTitle, statedReasonsText } from '../../../domain/designation-description';
import type { FeedEntry } from '../../../services/designation-feed';

const ATOM = 'http://www.w3.org/2005/Atom';
const XHTML = 'http://www.w3.org/1999/xhtml';
/** A feed with no entry has not changed since there was nothing to say. */
const NEVER = '1970-01-01T00:00:00.000Z';

export interface AtomFeed {
  /** A permanent IRI for this feed (the same filters, the same id). */
  id: string;
  title: string;
  /** Absolute URL of the feed as requested, and of the site, for rel="self" and rel="alternate". */
  selfUrl: string;
  origin: string;
  entries: FeedEntry[];
}

export function atomDocument(feed: AtomFeed): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ATOM, 'feed');
  root.ele('id').txt(feed.id);
  root.ele('title').txt(feed.title);
  root
    .ele('updated')
    .txt(feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), NEVER));
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl });
  root.ele('link', { rel: 'alternate', type: 'text/html', href: `${feed.origin}/` });
  root.ele('author').ele('name').txt('NGO Sanction Tracker');
  root.ele('generator').txt('ngo-tracker');
  for (const entry of feed.entries) addEntry(root, entry, feed.origin);
  return root.end({ prettyPrint: true });
}

function addEntry(root: XMLBuilder, { designation, published, updated }: FeedEntry, origin: string): void {
  const entry = root.ele('entry');
  entry.ele('id').txt(`urn:uuid:${designation.id}`);
  entry.ele('title').txt(designationTitle(designation));
  entry.ele('published').txt(published);
  entry.ele('updated').txt(updated);
  entry.ele('link', {
    rel: 'alternate',
    type: 'text/html',
    href: `${origin}/organizations/${designation.organization.slug}`,
  });
  entry.ele('link', {
    rel: 'alternate',
    type: 'application/json',
    href: `${origin}/api/v1/designations/${designation.id}`,
  });
  entry.ele('category', { term: designation.measure });
  entry.ele('category', { term: designation.jurisdiction.code, label: designation.jurisdiction.name });
  entry.ele('summary').txt(designationSummary(designation));
  const div = entry.ele('content', { type: 'xhtml' }).ele(XHTML, 'div');
  div.ele('p').txt(designationSummary(designation));
  const reasons = statedReasonsText(designation);
  if (reasons) div.ele('p').txt(reasons);
  if (designation.stated_reasons.tags.length > 0)
    div.ele('p').txt(`Reason tags: ${designation.stated_reasons.tags.join(', ')}.`);
  if (designation.notes.trim() !== '') div.ele('p').txt(designation.notes);
  const sources = div.ele('ul');
  for (const source of designation.sources) {
    sources
      .ele('li')
      .ele('a', { href: source.url })
      .txt(source.title ?? source.publisher)
      .up()
      .txt(source.title ? ` (${source.publisher})` : '');
  }
}
