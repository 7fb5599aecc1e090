import { peerClasses } from '../../src/domain/precedents/peer-classes';
import { evidenceWeight, scorePrecedent } from '../../src/domain/precedents/scoring';
import { PROXIMITY_YEARS } from '../../src/domain/precedents/proximity';

describe('peerClasses', () => {
  it("puts the case's measures first, then the rest of their groups", () => {
    expect(peerClasses('ngo', ['undesirable_designation'], null)).toEqual([
      { sameMeasure: true, measures: ['undesirable_designation'], lawSlug: null },
      {
        sameMeasure: false,
        measures: ['foreign_agent_designation', 'extremist_designation', 'terrorist_designation'],
        lawSlug: null,
      },
    ]);
    expect(
      peerClasses(
        'media',
        ['liquidation', 'undesirable_designation', 'liquidation'],
        'ignored-when-there-are-cases',
      )[0],
    ).toEqual({
      sameMeasure: true,
      measures: ['liquidation', 'undesirable_designation'],
      lawSlug: null,
    });
  });

  it("has no similar class when the case's measures fill their groups", () => {
    expect(peerClasses('ngo', ['other'], null)).toEqual([{ sameMeasure: true, measures: ['other'], lawSlug: null }]);
  });

  it('without a case, goes by the law given, or else by any measure', () => {
    expect(peerClasses('ngo', [], 'ru-undesirable-organizations-law')).toEqual([
      { sameMeasure: true, measures: null, lawSlug: 'ru-undesirable-organizations-law' },
    ]);
    expect(peerClasses('ngo', [], null)).toEqual([{ sameMeasure: false, measures: null, lawSlug: null }]);
  });

  it('gives organizations of kind `other` no peers', () => {
    expect(peerClasses('other', ['ban'], null)).toEqual([]);
  });
});

describe('peer scores, which the band-by-band reading of peers relies on', () => {
  const peerScore = (sameMeasure: boolean, years: number) =>
    scorePrecedent([{ kind: 'peer_organization', sameMeasure }], years).score;

  it('fall with every whole year apart until PROXIMITY_YEARS, then stay', () => {
    for (const sameMeasure of [true, false]) {
      for (let years = 1; years <= PROXIMITY_YEARS; years++)
        expect(peerScore(sameMeasure, years)).toBeLessThan(peerScore(sameMeasure, years - 1));
      expect(peerScore(sameMeasure, PROXIMITY_YEARS + 7)).toBe(peerScore(sameMeasure, PROXIMITY_YEARS));
    }
  });

  it('put every peer of the same measure above every peer of a similar one', () => {
    expect(peerScore(true, PROXIMITY_YEARS)).toBeGreaterThan(peerScore(false, 0));
    expect(evidenceWeight({ kind: 'peer_organization', sameMeasure: false }, 0)).toBeCloseTo(0.55, 10);
  });
});
