/**
 * Sources of a row: the research source first, then every URL written inline in the notes, each
 * with a publisher. A URL keeps one publisher across the whole file (the sources table is keyed by
 * URL): the research's own spelling where the URL is some row's source, else the name the note
 * introduces it with, else its host name without "www.".
 */
import { splitOutsideBrackets } from './csv-files';
import { rowLabel, type ResearchRow } from './research-rows';

export interface Source {
  url: string;
  publisher: string;
}

/**
 * How notes introduce a URL: the words right before it -> the publisher they name. Checked as a
 * suffix of the text before the URL, longest first.
 */
export const PUBLISHERS_NAMED_IN_NOTES: Readonly<Record<string, string>> = {
  'NBC: ': 'NBC',
  'OC Register (AP) ': 'OC Register (AP)',
  'Politico (': 'Politico',
  'Also RFE/RL ': 'RFE/RL',
  'RFE/RL (': 'RFE/RL',
  'Bellingcat statement of 15 Jul 2022 (': 'Bellingcat',
  'Barents Observer: ': 'Barents Observer',
  'AP (': 'AP',
  'DNA (': 'DNA',
  'Kharon brief: ': 'Kharon',
};

/** A URL runs to the next space or closing bracket; trailing sentence punctuation is not part of it. */
const INLINE_URL = /https?:\/\/[^\s)]+/g;

export function urlsInNotes(notes: string): { url: string; textBefore: string }[] {
  return [...notes.matchAll(INLINE_URL)].map((match) => ({
    url: match[0].replace(/[.,;:]+$/, ''),
    textBefore: notes.slice(0, match.index),
  }));
}

function publisherNamedBefore(textBefore: string): string | undefined {
  const labels = Object.keys(PUBLISHERS_NAMED_IN_NOTES).sort((a, b) => b.length - a.length);
  const label = labels.find((candidate) => textBefore.endsWith(candidate));
  return label === undefined ? undefined : PUBLISHERS_NAMED_IN_NOTES[label];
}

function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * The sources a row's own columns name. Files 2-6 may list several URLs in source_url and their
 * publishers in source_publisher, both separated by ";": paired in order. Fewer publishers than
 * URLs: the last publisher names the remaining URLs too (file 6 ends with "Ministry of Justice …
 * (PDFs of 1 Dec 2022 and 2 Feb 2024 …)" for the register's two archived copies), with a doubt
 * reported; more publishers than URLs is reported and the extra ones are not used.
 */
export function researchSources(row: ResearchRow, warnings?: string[]): Source[] {
  const urls = row.source_url
    .split(';')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  const publishers = splitOutsideBrackets(row.source_publisher);
  if (publishers.length !== urls.length && publishers.length !== 1) {
    warnings?.push(
      `${rowLabel(row)}: ${urls.length} source URLs but ${publishers.length} publishers; the last publisher names the rest`,
    );
  }
  return urls.map((url, index) => ({
    url,
    publisher: publishers[Math.min(index, publishers.length - 1)] ?? hostName(url),
  }));
}

/** URL -> publisher as first written by the research (source_url/source_publisher columns, in file order). */
export function researchPublishersByUrl(rows: readonly ResearchRow[]): Map<string, string> {
  const publishers = new Map<string, string>();
  for (const row of rows) {
    for (const source of researchSources(row)) {
      if (!publishers.has(source.url)) publishers.set(source.url, source.publisher);
    }
  }
  return publishers;
}

export function sourcesOf(row: ResearchRow, researchPublishers: Map<string, string>, warnings?: string[]): Source[] {
  const sources: Source[] = [];
  for (const { url, publisher } of researchSources(row, warnings)) {
    if (!sources.some((source) => source.url === url))
      sources.push({ url, publisher: researchPublishers.get(url) ?? publisher });
  }
  for (const { url, textBefore } of urlsInNotes(row.notes)) {
    if (sources.some((source) => source.url === url)) continue;
    const publisher = researchPublishers.get(url) ?? publisherNamedBefore(textBefore) ?? hostName(url);
    sources.push({ url, publisher });
  }
  return sources;
}
