/**
 * The hand-reviewed profiles of the first research file's organizations (kind, headquarters
 * country, family parent) and the family parents. Organizations first seen in files 2-6 get their
 * profile by rule (organization-rules.ts).
 *
 * Country rules: an ISO2 code only when the research row itself states the country (usually as a
 * remark in the aliases cell, quoted in the comment) or it is a well-known fact ("known"); empty
 * when unsure. Never guessed.
 */
import type { OrganizationKind } from '../../src/domain/vocabularies';

export interface OrganizationProfile {
  kind: OrganizationKind;
  country?: string;
  parent?: string;
}

/**
 * Family parents. They have no designation of their own in the research (except TV Rain and
 * Transparency International, which are both a parent and a designated organization); they are
 * written to seeds/data/organizations.csv so that the family exists as one organization.
 */
export const FAMILY_PARENTS: Readonly<Record<string, OrganizationProfile>> = {
  'Amnesty International': { kind: 'ngo', country: 'GB' }, // known: International Secretariat, London
  Bellingcat: { kind: 'media' }, // Ltd (UK) and Stichting (NL): no single HQ country
  'TV Rain': { kind: 'media' }, // moved Moscow -> Riga -> Amsterdam: no single HQ country
  // Named for the family: Open Society Foundations, its OSI Assistance Foundation and the
  // Soros-founded Open Estonia Foundation. No HQ: it is a network, not a legal entity.
  'Open Society network': { kind: 'foundation' },
  // The two UK-registered Open Russia legal entities designated together on 26 Apr 2017.
  'Open Russia movement': { kind: 'political' },
  // International Memorial and Memorial Human Rights Centre, liquidated a day apart in Dec 2021.
  Memorial: { kind: 'ngo', country: 'RU' },
  Greenpeace: { kind: 'ngo' }, // International (NL) and the Indian society: no single HQ
  // Also designated itself (row 48); the parent of its Russian chapter. Research: "secretariat, Berlin".
  'Transparency International': { kind: 'ngo', country: 'DE' },
  // Two Riga-based entities of the New Generation church (both "Latvia" in the research).
  'New Generation': { kind: 'religious', country: 'LV' },
};

/** Every organization of the first research file (before any bracket), in research order. */
export const ORGANIZATION_PROFILES: Readonly<Record<string, OrganizationProfile>> = {
  'National Endowment for Democracy': { kind: 'foundation', country: 'US' }, // known
  'Open Society Foundations': { kind: 'foundation', country: 'US', parent: 'Open Society network' }, // known
  'OSI Assistance Foundation': { kind: 'foundation', parent: 'Open Society network' }, // HQ unsure
  'U.S.-Russia Foundation for Economic Advancement and the Rule of Law': { kind: 'foundation', country: 'US' }, // known
  'National Democratic Institute for International Affairs': { kind: 'ngo', country: 'US' }, // known
  'International Republican Institute': { kind: 'ngo', country: 'US' }, // known
  // A lender/investor to independent media: closest to a grant-maker among the kinds.
  'Media Development Investment Fund': { kind: 'foundation', country: 'US' }, // known (New York)
  'Open Russia': { kind: 'political', country: 'GB', parent: 'Open Russia movement' }, // research: "UK-registered"
  'Open Russia Civic Movement': { kind: 'political', country: 'GB', parent: 'Open Russia movement' }, // research: "UK-registered"
  'Institute of Modern Russia': { kind: 'think_tank', country: 'US' }, // research: "US-based"
  'Black Sea Trust for Regional Cooperation': { kind: 'foundation', country: 'RO' }, // research: "Romania"
  'European Platform for Democratic Elections': { kind: 'ngo', country: 'DE' }, // research: "Germany"
  'International Elections Study Center': { kind: 'ngo', country: 'LT' }, // research: "Lithuania"; kind unverified
  'Free Russia Foundation': { kind: 'ngo', country: 'US' }, // known; an advocacy group despite the name
  'Atlantic Council of the United States': { kind: 'think_tank', country: 'US' }, // known
  'People in Need': { kind: 'ngo', country: 'CZ' }, // research: "(Czech)"
  'European Endowment for Democracy': { kind: 'foundation', country: 'BE' }, // research: "(Belgium)"
  'European Falun Dafa Association': { kind: 'religious', country: 'GB' }, // research: "UK"
  'Prague Civil Society Centre': { kind: 'foundation', country: 'CZ' }, // research: "(Czech Republic)"
  'Association of Schools of Political Studies of the Council of Europe': { kind: 'ngo', country: 'FR' }, // research: "(France/Strasbourg)"
  'Deutsch-Russischer Austausch': { kind: 'ngo', country: 'DE' }, // research: "Germany"
  'Zentrum fuer Liberale Moderne': { kind: 'think_tank', country: 'DE' }, // research: "Germany"
  'Forum Russischsprachiger Europaeer': { kind: 'ngo', country: 'DE' }, // research: "Germany"
  'European Choice': { kind: 'ngo', country: 'FR' }, // research: "France"; kind unverified
  'Khodorkovsky Foundation': { kind: 'foundation', country: 'GB' }, // research: "UK"
  'Oxford Russia Fund': { kind: 'foundation', country: 'GB' }, // research: "UK"
  'Future of Russia Foundation': { kind: 'ngo', country: 'GB' }, // research: "UK"; kind unverified
  'Freedom of Information Society': { kind: 'ngo', country: 'CZ' }, // research: "Czech Republic"
  'Project Media, Inc.': { kind: 'media', country: 'US' }, // research: "US-registered publisher"
  'International Partnership for Human Rights': { kind: 'ngo', country: 'BE' }, // research: "(Belgium)"
  'New Generation Evangelical Christian Church': { kind: 'religious', country: 'LV', parent: 'New Generation' }, // research: "Latvia"
  'New Generation International Christian Movement': { kind: 'religious', country: 'LV', parent: 'New Generation' }, // research: "Latvia"
  'European Network of Election Monitoring Organizations': { kind: 'ngo', country: 'ME' }, // research: "(Montenegro)"
  'WOT Foundation': { kind: 'ngo', country: 'PL' }, // research: "(Poland)"; kind unverified
  'Free Idel-Ural': { kind: 'political', country: 'UA' }, // research: "Ukraine-based movement"
  'iStories fonds': { kind: 'media', country: 'LV' }, // research: "(Latvia)"
  'Journalism Development Network': { kind: 'media', country: 'US' }, // research: "(US; manages OCCRP)"
  'Chatham House': { kind: 'think_tank', country: 'GB' }, // research: "(UK)"
  // German party-affiliated foundations (Stiftungen): grant-making and civic education, not parties.
  'Heinrich Boell Foundation': { kind: 'foundation', country: 'DE' }, // research: "(Germany)"
  'Bellingcat Ltd': { kind: 'media', country: 'GB', parent: 'Bellingcat' }, // research: "(UK)"
  'Stichting Bellingcat': { kind: 'media', country: 'NL', parent: 'Bellingcat' }, // research: "(Netherlands)"
  'The Insider': { kind: 'media', country: 'LV' }, // research: "The Insider SIA (Latvia)"
  'CEELI Institute': { kind: 'ngo', country: 'CZ' }, // research: "(Czech Republic)"
  // Founded by George Soros in 1990 as part of his foundations network (known).
  'Open Estonia Foundation': { kind: 'foundation', country: 'EE', parent: 'Open Society network' }, // research: "(Estonia)"
  'Calvert 22 Foundation': { kind: 'foundation', country: 'GB' }, // research: "UK"
  'Andrei Sakharov Foundation': { kind: 'foundation', country: 'US' }, // research: "US-registered foundation"
  'Medusa Project': { kind: 'media', country: 'LV' }, // research: "SIA Medusa Project (Latvia)"
  'Transparency International': FAMILY_PARENTS['Transparency International'],
  'Institute for Statecraft': { kind: 'think_tank', country: 'GB' }, // research: "UK"
  // research: "Stichting Greenpeace Council (Netherlands)"
  'Greenpeace International': { kind: 'ngo', country: 'NL', parent: 'Greenpeace' },
  // Row 51 says WWF International, Switzerland; row 91's AP source calls WWF Washington-based (doubt reported).
  'World Wide Fund for Nature': { kind: 'ngo', country: 'CH' }, // research: "(WWF International, Switzerland)"
  'Novaya Gazeta Europe': { kind: 'media', country: 'LV' }, // research: "(Latvia)"
  'SIA TV Rain': { kind: 'media', country: 'LV', parent: 'TV Rain' }, // research: "(Latvian entity)"
  'TVR Studios B.V.': { kind: 'media', country: 'NL', parent: 'TV Rain' }, // research: "(Dutch entity)"
  'For a Free Russia': { kind: 'ngo', country: 'PL' }, // research: "(Poland)"
  'Radio Free Europe/Radio Liberty': { kind: 'media', country: 'CZ' }, // known: headquartered in Prague
  'Freedom House': { kind: 'ngo', country: 'US' }, // research: "US"
  'The Moscow Times': { kind: 'media', country: 'NL' }, // research: "Netherlands-based publisher"
  'EF Education First': { kind: 'other', country: 'CH' }, // a private company; research: "Switzerland"
  'Assemblee des Peuples du Caucase': { kind: 'ngo', country: 'FR' }, // research: "France"; kind unverified
  'Fundacja OSTMOST': { kind: 'ngo', country: 'PL' }, // research: "Poland"; kind unverified
  'Clooney Foundation for Justice': { kind: 'ngo', country: 'US' }, // research: "(US)"; litigates, does not grant
  'Amnesty International Limited': { kind: 'ngo', country: 'GB', parent: 'Amnesty International' }, // research: "(London)"
  // A UK public body for cultural relations: neither an NGO nor a charity in the sense of this data.
  'British Council': { kind: 'other', country: 'GB' }, // research: "UK"
  'Yale University': { kind: 'university', country: 'US' }, // research: "US"
  'Stiftung Erinnerung, Verantwortung und Zukunft': { kind: 'foundation', country: 'DE' }, // research: "(Germany)"
  'Human Rights Watch': { kind: 'ngo', country: 'US' }, // known
  'Carnegie Endowment for International Peace': { kind: 'think_tank', country: 'US' }, // known
  'Friedrich Naumann Foundation for Freedom': { kind: 'foundation', country: 'DE' }, // known
  'Friedrich Ebert Foundation': { kind: 'foundation', country: 'DE' }, // known
  'Konrad Adenauer Stiftung': { kind: 'foundation', country: 'DE' }, // known
  'Hanns Seidel Foundation': { kind: 'foundation', country: 'DE' }, // known
  'Rosa Luxemburg Foundation': { kind: 'foundation', country: 'DE' }, // known
  'German Research Foundation': { kind: 'foundation', country: 'DE' }, // known; a research-grant funder
  'Aga Khan Foundation': { kind: 'foundation', country: 'CH' }, // research: "Switzerland"
  'Wspolnota Polska Association': { kind: 'ngo', country: 'PL' }, // research: "Poland"
  'Institute of International Education': { kind: 'ngo', country: 'US' }, // research: "(US)"
  'Golos Association': { kind: 'ngo', country: 'RU' }, // known
  'Memorial Human Rights Centre': { kind: 'ngo', country: 'RU', parent: 'Memorial' }, // known
  'Sakharov Center': { kind: 'ngo', country: 'RU' }, // known (Moscow)
  'Transparency International Russia': { kind: 'ngo', country: 'RU', parent: 'Transparency International' }, // known
  'International Memorial': { kind: 'ngo', country: 'RU', parent: 'Memorial' }, // known
  'Levada Center': { kind: 'think_tank', country: 'RU' }, // known; a polling and research centre
  'TV Rain': FAMILY_PARENTS['TV Rain'],
  'Free Buryatia Foundation': { kind: 'ngo', country: 'US' }, // research: "US-registered (Alexandria, Virginia)"
  'Amnesty International India': { kind: 'ngo', country: 'IN', parent: 'Amnesty International' }, // known
  'Compassion International': { kind: 'charity', country: 'US' }, // research: "(US, Colorado)"
  'Greenpeace India Society': { kind: 'ngo', country: 'IN', parent: 'Greenpeace' }, // known
  'Centre for Policy Research': { kind: 'think_tank', country: 'IN' }, // research: "(New Delhi)"
  'Oxfam India': { kind: 'ngo', country: 'IN' }, // known
  // Palestinian organizations based in Ramallah / the West Bank (known): State of Palestine, PS.
  'Al-Haq': { kind: 'ngo', country: 'PS' },
  Addameer: { kind: 'ngo', country: 'PS' },
  'Defense for Children International - Palestine': { kind: 'ngo', country: 'PS' },
  'Union of Agricultural Work Committees': { kind: 'ngo', country: 'PS' },
  'Bisan Center for Research and Development': { kind: 'ngo', country: 'PS' },
  "Union of Palestinian Women's Committees": { kind: 'ngo', country: 'PS' },
  'Union of Health Work Committees': { kind: 'ngo', country: 'PS' },
  'Nicaraguan Red Cross': { kind: 'charity', country: 'NI' }, // known
  'Missionaries of Charity Association': { kind: 'religious', country: 'NI' }, // the Nicaraguan association
  'Hong Kong Alliance in Support of Patriotic Democratic Movements of China': { kind: 'political', country: 'HK' }, // known
};
