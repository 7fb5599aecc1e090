import { designationFieldsBody, emptyCells, overlayCells } from '../../src/domain/interchange/designation-fields';

describe('designation request bodies', () => {
  it('accept the interchange fields: strings, arrays for the multi-valued ones, null for empty', () => {
    expect(
      designationFieldsBody.safeParse({ organization: 'X', source_urls: ['https://a.org'], unit: null }).success,
    ).toBe(true);
    const wrong = designationFieldsBody.safeParse({ source_urls: 'https://a.org', organization: ['X'], colour: 'red' });
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues.map((issue) => [issue.path.join('.') || issue.code, issue.message])).toEqual(
      expect.arrayContaining([
        ['organization', 'expected a string or null'],
        ['source_urls', 'expected an array of strings'],
        ['unrecognized_keys', expect.stringContaining('colour')],
      ]),
    );
  });

  it('a PATCH replaces only the fields it names; null empties a field', () => {
    const base = overlayCells(emptyCells(), {
      organization: 'X',
      notes: 'kept',
      reason_tags: ['extremism'],
      unit: 'Moscow office',
    });
    const patched = overlayCells(base, { notes: 'changed', reason_tags: null, unit: null });
    expect(patched).toEqual({ ...base, notes: 'changed', reason_tags: [], unit: '' });
    expect(base.notes).toBe('kept');
  });
});
