import { FAMILY_OF_CATEGORY } from '../../migrations/20261209100000_law_families';
import { LAWS } from '../../scripts/convert-research/laws';
import { compareFirstUses, LAW_FAMILY_DESCRIPTIONS } from '../../src/domain/law-families';
import { isOneOf, LAW_FAMILIES } from '../../src/domain/vocabularies';

describe('law families', () => {
  it('the former categories each map onto a family (migration 20261209100000)', () => {
    expect(Object.entries(FAMILY_OF_CATEGORY).filter(([, family]) => !isOneOf(LAW_FAMILIES, family))).toEqual([]);
    expect(Object.keys(FAMILY_OF_CATEGORY).sort()).toEqual([
      'company_law',
      'counter_extremism',
      'counter_terrorism',
      'foreign_agents',
      'foreign_funding',
      'military_order',
      'national_security',
      'ngo_registration',
      'other',
      'sanctions',
      'undesirable_organizations',
    ]);
    expect(FAMILY_OF_CATEGORY).toMatchObject({
      foreign_agents: 'foreign_agent',
      undesirable_organizations: 'undesirable_foreign_organization',
      military_order: 'national_security',
    });
  });

  it('every family has a label, a definition and a phrase for sentences', () => {
    for (const family of LAW_FAMILIES) {
      const { label, definition, lawPhrase } = LAW_FAMILY_DESCRIPTIONS[family];
      expect([family, label.length > 0, definition.endsWith('.'), /^an? /.test(lawPhrase)]).toEqual([
        family,
        true,
        true,
        true,
      ]);
    }
  });

  it('every seed law has a family, and each family but one has a seed law', () => {
    expect(LAWS.filter((law) => !isOneOf(LAW_FAMILIES, law.family))).toEqual([]);
    expect(LAW_FAMILIES.filter((family) => !LAWS.some((law) => law.family === family))).toEqual([]);
  });

  it.each([
    // [a, b, sign]: the earlier partial date first, a coarser one first on the same start, by code on ties, no use last
    [{ code: 'RU', firstUsedOn: '2013-06-25' }, { code: 'NI', firstUsedOn: '2022-02-16' }, -1],
    [{ code: 'KG', firstUsedOn: '2024' }, { code: 'GE', firstUsedOn: '2024-01-01' }, -1],
    [{ code: 'KG', firstUsedOn: '2024-12' }, { code: 'GE', firstUsedOn: '2024-03-05' }, 1],
    [{ code: 'AA', firstUsedOn: '2020' }, { code: 'BB', firstUsedOn: '2020' }, -1],
    [{ code: 'SV', firstUsedOn: null }, { code: 'ZZ', firstUsedOn: '2030' }, 1],
    [{ code: 'SV', firstUsedOn: null }, { code: 'AB', firstUsedOn: null }, 1],
  ] as const)('the diffusion order: %j against %j', (a, b, sign) => {
    expect(Math.sign(compareFirstUses(a, b))).toBe(sign);
  });
});
