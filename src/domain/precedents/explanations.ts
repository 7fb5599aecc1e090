/**
 * One sentence per precedent, written from the data: who was acted against, how, by whom, under
 * which law and when, then why it is a precedent for the case. Pure: no I/O.
 */
import { LAW_FAMILY_DESCRIPTIONS } from '../law-families';
import type { Evidence, FamilyRelation, FirstUseBasis, DesignationFacts } from './precedent-kinds';
import { targetOf } from './precedent-kinds';
import {
  datePhrase,
  kindNoun,
  leftOutPhrase,
  listPhrase,
  measureInfinitive,
  measurePast,
  ordinal,
  otherOrganizations,
  possessive,
  tagPhrase,
} from './phrases';
import type { LeftOutCount } from './state-acts';

/** From this text similarity on, stated reasons count as "in nearly the same words". */
export const NEAR_IDENTICAL_REASONS = 0.6;

/** "under Russia's Undesirable organizations law", or "by China" when no law is named. */
function actingPhrase(designation: DesignationFacts): string {
  return designation.law
    ? `under ${possessive(designation.jurisdiction.name)} ${designation.law.short_name}`
    : `by ${designation.jurisdiction.name}`;
}

/** "had its registration revoked under Russia's Foreign NGO branch register on 2022-04-08" */
function actionPhrase(designation: DesignationFacts): string {
  const when = datePhrase(designation.decided_on, designation.decided_precision);
  return `${measurePast(designation.measure)} ${actingPhrase(designation)} ${when}`;
}

function togetherPhrase(togetherWith: number): string {
  return togetherWith > 0 ? `, together with ${otherOrganizations(togetherWith)}` : '';
}

function relationPhrase(family: FamilyRelation, organizationName: string): string {
  if (family.relation === 'ancestor') return `which ${organizationName} belongs to`;
  if (family.relation === 'child') return `part of ${organizationName}`;
  return `part of ${family.familyName} like ${organizationName}`;
}

function reasonsPhrase(evidence: Extract<Evidence, { kind: 'similar_reasons' }>): string {
  const target = targetOf(evidence.case);
  if (evidence.textSimilarity >= NEAR_IDENTICAL_REASONS)
    return `with stated reasons in nearly the same words as for ${target}`;
  if (evidence.sharedTags.length > 0)
    return `with stated reasons citing ${listPhrase(evidence.sharedTags.map(tagPhrase))}, as for ${target}`;
  return `with stated reasons like those given for ${target}`;
}

/**
 * "UNISON Public Foundation was designated a foreign agent under Kyrgyzstan's Foreign
 * representatives law in 2024-12, a foreign-agent law; Russia was the first jurisdiction on record
 * to use such a law, in 2012-11, when Golos was designated a foreign agent under its Foreign agents
 * law." Without a case: "Kyrgyzstan's Foreign representatives law is a foreign-agent law; …".
 */
function lawFamilySentence(
  precedent: DesignationFacts,
  evidence: Extract<Evidence, { kind: 'same_law_family' }>,
): string {
  const { caseLaw } = evidence;
  const lawPhrase = LAW_FAMILY_DESCRIPTIONS[evidence.family].lawPhrase;
  const caseLawName = `${possessive(caseLaw.jurisdiction.name)} ${caseLaw.short_name}`;
  const theCase = evidence.case;
  const caseClause = theCase
    ? `${targetOf(theCase)} ${measurePast(theCase.measure)} under ${caseLawName} ` +
      `${datePhrase(theCase.decided_on, theCase.decided_precision)}, ${lawPhrase}`
    : `${caseLawName} is ${lawPhrase}`;
  const when = datePhrase(precedent.decided_on, precedent.decided_precision);
  const how = precedent.law ? ` under its ${precedent.law.short_name}` : '';
  const first = `${precedent.jurisdiction.name} was the ${ordinal(evidence.position)} jurisdiction on record to use such a law`;
  return `${caseClause}; ${first}, ${when}, when ${targetOf(precedent)} ${measurePast(precedent.measure)}${how}.`;
}

/**
 * Why `precedent` matters for the organization named `organizationName`, in the words of its
 * strongest evidence. `togetherWith`: how many other organizations the same jurisdiction acted
 * against with the same measure and law on the same day.
 */
export function explainPrecedent(
  precedent: DesignationFacts,
  togetherWith: number,
  evidence: Evidence,
  organizationName: string,
): string {
  const target = targetOf(precedent);
  const action = actionPhrase(precedent);
  switch (evidence.kind) {
    case 'same_organization':
      return `${target} ${action}${togetherPhrase(togetherWith)}.`;
    case 'same_family':
      return `${target}, ${relationPhrase(evidence, organizationName)}, ${action}${togetherPhrase(togetherWith)}.`;
    case 'peer_organization':
      return `${target}, ${kindNoun(precedent.organization.kind)} like ${organizationName}, ${action}${togetherPhrase(togetherWith)}.`;
    case 'law_first_uses': {
      const how =
        'law' in evidence.basis ? 'acted against under that law' : `${measureInfinitive(evidence.basis.measure)} there`;
      return `${target} ${action}, the ${ordinal(evidence.position)} organization ${how}.`;
    }
    case 'similar_reasons':
      return `${target} ${action}, ${reasonsPhrase(evidence)}.`;
    case 'same_day':
      return `${target} ${action}, the same day as the action against ${targetOf(evidence.case)}.`;
    case 'same_law_family':
      return lawFamilySentence(precedent, evidence);
  }
}

/**
 * "Amnesty International Limited was the 63rd organization acted against under Russia's
 * Undesirable organizations law; the first was National Endowment for Democracy, on 2015-07-28."
 * `first` is the first designation under the basis (null or ignored when the case is the first).
 * `leftOut`: the earlier designations under the same law the position did not count because they
 * are not state acts (see state-acts.ts), said at the end: "; 12 earlier closures under pressure
 * under the same law are not counted".
 */
export function ordinalSentence(
  theCase: DesignationFacts,
  basis: FirstUseBasis,
  position: number,
  first: DesignationFacts | null,
  leftOut: readonly LeftOutCount[] = [],
): string {
  const jurisdiction = theCase.jurisdiction.name;
  const how =
    'law' in basis
      ? `acted against under ${possessive(jurisdiction)} ${basis.law.short_name}`
      : `${measureInfinitive(basis.measure)} by ${jurisdiction}`;
  const clauses = [`${theCase.organization.name} was the ${ordinal(position)} organization ${how}`];
  if (position !== 1 && first !== null)
    clauses.push(`the first was ${first.organization.name}, ${datePhrase(first.decided_on, first.decided_precision)}`);
  if (leftOut.length > 0) {
    const one = leftOut.length === 1 && leftOut[0].count === 1;
    clauses.push(
      `${leftOutPhrase(leftOut, 'earlier')} under the same ${'law' in basis ? 'law' : 'measure'} ${one ? 'is' : 'are'} not counted`,
    );
  }
  return `${clauses.join('; ')}.`;
}
