import { Evidence } from '../../src/domain/precedents/precedent-kinds';
import { comparePrecedents, evidenceWeight, scorePrecedent } from '../../src/domain/precedents/scoring';
import { DesignationFacts } from '../../src/domain/precedents/precedent-kinds';

const theCase: DesignationFacts = {
  organization: { name: 'Amnesty International Limited', kind: 'ngo' },
  unit: null,
  jurisdiction: { code: 'RU', name: 'Russia' },
  measure: 'undesirable_designation',
  law: { short_name: 'Undesirable organizations law' },
  decided_on: '2025-05-19',
  decided_precision: 'day',
  stated_reasons: { tags: ['foreign_funding', 'discrediting_state', 'extremism'] },
};

describe('evidenceWeight', () => {
  it.each<[Evidence, number]>([
    [{ kind: 'same_organization', sameJurisdiction: true }, 0.9],
    [{ kind: 'same_organization', sameJurisdiction: false }, 0.85],
    [{ kind: 'same_family', sameJurisdiction: true, relation: 'child' }, 0.8],
    [{ kind: 'same_family', sameJurisdiction: false, relation: 'ancestor' }, 0.75],
    [{ kind: 'law_first_uses', basis: { measure: 'sanctions' }, position: 1 }, 0.75],
    [{ kind: 'law_first_uses', basis: { measure: 'sanctions' }, position: 3 }, 0.65],
    [{ kind: 'law_first_uses', basis: { measure: 'sanctions' }, position: 7 }, 0.65],
    [{ kind: 'same_day', sameMeasure: true, case: theCase }, 0.55],
    [{ kind: 'same_day', sameMeasure: false, case: theCase }, 0.45],
    [{ kind: 'similar_reasons', textSimilarity: 0.5, sharedTags: ['extremism'], tagOverlap: 0.5, case: theCase }, 0.45],
  ])('%j weighs %d', (evidence, weight) => {
    expect(evidenceWeight(evidence, 3)).toBeCloseTo(weight, 10);
  });

  it('a peer weighs 0.6 with the same measure and 0.5 with a similar one, plus up to 0.05 for being close in time', () => {
    const peer = (sameMeasure: boolean): Evidence => ({ kind: 'peer_organization', sameMeasure });
    expect(evidenceWeight(peer(true), 0)).toBeCloseTo(0.65, 10);
    expect(evidenceWeight(peer(true), 5)).toBeCloseTo(0.625, 10);
    expect(evidenceWeight(peer(true), 12)).toBeCloseTo(0.6, 10);
    expect(evidenceWeight(peer(false), 10)).toBeCloseTo(0.5, 10);
  });
});

describe('scorePrecedent', () => {
  it('takes the strongest kind and adds 0.05 for each other kind, strongest first', () => {
    const score = scorePrecedent(
      [
        { kind: 'same_day', sameMeasure: true, case: theCase },
        { kind: 'peer_organization', sameMeasure: true },
        { kind: 'similar_reasons', textSimilarity: 0, sharedTags: [], tagOverlap: 0, case: theCase },
      ],
      20,
    );
    expect(score).toMatchObject({
      kind: 'peer_organization',
      kinds: ['peer_organization', 'same_day', 'similar_reasons'],
      score: 0.7,
    });
    expect(score.evidence).toEqual({ kind: 'peer_organization', sameMeasure: true });
  });

  it('counts a kind once, by its strongest evidence', () => {
    const score = scorePrecedent(
      [
        { kind: 'law_first_uses', basis: { measure: 'sanctions' }, position: 2 },
        { kind: 'law_first_uses', basis: { measure: 'ban' }, position: 1 },
      ],
      0,
    );
    expect(score).toMatchObject({ kinds: ['law_first_uses'], score: 0.75, evidence: { basis: { measure: 'ban' } } });
  });

  it('breaks ties between kinds of equal weight by the order of the kinds, and caps the score at 1', () => {
    const score = scorePrecedent(
      [
        { kind: 'same_day', sameMeasure: true, case: theCase },
        { kind: 'same_organization', sameJurisdiction: true },
        { kind: 'law_first_uses', basis: { measure: 'sanctions' }, position: 1 },
        { kind: 'same_family', sameJurisdiction: true, relation: 'child' },
      ],
      0,
    );
    expect(score).toMatchObject({ kind: 'same_organization', score: 1 });
    const tie = scorePrecedent(
      [
        { kind: 'similar_reasons', textSimilarity: 1, sharedTags: [], tagOverlap: 0.5, case: theCase },
        { kind: 'law_first_uses', basis: { measure: 'sanctions' }, position: 5 },
      ],
      0,
    );
    expect(tie.kinds).toEqual(['law_first_uses', 'similar_reasons']);
  });

  it('needs evidence', () => {
    expect(() => scorePrecedent([], 0)).toThrow();
  });
});

describe('comparePrecedents', () => {
  it('orders by score, then date (coarser first on the same start), then id', () => {
    const item = (id: string, score: number, decided_on: string) => ({ score, designation: { id, decided_on } });
    const items = [
      item('b', 0.5, '2015-01-01'),
      item('a', 0.5, '2015-01-01'),
      item('c', 0.5, '2015'),
      item('d', 0.6, '2020'),
      item('e', 0.5, '2014-12'),
    ];
    expect(items.sort(comparePrecedents).map((entry) => entry.designation.id)).toEqual(['d', 'e', 'c', 'a', 'b']);
  });
});
