import { sameEvent } from '../../scripts/convert-research/designation-events';
import { resolveIdentities, type IdentityInput } from '../../scripts/convert-research/organization-identity';
import type { ResearchRow } from '../../scripts/convert-research/research-rows';
import { listedDateNoted } from '../../scripts/convert-research/register-exclusions';

function input(rowNumber: number, name: string, aliases: string[] = [], ogrn?: string): IdentityInput {
  const row = { file: 1, rowNumber } as ResearchRow;
  return { row, name, aliases, ...(ogrn ? { ogrn } : {}) };
}

describe('which research rows are one organization', () => {
  it.each([
    [
      'same name in another script and accents',
      [input(1, 'Asociación Ñ'), input(2, 'Asociacion N')],
      ['Asociación Ñ', 'Asociación Ñ'],
    ],
    [
      'a full-name alias held by one organization',
      [input(1, 'Golos Association'), input(2, "Association 'Golos'", ['Golos Association'])],
      ['Golos Association', 'Golos Association'],
    ],
    [
      'an alias two organizations give names a brand, not an entity',
      [input(1, 'SIA TV Rain', ['TV Rain']), input(2, 'TVR Studios B.V.', ['TV Rain']), input(3, 'TV Rain')],
      ['SIA TV Rain', 'TVR Studios B.V.', 'TV Rain'],
    ],
    [
      'an acronym alias decides nothing',
      [input(1, 'Anti-Corruption Foundation', ['FBK']), input(2, 'FBK')],
      ['Anti-Corruption Foundation', 'FBK'],
    ],
    [
      'the same OGRN under two names',
      [input(1, 'Memo.ru', [], '1027700000001'), input(2, 'MEMO.RU agency', [], '1027700000001')],
      ['Memo.ru', 'Memo.ru'],
    ],
    [
      'two OGRNs are two entities, whatever the name',
      [input(1, 'Golos', [], '1027700000001'), input(2, 'Golos', [], '1027700000002')],
      ['Golos', 'Golos (OGRN 1027700000002)'],
    ],
  ])('%s', (_, inputs, expected) => {
    const { canonicalNames } = resolveIdentities(inputs);
    expect(canonicalNames).toEqual(expected);
  });

  it('joins a row without a number to the first same-named organization', () => {
    const inputs = [input(1, 'Golos', [], '1027700000001'), input(2, 'Golos', [], '1027700000002'), input(3, 'Golos')];
    const { canonicalNames } = resolveIdentities(inputs);
    expect(canonicalNames).toEqual(['Golos', 'Golos (OGRN 1027700000002)', 'Golos']);
    expect(resolveIdentities(inputs).qualifiedNames).toEqual([
      { name: 'Golos (OGRN 1027700000002)', row: 'file 1 row 2' },
    ]);
  });
});

describe('which readings are one event', () => {
  it.each([
    ['2014', '2014-07-21', true],
    ['2014-06-05', '2014-06-09', true],
    ['2025-06-27', '2025-07-23', true],
    ['2017-12', '2018-10', false],
    ['2015-01-16', '2022-06-10', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(sameEvent(a, b)).toBe(expected);
  });
});

describe('the listing date an exclusion names', () => {
  it.each([
    ['Moscow. Date = MoJ decision on exclusion; listed 5 Jun 2014. OGRN 1', '2014-06-05'],
    ['listed on Monday 15 Dec 2014 (separate row)', '2014-12-15'],
    ['listed in 2014', undefined],
  ])('%s', (notes, expected) => {
    expect(listedDateNoted(notes)).toBe(expected);
  });
});
