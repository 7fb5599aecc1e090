import {
  compareIdentifiers,
  identifierLabel,
  identifierProblem,
  identifiersLike,
} from '../../src/domain/organization-identifiers';

// Made-up numbers with valid check digits and region code 00, which no region has: they name no one.
describe('registration numbers', () => {
  it.each([
    ['ru_ogrn', '1020000000019', null],
    ['ru_inn', '0000000018', null],
    ['ru_ogrn', '1020000000018', { field: 'value', message: 'not a valid OGRN: its check digit does not match' }],
    ['ru_inn', '0000000017', { field: 'value', message: 'not a valid INN: its check digit does not match' }],
    ['ru_ogrn', '102000000001', { field: 'value', message: 'an OGRN is 13 digits' }],
    ['ru_ogrn', '1020000000019 ', { field: 'value', message: 'an OGRN is 13 digits' }],
    ['ru_inn', '000000001８', { field: 'value', message: 'an INN is 10 digits' }],
    ['ru_inn', '000000000018', { field: 'value', message: 'an INN is 10 digits' }],
    ['RU_OGRN', '1020000000019', { field: 'scheme', message: 'unknown scheme: expected one of ru_ogrn, ru_inn' }],
  ])('%s %j: %j', (scheme, value, problem) => {
    expect(identifierProblem(scheme, value)).toEqual(problem);
  });

  it('a search text is a number of the schemes of its length, spaces and dashes aside; anything else is none', () => {
    expect(identifiersLike('1020000000019')).toEqual([{ scheme: 'ru_ogrn', value: '1020000000019' }]);
    expect(identifiersLike(' 102-000-000 0019 ')).toEqual([{ scheme: 'ru_ogrn', value: '1020000000019' }]);
    expect(identifiersLike('0000000018')).toEqual([{ scheme: 'ru_inn', value: '0000000018' }]);
    expect(identifiersLike('12345')).toEqual([]);
    expect(identifiersLike('memorial 1020000000019')).toEqual([]);
    expect(identifiersLike('')).toEqual([]);
  });

  it('labels, and OGRN before INN', () => {
    expect(identifierLabel('ru_ogrn').label).toBe('OGRN');
    expect(identifierLabel('ru_inn').label).toBe('INN');
    const sorted = [
      { scheme: 'ru_inn' as const, value: '0000000018' },
      { scheme: 'ru_ogrn' as const, value: '1020000000020' },
      { scheme: 'ru_ogrn' as const, value: '1020000000019' },
    ].sort(compareIdentifiers);
    expect(sorted.map((identifier) => identifier.value)).toEqual(['1020000000019', '1020000000020', '0000000018']);
  });
});
