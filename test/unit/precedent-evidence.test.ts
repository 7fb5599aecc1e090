import { MEASURE_GROUPS, measureGroupOf, similarMeasures } from '../../src/domain/precedents/measure-groups';
import {
  AMBIGUITY_MARGIN,
  OrganizationCandidate,
  resolveOrganizationName,
} from '../../src/domain/precedents/organization-resolution';
import { compareReasonTags, familyRelation } from '../../src/domain/precedents/precedent-kinds';
import { countByKind, earliestComparable } from '../../src/domain/precedents/summary';
import { MEASURES } from '../../src/domain/vocabularies';

describe('measure groups', () => {
  it('put every measure in exactly one group', () => {
    const grouped = Object.values(MEASURE_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...MEASURES].sort());
    for (const measure of MEASURES) expect(() => measureGroupOf(measure)).not.toThrow();
  });

  it('make an undesirable designation similar to other labels, and a revoked registration to other shutdowns', () => {
    expect(similarMeasures(['undesirable_designation'])).toEqual([
      'undesirable_designation',
      'foreign_agent_designation',
      'extremist_designation',
      'terrorist_designation',
    ]);
    expect(similarMeasures(['registration_revoked', 'liquidation'])).toEqual([
      'ban',
      'liquidation',
      'registration_revoked',
      'licence_cancelled',
      'office_closure',
      'expulsion',
    ]);
    expect(similarMeasures(['other'])).toEqual(['other']);
  });
});

describe('compareReasonTags', () => {
  it('shares tags in vocabulary order, never not_stated, with their Jaccard overlap', () => {
    expect(
      compareReasonTags(
        ['extremism', 'foreign_funding', 'not_stated'],
        ['discrediting_state', 'foreign_funding', 'extremism', 'not_stated'],
      ),
    ).toEqual({
      sharedTags: ['foreign_funding', 'extremism'],
      tagOverlap: 2 / 3,
    });
    expect(compareReasonTags(['not_stated'], ['not_stated'])).toEqual({ sharedTags: [], tagOverlap: 0 });
  });
});

describe('familyRelation', () => {
  const limited = { id: 'ail', parentId: 'ai' };
  it('tells an ancestor, a child and a relative apart', () => {
    expect(familyRelation(limited, { id: 'ai', parentId: null, parentName: null })).toEqual({ relation: 'ancestor' });
    expect(
      familyRelation(limited, { id: 'ail-uk', parentId: 'ail', parentName: 'Amnesty International Limited' }),
    ).toEqual({ relation: 'child' });
    expect(familyRelation(limited, { id: 'aii', parentId: 'ai', parentName: 'Amnesty International' })).toEqual({
      relation: 'relative',
      familyName: 'Amnesty International',
    });
  });
});

describe('resolveOrganizationName', () => {
  const hit = (slug: string, name: string, score: number, matched_name = name): OrganizationCandidate => ({
    slug,
    name,
    kind: 'ngo',
    matched_name,
    score,
    designation_count: 1,
  });
  const amnesty = hit('amnesty-international', 'Amnesty International', 1);
  const limited = hit('amnesty-international-limited', 'Amnesty International Limited', 1, 'Amnesty International');
  const india = hit('amnesty-international-india', 'Amnesty International India', 1);

  it('a canonical name equal to the query wins over an alias equal to it', () => {
    expect(resolveOrganizationName('AMNESTY international', [amnesty, limited, india])).toEqual({
      status: 'resolved',
      organization: amnesty,
      match: 'exact_name',
    });
  });

  it('one alias equal to the query wins; several are ambiguous', () => {
    const hrw = hit('human-rights-watch', 'Human Rights Watch', 1, 'HRW');
    expect(resolveOrganizationName('hrw', [hrw])).toMatchObject({
      status: 'resolved',
      organization: hrw,
      match: 'exact_name',
    });
    const other = hit('other', 'Other', 1, 'HRW');
    expect(resolveOrganizationName('HRW', [hrw, other])).toEqual({ status: 'ambiguous', candidates: [hrw, other] });
  });

  it('otherwise the best hit, unless another is within the margin', () => {
    const best = hit('human-rights-watch', 'Human Rights Watch', 0.6);
    const runnerUp = hit(
      'memorial',
      'Memorial Human Rights Centre',
      Math.round((0.6 - AMBIGUITY_MARGIN - 0.001) * 1000) / 1000,
    );
    expect(resolveOrganizationName('human rigts wach', [best, runnerUp])).toMatchObject({
      status: 'resolved',
      organization: best,
      match: 'best_match',
    });
    const close = { ...runnerUp, score: 0.55 };
    expect(resolveOrganizationName('human rigts wach', [best, close])).toEqual({
      status: 'ambiguous',
      candidates: [best, close],
    });
    expect(resolveOrganizationName('amnesty', [amnesty, limited, india])).toEqual({
      status: 'ambiguous',
      candidates: [amnesty, limited, india],
    });
  });

  it('nothing scoring 0.6 is a match: the hits become suggestions', () => {
    const weak = hit('international-partnership-for-human-rights', 'International Partnership for Human Rights', 0.577);
    expect(resolveOrganizationName('Human Rights Foundation', [weak])).toEqual({
      status: 'not_found',
      suggestions: [weak],
    });
    expect(resolveOrganizationName('zzqx', [])).toEqual({ status: 'not_found', suggestions: [] });
  });
});

describe('summary', () => {
  const precedent = (
    id: string,
    kind: 'same_day' | 'peer_organization',
    measure: 'sanctions' | 'ban',
    decided_on: string,
  ) => ({
    kind,
    designation: { id, measure, decided_on },
  });
  const precedents = [
    precedent('a', 'same_day', 'sanctions', '2019-12-02'),
    precedent('b', 'peer_organization', 'ban', '2015'),
    precedent('c', 'peer_organization', 'sanctions', '2019-12'),
  ];

  it('counts every kind, zeros included', () => {
    expect(countByKind(precedents)).toEqual({
      same_organization: 0,
      same_family: 0,
      law_first_uses: 0,
      peer_organization: 2,
      similar_reasons: 0,
      same_day: 1,
      same_law_family: 0,
    });
  });

  it('finds the earliest with the measure, or the earliest of all without one', () => {
    expect(earliestComparable(precedents, 'sanctions')?.designation.id).toBe('c');
    expect(earliestComparable(precedents, null)?.designation.id).toBe('b');
    expect(earliestComparable(precedents, 'other')).toBeNull();
  });
});
