import { ordinalSentence } from '../../src/domain/precedents/explanations';
import { leftOutPhrase } from '../../src/domain/precedents/phrases';
import type { DesignationFacts } from '../../src/domain/precedents/precedent-kinds';
import { isStateAct, leftOutCounts, measuresLeftOut, NOT_STATE_ACTS } from '../../src/domain/precedents/state-acts';
import { MEASURES, Measure } from '../../src/domain/vocabularies';

const NOT_STATE = ['self_closure_under_pressure', 'deregistration_announced'];

describe('which designations ordinals and first uses count', () => {
  it('the measures kept apart from state acts are exactly the not_state_acts group', () => {
    expect([...NOT_STATE_ACTS]).toEqual(NOT_STATE);
    expect(MEASURES.filter((measure) => !isStateAct(measure))).toEqual(NOT_STATE);
  });

  it.each<[string, Measure[], string[]]>([
    ['no case (a law page, a question by law alone): state acts only', [], NOT_STATE],
    ['a state act', ['liquidation'], NOT_STATE],
    ['a closure under pressure: nothing left out', ['self_closure_under_pressure'], []],
    ['an announced deregistration: nothing left out', ['deregistration_announced'], []],
    [
      'cases of both kinds under one law: state acts only',
      ['self_closure_under_pressure', 'registration_revoked'],
      NOT_STATE,
    ],
    [
      'cases that are all not state acts: nothing left out',
      ['self_closure_under_pressure', 'deregistration_announced'],
      [],
    ],
  ])('%s', (_label, caseMeasures, leftOut) => {
    expect([...measuresLeftOut(caseMeasures)]).toEqual(leftOut);
  });

  it('left-out counts: only those above 0, in vocabulary order, whatever order the rows came in', () => {
    expect(
      leftOutCounts([
        { measure: 'deregistration_announced', count: 1 },
        { measure: 'self_closure_under_pressure', count: 12 },
      ]),
    ).toEqual([
      { measure: 'self_closure_under_pressure', count: 12 },
      { measure: 'deregistration_announced', count: 1 },
    ]);
    expect(leftOutCounts([{ measure: 'self_closure_under_pressure', count: 0 }])).toEqual([]);
    expect(leftOutCounts([])).toEqual([]);
  });

  it('left-out phrases, one and many', () => {
    expect(leftOutPhrase([{ measure: 'self_closure_under_pressure', count: 1 }])).toBe('1 closure under pressure');
    expect(
      leftOutPhrase(
        [
          { measure: 'self_closure_under_pressure', count: 12 },
          { measure: 'deregistration_announced', count: 2 },
        ],
        'earlier',
      ),
    ).toBe('12 earlier closures under pressure and 2 earlier announced deregistrations never put into force');
  });
});

describe('the ordinal sentence says what it left out', () => {
  const facts = (name: string, decidedOn: string): DesignationFacts => ({
    organization: { name, kind: 'ngo' },
    unit: null,
    jurisdiction: { code: 'NI', name: 'Nicaragua' },
    measure: 'liquidation',
    law: { short_name: 'Law 1115' },
    decided_on: decidedOn,
    decided_precision: 'day',
    stated_reasons: { tags: [] },
  });
  const basis = { law: { slug: 'ni-law-1115', short_name: 'Law 1115' } };

  it.each<
    [string, number, { measure: 'self_closure_under_pressure' | 'deregistration_announced'; count: number }[], string]
  >([
    [
      'nothing left out: as before',
      2,
      [],
      "Case was the second organization acted against under Nicaragua's Law 1115; the first was First, on 2022-01-10.",
    ],
    [
      'many left out',
      2,
      [{ measure: 'self_closure_under_pressure', count: 12 }],
      "Case was the second organization acted against under Nicaragua's Law 1115; the first was First, on " +
        '2022-01-10; 12 earlier closures under pressure under the same law are not counted.',
    ],
    [
      'one left out, and the case is the first',
      1,
      [{ measure: 'deregistration_announced', count: 1 }],
      "Case was the first organization acted against under Nicaragua's Law 1115; 1 earlier announced " +
        'deregistration never put into force under the same law is not counted.',
    ],
  ])('%s', (_label, position, leftOut, sentence) => {
    expect(ordinalSentence(facts('Case', '2022-04-01'), basis, position, facts('First', '2022-01-10'), leftOut)).toBe(
      sentence,
    );
  });
});
