/**
 * Designations in words, for readers of the Atom feed: a title, a one-sentence summary, and the
 * stated reasons. Built from the data only. Pure: no I/O.
 */

/** The parts of a designation (as the API shows it) that its description uses. */
export interface Designation {
  organization: { name: string };
  unit: string | null;
  jurisdiction: { name: string };
  measure: string;
  law: { short_name: string } | null;
  authority: string;
  decided_on: string;
  ended_on: string | null;
  status: string;
  stated_reasons: { text: string; form: string };
}

function measureLabel(measure: string): string {
  return measure.replace(/_/g, ' ');
}

/** `Amnesty International Limited: undesirable designation (Russia, 2025-05-19)` */
export function designationTitle(designation: Designation): string {
  const who = designation.unit
    ? `${designation.organization.name} (${designation.unit})`
    : designation.organization.name;
  return `${who}: ${measureLabel(designation.measure)} (${designation.jurisdiction.name}, ${designation.decided_on})`;
}

/** `Russia, Prosecutor General's Office: undesirable designation under Undesirable organizations law, decided 2025-05-19; active.` */
export function designationSummary(designation: Designation): string {
  const law = designation.law ? ` under ${designation.law.short_name}` : '';
  const ended = designation.ended_on ? `, ended ${designation.ended_on}` : '';
  const what = `${measureLabel(designation.measure)}${law}, decided ${designation.decided_on}${ended}`;
  return `${designation.jurisdiction.name}, ${designation.authority}: ${what}; ${designation.status}.`;
}

/** The stated reasons with what kind of text they are, or null when none were stated. */
export function statedReasonsText(designation: Designation): string | null {
  const { text, form } = designation.stated_reasons;
  if (form === 'not_stated' || text.trim() === '') return null;
  return form === 'quoted' ? `Stated reasons (quoted): “${text}”` : `Stated reasons (paraphrased): ${text}`;
}
