import { designationFiltersFrom } from '../../src/domain/designation-filters';
import { InvalidInputError } from '../../src/domain/errors';
import { parseParameters } from '../../src/domain/parameter-parsing';
import { designationListParameters, statsTimelineParameters } from '../../src/domain/query-parameters';

function problemsOf(
  raw: Record<string, unknown>,
  schema: Parameters<typeof parseParameters>[0] = designationListParameters,
) {
  try {
    parseParameters(schema, raw);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}

describe('designation query parameters', () => {
  it('parse every common filter into DesignationFilters', () => {
    const parsed = parseParameters(designationListParameters, {
      q: 'Хьюман Райтс Вотч',
      organization: 'amnesty-international',
      family: '1',
      jurisdiction: 'ru, by,RU',
      measure: 'undesirable_designation,ban',
      law: 'ru-undesirable-organizations-law',
      reason: 'extremism',
      status: 'active',
      from: '2015',
      to: '2015-06',
      imprecise: 'include',
      as_of: '2020-01-01',
      limit: '10',
      sort: '-decided_on',
    });
    expect(parsed).toMatchObject({ limit: 10, sort: '-decided_on' });
    const filters = designationFiltersFrom(parsed);
    expect(filters).toMatchObject({
      q: 'hyuman rayts votch',
      organization: 'amnesty-international',
      family: true,
      jurisdictions: ['RU', 'BY'],
      measures: ['undesirable_designation', 'ban'],
      reasons: ['extremism'],
      status: 'active',
      imprecise: 'include',
    });
    expect([filters.from?.start, filters.to?.end, filters.asOf?.text]).toEqual([
      '2015-01-01',
      '2015-06-30',
      '2020-01-01',
    ]);
  });

  it('default to the first page of 50 in date order, precise dates only', () => {
    expect(parseParameters(designationListParameters, {})).toMatchObject({
      limit: 50,
      sort: 'decided_on',
      imprecise: 'exclude',
      family: false,
    });
  });

  it.each([
    [{ colour: 'red' }, 'colour', 'red', /unknown parameter/],
    [{ jurisdiction: 'RU,XX' }, 'jurisdiction', 'RU,XX', /"XX" is not an ISO 3166-1 alpha-2 code/],
    [{ jurisdiction: 'RU,,BY' }, 'jurisdiction', 'RU,,BY', /empty item/],
    [{ measure: 'ban,nope' }, 'measure', 'ban,nope', /unknown measure "nope"/],
    [{ reason: 'russophobia' }, 'reason', 'russophobia', /unknown reason tag "russophobia"/],
    [{ from: '2015-13' }, 'from', '2015-13', /month 13 is out of range/],
    [{ to: '15' }, 'to', '15', /YYYY, YYYY-MM or YYYY-MM-DD/],
    [{ as_of: '2015-02-30' }, 'as_of', '2015-02-30', /day 30 is out of range/],
    [{ limit: '0' }, 'limit', '0', /between 1 and 500/],
    [{ limit: '501' }, 'limit', '501', /between 1 and 500/],
    [{ limit: 'ten' }, 'limit', 'ten', /whole number/],
    [{ limit: '0x10' }, 'limit', '0x10', /whole number/],
    [{ limit: '1e2' }, 'limit', '1e2', /whole number/],
    [{ limit: ' 16' }, 'limit', ' 16', /whole number/],
    [{ limit: '' }, 'limit', '', /whole number/],
    [{ sort: 'name' }, 'sort', 'name', /decided_on, -decided_on/],
    [{ status: 'maybe' }, 'status', 'maybe', /active, ended/],
    [{ imprecise: 'sometimes' }, 'imprecise', 'sometimes', /exclude, include/],
    [{ family: 'yes', organization: 'memorial' }, 'family', 'yes', /1, 0, true or false/],
    [{ family: '1' }, 'family', '1', /needs organization/],
    [{ organization: 'Human Rights Watch' }, 'organization', 'Human Rights Watch', /slug/],
    [{ q: '!!!' }, 'q', '!!!', /at least one letter or digit/],
    [{ from: '2016', to: '2015' }, 'to', '2015', /ends before from/],
    [{ measure: ['ban', 'other'] }, 'measure', ['ban', 'other'], /more than once/],
  ])('reject %j naming the parameter and its value', (raw, parameter, value, message) => {
    expect(problemsOf(raw)).toEqual([{ parameter, value, message: expect.stringMatching(message) }]);
  });

  it('report every bad parameter at once', () => {
    expect(
      problemsOf({ measure: 'nope', limit: '0', colour: 'red' })
        .map((problem) => problem.parameter)
        .sort(),
    ).toEqual(['colour', 'limit', 'measure']);
  });

  it('for period counts: interval and group_by are checked, and imprecise is not a parameter', () => {
    expect(parseParameters(statsTimelineParameters, {})).toMatchObject({ interval: 'year' });
    expect(problemsOf({ interval: 'week' }, statsTimelineParameters)[0]).toMatchObject({
      parameter: 'interval',
      value: 'week',
    });
    expect(problemsOf({ group_by: 'colour' }, statsTimelineParameters)[0]).toMatchObject({
      parameter: 'group_by',
      value: 'colour',
    });
    expect(problemsOf({ imprecise: 'include' }, statsTimelineParameters)[0]).toMatchObject({
      parameter: 'imprecise',
      message: 'unknown parameter',
    });
  });
});
