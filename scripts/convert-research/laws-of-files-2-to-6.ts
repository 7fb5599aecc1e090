/**
 * The laws that research files 2-6 add, and how their law_short cells map onto them. Same rules as
 * laws.ts: a citation is research text (a law_short or law_citation of that jurisdiction), and the
 * enactment date is only what the citation itself states (computed from it, never typed).
 * law_short cells that name no statute ("Government decision (no law cited)", a criminal case, an
 * administrative directive) map to no law; the row keeps the cell in notes as "Law as researched".
 */
import type { LawFamily } from '../../src/domain/vocabularies';
import type { LawDefinition, LawReading } from './law-definitions';
import { enactedOnStatedIn } from './law-citations';

function law(jurisdiction: string, shortName: string, citation: string, family: LawFamily): LawDefinition {
  return { jurisdiction, shortName, citation, enactedOn: enactedOnStatedIn(citation), family };
}

export const LAWS_OF_FILES_2_TO_6: readonly LawDefinition[] = [
  law(
    'BD',
    'Foreign Donations (Voluntary Activities) Regulation Act 2016',
    'Foreign Donations (Voluntary Activities) Regulation Act, 2016',
    'foreign_funding',
  ),
  law(
    'BI',
    'Ministerial Ordinance No. 530/1960',
    'Ministerial Ordinance No. 530/1960 of 24 Oct 2016',
    'ngo_registration',
  ),
  law(
    'BY',
    'Law on Countering Extremism',
    "Law of the Republic of Belarus No. 203-Z 'On Countering Extremism' (2007, amended May 2021)",
    'extremism',
  ),
  law(
    'BY',
    'Law on Public Associations',
    "Law of the Republic of Belarus 'On Public Associations'",
    'ngo_registration',
  ),
  law('DZ', 'Law No. 12-06 on associations', 'Law No. 12-06 of 12 Jan 2012 on associations', 'ngo_registration'),
  law('EG', 'Law 84/2002 on NGOs', 'Law 84/2002', 'ngo_registration'),
  law('EG', 'Law No. 153 of 2004', 'Law No. 153 of 2004', 'other'),
  law(
    'EG',
    'Law No. 149 of 2019 (NGO law)',
    'Law No. 149 of 2019 Regulating the Exercise of Civil Work',
    'ngo_registration',
  ),
  law(
    'ET',
    'Civil Society Organizations Proclamation',
    'Proclamation No. 1113/2019 (Organizations of Civil Societies)',
    'ngo_registration',
  ),
  // A general criminal code (the sabotage case), not a law made against organizations.
  law('GE', 'Criminal Code of Georgia', 'Criminal Code of Georgia', 'other'),
  law(
    'GE',
    'Foreign Agents Registration Act',
    "Law of Georgia 'On Registration of Foreign Agents' (in force 31 May 2025)",
    'foreign_agent',
  ),
  law(
    'GE',
    'Organic Law on Political Associations of Citizens',
    "Organic Law of Georgia 'On Political Associations of Citizens'",
    'other',
  ),
  law(
    'HK',
    'Hong Kong National Security Law',
    'Law of the PRC on Safeguarding National Security in the HKSAR',
    'national_security',
  ),
  law('HK', 'Societies Ordinance', 'Societies Ordinance (Cap. 151)', 'ngo_registration'),
  law('HK', 'Trade Unions Ordinance', 'Trade Unions Ordinance (Cap. 332)', 'ngo_registration'),
  // Its office investigates foreign-funded influence; it neither registers nor labels organizations.
  law(
    'HU',
    'Sovereignty Protection Act',
    'Act LXXXVIII of 2023 on the Protection of National Sovereignty',
    'national_security',
  ),
  law(
    'IL',
    'Defence (Emergency) Regulations 1945',
    'Defence (Emergency) Regulations 1945, reg. 84',
    'national_security',
  ),
  law(
    'IL',
    'INGO registration framework (2025)',
    'Government decision of March 2025 on registration of international NGOs operating in the Palestinian territories',
    'ngo_registration',
  ),
  law(
    'KE',
    'NGOs Co-ordination Act 1990',
    'Non-Governmental Organizations Co-ordination Act, 1990',
    'ngo_registration',
  ),
  law('KE', 'Prevention of Terrorism Act 2012', 'Prevention of Terrorism Act, 2012', 'terrorism'),
  law('KG', 'Civil Code of the Kyrgyz Republic', 'Civil Code of the Kyrgyz Republic', 'other'),
  law(
    'KG',
    'Law on countering extremist activity',
    'Law of the Kyrgyz Republic on countering extremist activity',
    'extremism',
  ),
  law(
    'KG',
    'Foreign representatives law',
    "Law No. 72 of 2 Apr 2024 amending the Law of the Kyrgyz Republic 'On Non-Commercial Organizations'",
    'foreign_agent',
  ),
  law(
    'KH',
    'Law on Associations and Non-Governmental Organizations',
    'Law on Associations and Non-Governmental Organizations (LANGO)',
    'ngo_registration',
  ),
  law(
    'NI',
    'Law 147 on Non-Profit Legal Persons',
    'Law No. 147, General Law on Non-Profit Legal Persons',
    'ngo_registration',
  ),
  law('NI', 'Law 1040 on Foreign Agents', 'Law No. 1040 (Regulation of Foreign Agents)', 'foreign_agent'),
  law(
    'PK',
    'Policy for Regulation of INGOs (2015)',
    'Policy for Regulation of INGOs in Pakistan (2015)',
    'ngo_registration',
  ),
  law('RU', 'Extremism law', "Federal Law No. 114-FZ of 25 Jul 2002 'On Countering Extremist Activity'", 'extremism'),
  law('RU', 'Counter-terrorism law', "Federal Law No. 35-FZ of 6 Mar 2006 'On Countering Terrorism'", 'terrorism'),
  // Rosfinmonitoring lists "extremists and terrorists" under it, but it is the anti-money-laundering law.
  law('RU', 'Anti-money-laundering law (115-FZ)', 'Federal Law No. 115-FZ of 7 Aug 2001', 'financial_or_tax'),
  law('SV', 'Foreign Agents Law (LAEX)', 'Ley de Agentes Extranjeros (LAEX), approved May 2025', 'foreign_agent'),
  law(
    'TJ',
    'Law on Public Associations',
    "Law of the Republic of Tajikistan 'On Public Associations'",
    'ngo_registration',
  ),
  law(
    'TR',
    'Decree-Law No. 667',
    'Decree-Law (KHK) No. 667 (first state-of-emergency decree-law, July 2016)',
    'national_security',
  ),
  law('TR', 'Decree-Law No. 677', 'Decree-Law (KHK) No. 677 of 22 Nov 2016', 'national_security'),
  law('TR', 'Decree-Law No. 679', 'Decree-Law (KHK) No. 679 (Resmi Gazete, 6 Jan 2017', 'national_security'),
  law('TR', 'Law No. 2935 on the State of Emergency', 'Law No. 2935 on the State of Emergency', 'national_security'),
  law('UG', 'Non-Governmental Organisations Act 2016', 'Non-Governmental Organisations Act, 2016', 'ngo_registration'),
  law(
    'ZW',
    'Private Voluntary Organisations Act',
    'Private Voluntary Organisations Act (Chapter 17:05)',
    'ngo_registration',
  ),
];

const NO_LAW = '';

/**
 * Readings in order, first match wins. `citationIncludes` tells apart rows of one law_short whose
 * citations name different laws (Nicaragua's cancellations, Turkey's decree-laws): where a citation
 * names several, the law that provides the cancellation comes first (Law 1115, the 2022 law on
 * non-profit organizations, then Law 147, the older one, then Law 1040 on foreign agents).
 */
export const LAW_READINGS_OF_FILES_2_TO_6: readonly LawReading[] = [
  { jurisdiction: 'AZ', lawShort: 'Criminal investigation (NGO grants case)', law: NO_LAW },
  { jurisdiction: 'AZ', lawShort: 'Government decision (no law cited)', law: NO_LAW },
  {
    jurisdiction: 'BD',
    lawShort: 'Foreign Donations (Voluntary Activities) Regulation Act 2016',
    law: 'Foreign Donations (Voluntary Activities) Regulation Act 2016',
  },
  {
    jurisdiction: 'BI',
    lawShort: 'Ministerial ordinance suspending non-profit associations',
    law: 'Ministerial Ordinance No. 530/1960',
  },
  {
    jurisdiction: 'BY',
    lawShort: "Countering Extremism law ('extremist formation')",
    law: 'Law on Countering Extremism',
  },
  { jurisdiction: 'BY', lawShort: 'Forced liquidation of NGOs (2021 campaign)', law: NO_LAW },
  {
    jurisdiction: 'BY',
    lawShort: 'Forced liquidation of public associations (Ministry of Justice lawsuits)',
    law: 'Law on Public Associations',
  },
  {
    jurisdiction: 'BY',
    lawShort: "Forced liquidation of public associations (court, on registering body's claim)",
    law: 'Law on Public Associations',
  },
  { jurisdiction: 'BY', lawShort: "Liquidation on prosecutor's motion", law: NO_LAW },
  { jurisdiction: 'CN', lawShort: 'Countersanctions (Ministry of Foreign Affairs announcement)', law: NO_LAW },
  { jurisdiction: 'DZ', lawShort: 'Law on associations (Law No. 12-06)', law: 'Law No. 12-06 on associations' },
  {
    jurisdiction: 'EG',
    lawShort: 'Foreign funding investigation (Case 173/2011)',
    citationIncludes: 'Law 84/2002',
    law: 'Law 84/2002 on NGOs',
  },
  { jurisdiction: 'EG', lawShort: 'Foreign funding investigation (Case 173/2011)', law: NO_LAW },
  { jurisdiction: 'EG', lawShort: 'Health-facility licensing closure', law: 'Law No. 153 of 2004' },
  { jurisdiction: 'EG', lawShort: 'Law on Regulating Civil Work (NGO law)', law: 'Law No. 149 of 2019 (NGO law)' },
  {
    jurisdiction: 'ET',
    lawShort: 'Civil Society Organizations Proclamation',
    law: 'Civil Society Organizations Proclamation',
  },
  {
    jurisdiction: 'GE',
    lawShort: 'Criminal investigation (sabotage; assisting foreign-controlled organisations in hostile activities)',
    law: 'Criminal Code of Georgia',
  },
  {
    jurisdiction: 'GE',
    lawShort: 'Foreign Agents Registration Act (Georgian FARA)',
    law: 'Foreign Agents Registration Act',
  },
  {
    jurisdiction: 'GE',
    lawShort: 'Organic Law on Political Associations of Citizens (electoral-goal entities)',
    law: 'Organic Law on Political Associations of Citizens',
  },
  { jurisdiction: 'HK', lawShort: 'Administrative derecognition', law: NO_LAW },
  { jurisdiction: 'HK', lawShort: 'Hong Kong National Security Law', law: 'Hong Kong National Security Law' },
  {
    jurisdiction: 'HK',
    lawShort: 'National Security Law, art. 43 (foreign agent information notice)',
    law: 'Hong Kong National Security Law',
  },
  {
    jurisdiction: 'HK',
    lawShort: 'National Security Law, art. 43 (freezing of property)',
    law: 'Hong Kong National Security Law',
  },
  { jurisdiction: 'HK', lawShort: 'Societies Ordinance investigation', law: 'Societies Ordinance' },
  { jurisdiction: 'HK', lawShort: 'Trade Unions Ordinance deregistration', law: 'Trade Unions Ordinance' },
  { jurisdiction: 'HU', lawShort: 'Sovereignty Protection Act', law: 'Sovereignty Protection Act' },
  {
    jurisdiction: 'IL',
    lawShort: 'Defence (Emergency) Regulations 1945 (unlawful association) - West Bank',
    law: 'Defence (Emergency) Regulations 1945',
  },
  {
    jurisdiction: 'IL',
    lawShort: 'INGO registration framework for Gaza and the West Bank (2025)',
    law: 'INGO registration framework (2025)',
  },
  { jurisdiction: 'IN', lawShort: 'Foreign Contribution (Regulation) Act (FCRA)', law: 'FCRA 2010' },
  { jurisdiction: 'IR', lawShort: 'Court dissolution on Interior Ministry request', law: NO_LAW },
  { jurisdiction: 'KE', lawShort: 'NGOs Co-ordination Act 1990', law: 'NGOs Co-ordination Act 1990' },
  {
    jurisdiction: 'KE',
    lawShort: 'Prevention of Terrorism Act (specified entities)',
    law: 'Prevention of Terrorism Act 2012',
  },
  {
    jurisdiction: 'KG',
    lawShort: 'Civil Code liquidation (activity not matching charter)',
    law: 'Civil Code of the Kyrgyz Republic',
  },
  { jurisdiction: 'KG', lawShort: 'Countering extremism', law: 'Law on countering extremist activity' },
  { jurisdiction: 'KG', lawShort: 'Foreign representatives law', law: 'Foreign representatives law' },
  {
    jurisdiction: 'KG',
    lawShort: 'Foreign representatives law (NCO law amendments 2024)',
    law: 'Foreign representatives law',
  },
  {
    jurisdiction: 'KH',
    lawShort: 'Law on Associations and Non-Governmental Organizations (LANGO)',
    law: 'Law on Associations and Non-Governmental Organizations',
  },
  { jurisdiction: 'NG', lawShort: 'Military order (counter-insurgency operations)', law: NO_LAW },
  ...[
    'Cancellation of legal personality (Ministry of the Interior)',
    'Cancellation of legal personality (Ministry of Interior)',
    'Cancellation of legal personality by National Assembly decree',
  ].flatMap((lawShort): LawReading[] => [
    { jurisdiction: 'NI', lawShort, citationIncludes: '1115', law: 'Law 1115 on Non-Profit Organizations' },
    { jurisdiction: 'NI', lawShort, citationIncludes: '147', law: 'Law 147 on Non-Profit Legal Persons' },
    { jurisdiction: 'NI', lawShort, citationIncludes: '1040', law: 'Law 1040 on Foreign Agents' },
    { jurisdiction: 'NI', lawShort, law: NO_LAW },
  ]),
  { jurisdiction: 'NI', lawShort: 'Criminal seizure order (terrorism accusation)', law: NO_LAW },
  { jurisdiction: 'PK', lawShort: 'INGO registration policy (2015)', law: 'Policy for Regulation of INGOs (2015)' },
  {
    jurisdiction: 'PK',
    lawShort: 'INGO registration policy (Ministry of Interior)',
    law: 'Policy for Regulation of INGOs (2015)',
  },
  {
    jurisdiction: 'RU',
    lawShort: 'Anti-money-laundering / counter-terrorist financing law',
    law: 'Anti-money-laundering law (115-FZ)',
  },
  { jurisdiction: 'RU', lawShort: 'Extremism law', law: 'Extremism law' },
  { jurisdiction: 'RU', lawShort: 'Terrorist organization designation (Supreme Court)', law: 'Counter-terrorism law' },
  { jurisdiction: 'SV', lawShort: 'Foreign Agents Law (LAEX)', law: 'Foreign Agents Law (LAEX)' },
  {
    jurisdiction: 'TJ',
    lawShort: 'Law on Public Associations (court liquidation on Ministry of Justice claim)',
    law: 'Law on Public Associations',
  },
  ...[
    'State of emergency decree-law closure',
    'State of emergency decree-law closure of associations',
    'State of emergency decree-law closure of foundations',
  ].flatMap((lawShort): LawReading[] => [
    { jurisdiction: 'TR', lawShort, citationIncludes: 'No. 667', law: 'Decree-Law No. 667' },
    { jurisdiction: 'TR', lawShort, citationIncludes: 'No. 677', law: 'Decree-Law No. 677' },
    { jurisdiction: 'TR', lawShort, citationIncludes: 'No. 679', law: 'Decree-Law No. 679' },
    { jurisdiction: 'TR', lawShort, law: NO_LAW },
  ]),
  {
    jurisdiction: 'TR',
    lawShort: 'State of emergency: suspension of associations (Law No. 2935, art. 11)',
    law: 'Law No. 2935 on the State of Emergency',
  },
  {
    jurisdiction: 'UG',
    lawShort: 'Non-Governmental Organisations Act 2016',
    law: 'Non-Governmental Organisations Act 2016',
  },
  { jurisdiction: 'VE', lawShort: 'Banking/anti-money-laundering measures', law: NO_LAW },
  { jurisdiction: 'ZW', lawShort: 'Administrative directive (District Development Coordinators)', law: NO_LAW },
  { jurisdiction: 'ZW', lawShort: 'Private Voluntary Organisations Act', law: 'Private Voluntary Organisations Act' },
];
