import {
  designationEntity,
  familyMembershipEntity,
  FtmDesignationRow,
  FtmOrganizationRow,
  organizationEntity,
} from '../../src/domain/ftm-entities';
import { ftmProblems } from '../support/ftm-validator';

const ORG_ID = '11111111-1111-4111-8111-111111111111';
const PARENT_ID = '22222222-2222-4222-8222-222222222222';
const DESIGNATION_ID = '33333333-3333-4333-8333-333333333333';

const organization: FtmOrganizationRow = {
  id: ORG_ID,
  name: 'Amnesty International Limited',
  kind: 'ngo',
  hq_country: 'GB',
  wikidata_id: 'Q42970',
  parent_id: PARENT_ID,
  names: [
    { name: 'AI', kind: 'acronym' },
    { name: 'Международная амнистия', kind: 'translation' },
    { name: 'Amnesty International Ltd (old)', kind: 'former' },
  ],
  identifiers: null,
};
const parent: FtmOrganizationRow = {
  id: PARENT_ID,
  name: 'Amnesty International',
  kind: 'ngo',
  hq_country: null,
  wikidata_id: null,
  parent_id: null,
  names: null,
  identifiers: null,
};

const designation: FtmDesignationRow = {
  id: DESIGNATION_ID,
  organization,
  unit: null,
  jurisdiction: 'RU',
  measure: 'undesirable_designation',
  law: 'Undesirable organizations law',
  law_citation: 'Federal Law No. 129-FZ of 23 May 2015',
  authority: "Prosecutor General's Office",
  decided_on: '2025-05',
  listed_on: null,
  ended_on: null,
  status: 'active',
  stated_reasons: 'a hub of "Russophobic projects"',
  reasons_form: 'quoted',
  notes: null,
  source_urls: ['https://example.org/a', 'https://example.org/b'],
  source_publishers: ['Interfax', 'Interfax'],
};

describe('FollowTheMoney entities of our rows', () => {
  it('maps an organization: canonical name, other names as aliases, former names apart, lower-case country, Wikidata id', () => {
    expect(organizationEntity(organization)).toEqual({
      id: `ngo-tracker-org-${ORG_ID}`,
      schema: 'Organization',
      properties: {
        name: ['Amnesty International Limited'],
        alias: ['AI', 'Международная амнистия'],
        previousName: ['Amnesty International Ltd (old)'],
        country: ['gb'],
        wikidataId: ['Q42970'],
        classification: ['ngo'],
      },
    });
    expect(organizationEntity(parent).properties).toEqual({ name: ['Amnesty International'], classification: ['ngo'] });
  });

  it('carries Russian registration numbers as ogrnCode and innCode', () => {
    const registered = organizationEntity({
      ...parent,
      identifiers: { ru_ogrn: '1037739618872', ru_inn: '7702295527' },
    });
    expect(registered.properties).toMatchObject({ ogrnCode: ['1037739618872'], innCode: ['7702295527'] });
    expect(organizationEntity(parent).properties.ogrnCode).toBeUndefined();
  });

  it('links a family member to its parent with a Membership named after the member', () => {
    expect(familyMembershipEntity(ORG_ID, PARENT_ID)).toEqual({
      id: `ngo-tracker-family-${ORG_ID}`,
      schema: 'Membership',
      properties: {
        member: [`ngo-tracker-org-${ORG_ID}`],
        organization: [`ngo-tracker-org-${PARENT_ID}`],
        role: ['family member'],
      },
    });
  });

  it('maps a designation to a Sanction, keeping the precision of its dates and each value once', () => {
    const sanction = designationEntity(designation);
    expect(sanction.id).toBe(`ngo-tracker-designation-${DESIGNATION_ID}`);
    expect(sanction.schema).toBe('Sanction');
    expect(sanction.properties).toMatchObject({
      entity: [`ngo-tracker-org-${ORG_ID}`],
      authority: ["Prosecutor General's Office"],
      country: ['ru'],
      program: ['Undesirable organizations law', 'Federal Law No. 129-FZ of 23 May 2015'],
      provisions: ['undesirable designation'],
      reason: ['a hub of "Russophobic projects"'],
      startDate: ['2025-05'],
      listingDate: ['2025-05'],
      status: ['active'],
      sourceUrl: ['https://example.org/a', 'https://example.org/b'],
      publisher: ['Interfax'],
    });
    expect(sanction.properties.endDate).toBeUndefined();
    expect(sanction.properties.summary[0]).toMatch(/^Russia, Prosecutor General's Office: undesirable designation/);
  });

  it('takes the listing date where one is recorded, the end date, the unit, and leaves out reasons not stated', () => {
    const ended = designationEntity({
      ...designation,
      unit: 'Moscow office',
      listed_on: '2025-06-02',
      ended_on: '2026',
      status: 'ended',
      reasons_form: 'not_stated',
      stated_reasons: '',
    });
    expect(ended.properties).toMatchObject({
      startDate: ['2025-05'],
      listingDate: ['2025-06-02'],
      endDate: ['2026'],
      status: ['ended'],
      provisions: ['undesirable designation (Moscow office)'],
    });
    expect(ended.properties.reason).toBeUndefined();
  });

  it('makes the two measures that are not state acts Events involving the organization, not Sanctions', () => {
    for (const measure of ['self_closure_under_pressure', 'deregistration_announced'] as const) {
      const event = designationEntity({ ...designation, measure, law: null, law_citation: null });
      expect(event.schema).toBe('Event');
      expect(event.properties).toMatchObject({
        involved: [`ngo-tracker-org-${ORG_ID}`],
        country: ['ru'],
        date: ['2025-05'],
        description: [designation.stated_reasons],
      });
      expect(event.properties.name[0]).toMatch(/^Amnesty International Limited: /);
    }
  });

  it('cuts a name longer than FtM allows (384 characters) instead of writing an invalid entity', () => {
    const long = organizationEntity({
      ...organization,
      name: 'N'.repeat(500),
      names: [{ name: `${'é'.repeat(400)}`, kind: 'alias' }],
    });
    expect(long.properties.name[0]).toHaveLength(384);
    expect(long.properties.alias[0]).toHaveLength(384);
  });

  it('gives entities the model accepts', () => {
    const entities = [
      organizationEntity(organization),
      organizationEntity(parent),
      familyMembershipEntity(ORG_ID, PARENT_ID),
      designationEntity(designation),
    ];
    entities.push(
      designationEntity({ ...designation, id: PARENT_ID.replace(/2/g, '4'), measure: 'self_closure_under_pressure' }),
    );
    expect(ftmProblems(entities)).toEqual([]);
  });
});
