import { explainPrecedent, ordinalSentence } from '../../src/domain/precedents/explanations';
import { DesignationFacts } from '../../src/domain/precedents/precedent-kinds';
import { listPhrase, measureInfinitive, measurePast, ordinal, possessive } from '../../src/domain/precedents/phrases';
import { MEASURES } from '../../src/domain/vocabularies';

function facts(overrides: Partial<DesignationFacts>): DesignationFacts {
  return {
    organization: { name: 'Human Rights Watch', kind: 'ngo' },
    unit: null,
    jurisdiction: { code: 'RU', name: 'Russia' },
    measure: 'undesirable_designation',
    law: { short_name: 'Undesirable organizations law' },
    decided_on: '2025-11-10',
    decided_precision: 'day',
    stated_reasons: { tags: [] },
    ...overrides,
  };
}

const moscowOffice = facts({
  unit: 'Moscow office',
  measure: 'registration_revoked',
  law: { short_name: 'Foreign NGO branch register' },
  decided_on: '2022-04-08',
});
const amnestyOffice = facts({ ...moscowOffice, organization: { name: 'Amnesty International Limited', kind: 'ngo' } });
const amnesty = facts({
  organization: { name: 'Amnesty International Limited', kind: 'ngo' },
  decided_on: '2025-05-19',
});

describe('explainPrecedent', () => {
  it('same_organization: what happened, to which unit, under which law, when, and to how many others that day', () => {
    expect(
      explainPrecedent(moscowOffice, 12, { kind: 'same_organization', sameJurisdiction: true }, 'Human Rights Watch'),
    ).toBe(
      "Human Rights Watch's Moscow office had its registration revoked under Russia's Foreign NGO branch register " +
        'on 2022-04-08, together with 12 other organizations.',
    );
    const china = facts({
      jurisdiction: { code: 'CN', name: 'China' },
      measure: 'sanctions',
      law: null,
      decided_on: '2019-12-02',
    });
    expect(
      explainPrecedent(china, 1, { kind: 'same_organization', sameJurisdiction: false }, 'Human Rights Watch'),
    ).toBe('Human Rights Watch was sanctioned by China on 2019-12-02, together with 1 other organization.');
  });

  it('same_family: how the relative stands to the organization', () => {
    const india = facts({
      organization: { name: 'Amnesty International India', kind: 'ngo' },
      jurisdiction: { code: 'IN', name: 'India' },
      measure: 'asset_freeze',
      law: { short_name: 'PMLA' },
      decided_on: '2020-09-10',
    });
    const relative = { kind: 'same_family' as const, sameJurisdiction: false };
    expect(
      explainPrecedent(
        india,
        0,
        { ...relative, relation: 'relative', familyName: 'Amnesty International' },
        'Amnesty International Limited',
      ),
    ).toBe(
      'Amnesty International India, part of Amnesty International like Amnesty International Limited, had its ' +
        "assets frozen under India's PMLA on 2020-09-10.",
    );
    expect(explainPrecedent(india, 0, { ...relative, relation: 'child' }, 'Amnesty International')).toBe(
      "Amnesty International India, part of Amnesty International, had its assets frozen under India's PMLA on 2020-09-10.",
    );
    expect(explainPrecedent(amnesty, 0, { ...relative, relation: 'ancestor' }, 'Amnesty International India')).toBe(
      'Amnesty International Limited, which Amnesty International India belongs to, was declared an undesirable ' +
        "organization under Russia's Undesirable organizations law on 2025-05-19.",
    );
  });

  it('law_first_uses: the position under the law, or under the measure when there is no law', () => {
    const ned = facts({
      organization: { name: 'National Endowment for Democracy', kind: 'foundation' },
      decided_on: '2015-07-28',
    });
    const basis = { law: { slug: 'ru-undesirable-organizations-law', short_name: 'Undesirable organizations law' } };
    expect(
      explainPrecedent(ned, 0, { kind: 'law_first_uses', basis, position: 1 }, 'Amnesty International Limited'),
    ).toBe(
      "National Endowment for Democracy was declared an undesirable organization under Russia's Undesirable " +
        'organizations law on 2015-07-28, the first organization acted against under that law.',
    );
    const sanctioned = facts({
      jurisdiction: { code: 'CN', name: 'China' },
      measure: 'sanctions',
      law: null,
      decided_on: '2019-12',
      decided_precision: 'month',
    });
    expect(
      explainPrecedent(sanctioned, 4, { kind: 'law_first_uses', basis: { measure: 'sanctions' }, position: 12 }, 'X'),
    ).toBe('Human Rights Watch was sanctioned by China in 2019-12, the 12th organization to be sanctioned there.');
  });

  it('peer_organization: of the same kind', () => {
    const clooney = facts({
      organization: { name: 'Clooney Foundation for Justice', kind: 'ngo' },
      decided_on: '2024-08-19',
    });
    expect(
      explainPrecedent(clooney, 0, { kind: 'peer_organization', sameMeasure: true }, 'Amnesty International Limited'),
    ).toBe(
      'Clooney Foundation for Justice, an NGO like Amnesty International Limited, was declared an undesirable ' +
        "organization under Russia's Undesirable organizations law on 2024-08-19.",
    );
  });

  it('similar_reasons: nearly the same words, else the shared tags, else just similar', () => {
    const ned = facts({
      organization: { name: 'National Endowment for Democracy', kind: 'foundation' },
      decided_on: '2015-07-28',
    });
    const similar = { kind: 'similar_reasons' as const, case: amnesty };
    expect(
      explainPrecedent(
        ned,
        0,
        { ...similar, textSimilarity: 0.2, sharedTags: ['foreign_funding', 'discrediting_state'], tagOverlap: 0.5 },
        'AIL',
      ),
    ).toBe(
      "National Endowment for Democracy was declared an undesirable organization under Russia's Undesirable " +
        'organizations law on 2015-07-28, with stated reasons citing foreign funding and discrediting the state, ' +
        'as for Amnesty International Limited.',
    );
    expect(explainPrecedent(ned, 0, { ...similar, textSimilarity: 0.6, sharedTags: [], tagOverlap: 0 }, 'AIL')).toMatch(
      /2015-07-28, with stated reasons in nearly the same words as for Amnesty International Limited\.$/,
    );
    expect(explainPrecedent(ned, 0, { ...similar, textSimilarity: 0.3, sharedTags: [], tagOverlap: 0 }, 'AIL')).toMatch(
      /2015-07-28, with stated reasons like those given for Amnesty International Limited\.$/,
    );
  });

  it('same_day: names the case acted on that day', () => {
    const chatham = facts({ organization: { name: 'Chatham House', kind: 'think_tank' }, decided_on: '2022-04-08' });
    expect(
      explainPrecedent(
        chatham,
        0,
        { kind: 'same_day', sameMeasure: false, case: amnestyOffice },
        'Amnesty International Limited',
      ),
    ).toBe(
      "Chatham House was declared an undesirable organization under Russia's Undesirable organizations law on " +
        "2022-04-08, the same day as the action against Amnesty International Limited's Moscow office.",
    );
  });
});

describe('ordinalSentence', () => {
  const basis = { law: { slug: 'ru-undesirable-organizations-law', short_name: 'Undesirable organizations law' } };
  const ned = facts({
    organization: { name: 'National Endowment for Democracy', kind: 'foundation' },
    decided_on: '2015-07-28',
  });

  it('says where the case stands and which was the first', () => {
    expect(ordinalSentence(amnesty, basis, 63, ned)).toBe(
      "Amnesty International Limited was the 63rd organization acted against under Russia's Undesirable " +
        'organizations law; the first was National Endowment for Democracy, on 2015-07-28.',
    );
    expect(ordinalSentence(ned, basis, 1, ned)).toBe(
      "National Endowment for Democracy was the first organization acted against under Russia's Undesirable organizations law.",
    );
    const china = facts({
      jurisdiction: { code: 'CN', name: 'China' },
      measure: 'sanctions',
      law: null,
      decided_on: '2019-12-02',
    });
    expect(ordinalSentence(china, { measure: 'sanctions' }, 1, china)).toBe(
      'Human Rights Watch was the first organization to be sanctioned by China.',
    );
  });
});

describe('phrases', () => {
  it('has a past and an infinitive phrase for every measure', () => {
    for (const measure of MEASURES) {
      expect(measurePast(measure)).toMatch(/^(was|had) \w/);
      expect(measureInfinitive(measure)).toMatch(/^to (be|have) \w/);
    }
  });

  it.each([
    [1, 'first'],
    [9, 'ninth'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [63, '63rd'],
    [111, '111th'],
  ])('ordinal(%d) is %s', (position, word) => {
    expect(ordinal(position)).toBe(word);
  });

  it('joins lists and makes possessives', () => {
    expect(listPhrase([])).toBe('');
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b and c');
    expect(possessive('Russia')).toBe("Russia's");
    expect(possessive('Bahamas')).toBe("Bahamas'");
  });
});
