import { unstorableStrings, unstorableTextProblem } from '../../src/domain/storable-text';

describe('unstorableTextProblem', () => {
  it('accepts any Unicode text: Cyrillic, RTL marks, emoji (surrogate pairs), combining marks, control characters', () => {
    for (const text of ['Мемориал', '\u202Eevil', '😀👨‍👩‍👧', 'e\u0301', '\u0001\u001b[31m', ''])
      expect(unstorableTextProblem(text)).toBeNull();
  });

  it('refuses NUL, which PostgreSQL text cannot hold (SQLSTATE 22021 made such writes and searches 500s)', () => {
    expect(unstorableTextProblem('a\u0000b')).toBe('contains a NUL character (U+0000), which text cannot hold');
  });

  it('refuses an unpaired surrogate, which the driver silently stored as U+FFFD', () => {
    expect(unstorableTextProblem('a\uD800b')).toBe('contains an unpaired UTF-16 surrogate, which is not Unicode text');
    expect(unstorableTextProblem('\uDC00')).not.toBeNull();
  });
});

describe('unstorableStrings', () => {
  it('finds every such string in a parsed body, by dotted path', () => {
    const body = { name: 'ok', names: [{ name: 'fine' }, { name: 'a\u0000' }], notes: '\uD83D' };
    expect(unstorableStrings(body).map(({ path }) => path)).toEqual(['names.1.name', 'notes']);
  });
});
