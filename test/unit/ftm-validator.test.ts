import { ftmProblems } from '../support/ftm-validator';

const organization = { id: 'org-1', schema: 'Organization', properties: { name: ['Memorial'], country: ['ru'] } };
const sanction = (properties: Record<string, string[]>) => ({
  id: 'sanction-1',
  schema: 'Sanction',
  properties: { entity: ['org-1'], ...properties },
});

/** The validator the export tests rely on finds each kind of mistake (it would be no proof if it passed everything). */
describe('the FollowTheMoney validator of the tests', () => {
  it('accepts valid entities, inherited properties and partial dates included', () => {
    expect(
      ftmProblems([
        organization,
        sanction({
          startDate: ['2015'],
          listingDate: ['2015-07'],
          endDate: ['2016-02-29'],
          sourceUrl: ['https://example.org/x'],
        }),
      ]),
    ).toEqual([]);
  });

  it.each([
    ['an unknown schema', [{ ...organization, schema: 'Charity' }], 'no schema Charity'],
    ['an abstract schema', [{ ...organization, schema: 'Thing' }], 'abstract'],
    [
      'a property the schema lacks',
      [organization, sanction({ wikidataId: ['Q1'], alias: ['x'] })],
      'Sanction has no property alias',
    ],
    [
      'a stub property',
      [{ ...organization, properties: { ...organization.properties, sanctions: ['sanction-1'] } }, sanction({})],
      'sanctions is a stub',
    ],
    ['a missing required property', [{ ...organization, properties: { country: ['ru'] } }], 'lacks the required name'],
    [
      'an upper-case country',
      [{ ...organization, properties: { name: ['Memorial'], country: ['RU'] } }],
      'not a country',
    ],
    [
      'a date that is not an ISO prefix',
      [organization, sanction({ startDate: ['28.07.2015'] })],
      'not an ISO 8601 date prefix',
    ],
    [
      'a day that does not exist',
      [organization, sanction({ startDate: ['2015-02-30'] })],
      'not an ISO 8601 date prefix',
    ],
    ['a date range', [organization, sanction({ startDate: ['2015-2016'] })], 'not an ISO 8601 date prefix'],
    ['a reference to an entity not in the export', [sanction({})], 'refers to org-1, which is not in the export'],
    [
      'a reference to the wrong schema',
      [
        { ...organization, schema: 'Address', properties: { full: ['x'] } },
        { id: 'm', schema: 'Membership', properties: { member: ['org-1'], organization: ['org-1'] } },
      ],
      'refers to a Address',
    ],
    [
      'a malformed Wikidata id',
      [{ ...organization, properties: { name: ['Memorial'], wikidataId: ['42'] } }],
      'not a qid',
    ],
    ['a value that is not a list', [{ ...organization, properties: { name: 'Memorial' } }], 'non-empty list'],
    [
      'a name longer than the type allows',
      [{ ...organization, properties: { name: ['x'.repeat(385)] } }],
      'longer than 384',
    ],
    ['a URL without a scheme', [organization, sanction({ sourceUrl: ['example.org/x'] })], 'not an http(s) URL'],
    ['an id used twice', [organization, organization], 'id used twice'],
  ])('reports %s', (_case, entities, expected) => {
    const problems = ftmProblems(entities);
    expect(problems.join('\n')).toContain(expected);
  });
});
