/**
 * What every answer to hostile input must be, for the property tests under test/property: never a
 * 5xx, never a stack trace or SQL text, a problem+json (or an HTML error page) that names the
 * offending parameter, and a success that is well-formed in the media type it declares.
 */
import querystring from 'node:querystring';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { INTERCHANGE_COLUMNS } from '../../src/domain/interchange/columns';

export interface RawResponse {
  status: number;
  contentType: string;
  location: string | undefined;
  text: string;
}

/** Every body as the text it is, whatever its media type (superagent would parse or drop some). */
function collectText(res: request.Response, callback: (error: Error | null, body: string) => void): void {
  const chunks: Buffer[] = [];
  // superagent hands the parser the node response stream, typed as its own Response.
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks).toString('utf8')));
}

function toRawResponse(response: request.Response): RawResponse {
  return {
    status: response.status,
    contentType: response.headers['content-type'] ?? '',
    location: response.headers.location,
    text: response.body as string,
  };
}

/** Sends a request through supertest and answers with the raw text of the response. */
export async function sendRaw(test: request.Test): Promise<RawResponse> {
  return toRawResponse(await test.buffer(true).parse(collectText));
}

// Node's HTTP parser answers 431 with no body when the request line and headers pass 16 KiB,
// before the app sees anything; that is the one refusal that cannot be a problem+json.
const NODE_MAX_HEADER_BYTES = 16 * 1024;

const STACK_TRACE = [
  /\n\s+at \S/,
  /\bat [\w$.<>[\] ]+ \([^)]*:\d+:\d+\)/,
  /node_modules/,
  /\.[cm]?[jt]s:\d+/,
  /\/src\/[\w/-]+\.ts\b/,
];
const SQL_TEXT = [
  /syntax error at or near/i,
  /relation "[^"]*" does not exist/i,
  /invalid byte sequence for encoding/i,
  /violates (check|unique|foreign key|not-null) constraint/i,
  /index row (size|requires)/i,
  /\bselect\s+(\*|"|distinct\b)/i,
  /\b(from|into|update|join)\s+"\w+"/i,
  /\bwhere\s+"\w+"/i,
  /\$\d+\b.*\blimit \$\d+/i,
  /SQLSTATE/i,
];

/**
 * The values the server may echo back (as given, decoded, cased, trimmed, item by item): they are
 * taken out of the text before it is searched for SQL or traces, which the sender may have typed.
 */
function echoesOf(values: string[]): string[] {
  const variants = values.flatMap((value) => {
    const decoded = [value, safeDecode(value), querystring.unescape(value.replace(/\+/g, ' '))];
    return decoded.flatMap((text) => [
      text,
      text.trim(),
      text.toUpperCase(),
      text.toLowerCase(),
      ...text.split(/[,;]/).map((item) => item.trim()),
    ]);
  });
  return [...new Set(variants)].filter((variant) => variant.length >= 3).sort((a, b) => b.length - a.length);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeMarkup(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name] ?? entity;
  });
}

/** The text a person or program reads in the response: JSON strings unescaped, markup entities decoded. */
function readableText(response: RawResponse): string {
  if (/json/.test(response.contentType)) {
    try {
      return JSON.stringify(JSON.parse(response.text), (key, value) => (key === 'value' ? undefined : value)).replace(
        /\\u0000/g,
        '',
      );
    } catch {
      return response.text;
    }
  }
  return /html|xml/.test(response.contentType) ? unescapeMarkup(response.text) : response.text;
}

function withoutEchoes(text: string, echoes: string[]): string {
  let remaining = text;
  for (const echo of echoes) {
    remaining = remaining.split(echo).join('');
    const jsonEscaped = JSON.stringify(echo).slice(1, -1);
    if (jsonEscaped !== echo) remaining = remaining.split(jsonEscaped).join('');
  }
  return remaining;
}

/** `sentValues` are what the request carried: the server may echo them, and they may look like SQL. */
function expectNoLeak(response: RawResponse, sentValues: string[]): void {
  const patterns = response.status < 400 ? STACK_TRACE : [...STACK_TRACE, ...SQL_TEXT];
  const readable = readableText(response);
  if (!patterns.some((pattern) => pattern.test(readable))) return;
  const text = withoutEchoes(readable, echoesOf(sentValues));
  const leak = patterns.find((pattern) => pattern.test(text));
  if (leak)
    throw new Error(
      `${STACK_TRACE.includes(leak) ? 'a stack trace' : 'SQL text'} (${leak}) in a ${response.status} response: ${text.slice(0, 500)}`,
    );
}

interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { parameter?: string; value?: unknown; message: string; line?: number }[];
}

function expectNoServerError(response: RawResponse, what: string): void {
  if (response.status >= 500) throw new Error(`${what} answered ${response.status}: ${response.text.slice(0, 500)}`);
}

/** A problem+json with the members RFC 9457 and this API promise. */
export function problemOf(response: RawResponse, what: string): ProblemDocument {
  if (!/^application\/problem\+json/.test(response.contentType)) {
    throw new Error(
      `${what} answered ${response.status} as ${response.contentType || 'no content type'}, not problem+json: ` +
        `${response.text.slice(0, 300)}`,
    );
  }
  const body = JSON.parse(response.text) as ProblemDocument;
  expect(body).toMatchObject({
    status: response.status,
    title: expect.any(String),
    detail: expect.any(String),
    code: expect.any(String),
    type: expect.any(String),
  });
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}

/** A 400's `errors` name at least one of `parameters` (the one that was tampered with). */
function expectNamesParameter(problem: ProblemDocument, parameters: string[], what: string): void {
  const named = (problem.errors ?? []).map((error) => error.parameter);
  // A nested field is named by its dotted path (`names.0.kind` for a problem inside `names`).
  const isNamed = (parameter: string) =>
    parameters.some((expected) => parameter === expected || parameter.startsWith(`${expected}.`));
  if (!named.some((parameter) => parameter !== undefined && isNamed(parameter))) {
    throw new Error(
      `${what}: the 400 names ${JSON.stringify(named)}, not ${JSON.stringify(parameters)}: ${problem.detail.slice(0, 300)}`,
    );
  }
}

/**
 * An API answer to hostile input: below 500, free of traces and SQL; a refusal is problem+json and
 * a 400 lists its errors, naming one of `parameters` (null when what was spoiled has no name, such
 * as a body that is no JSON object); a success is well-formed. `url` tells Node's own 431 apart.
 */
export function checkApiResponse(
  response: RawResponse,
  options: { what: string; url: string; parameters: string[] | null; sentValues: string[] },
): void {
  const { what, url, parameters, sentValues } = options;
  expectNoServerError(response, what);
  expectNoLeak(response, sentValues);
  if (response.status === 431 && Buffer.byteLength(url) > NODE_MAX_HEADER_BYTES - 1024) return;
  if (response.status >= 400) {
    const problem = problemOf(response, what);
    if (response.status === 400 && parameters !== null) expectNamesParameter(problem, parameters, what);
    return;
  }
  if (response.status >= 200 && response.status < 300) expectWellFormed(response, what);
}

/** An HTML page's answer: an HTML page whatever the status, and a 400 page names the parameter. */
export function checkPageResponse(
  response: RawResponse,
  options: { what: string; url: string; parameters: string[]; sentValues: string[] },
): void {
  const { what, url, parameters, sentValues } = options;
  expectNoServerError(response, what);
  expectNoLeak(response, sentValues);
  if (response.status === 431 && Buffer.byteLength(url) > NODE_MAX_HEADER_BYTES - 1024) return;
  if (response.status >= 300 && response.status < 400) return;
  if (/^application\/problem\+json/.test(response.contentType)) {
    // Refused before the pages' router (request target too long, rate limits): the API's form.
    problemOf(response, what);
    return;
  }
  expect(response.contentType).toMatch(/^text\/html/);
  expect(response.text).toMatch(/^<!doctype html>/i);
  if (response.status === 400) {
    const text = unescapeMarkup(response.text);
    if (!parameters.some((parameter) => text.includes(parameter)))
      throw new Error(`${what}: the 400 page does not name ${JSON.stringify(parameters)}`);
  }
}

/** A 2xx body is what its Content-Type says: JSON, CSV with the interchange header, NDJSON, Atom, HTML. */
function expectWellFormed(response: RawResponse, what: string): void {
  const type = response.contentType;
  if (/^application\/(problem\+)?json/.test(type)) {
    expect(() => JSON.parse(response.text)).not.toThrow();
  } else if (/^text\/csv/.test(type)) {
    const records: string[][] = parseCsv(response.text, { bom: true, relax_column_count: true });
    expect(records[0]).toEqual([...INTERCHANGE_COLUMNS]);
    for (const record of records) expect(record).toHaveLength(INTERCHANGE_COLUMNS.length);
  } else if (/^application\/x-ndjson/.test(type)) {
    for (const line of response.text.split('\n').filter(Boolean)) expect(typeof JSON.parse(line)).toBe('object');
  } else if (/^application\/atom\+xml/.test(type)) {
    expect(XMLValidator.validate(response.text)).toBe(true);
  } else if (/^text\/html/.test(type)) {
    expect(response.text).toMatch(/^<!doctype html>/i);
  } else if (response.status !== 204) {
    throw new Error(`${what}: a ${response.status} of unexpected type ${type}`);
  }
}
