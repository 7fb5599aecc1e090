import type { Db } from '../db/connection';
import type { DesignationFilters } from '../domain/designation-filters';
import type { InputProblem } from '../domain/errors';
import { invalidParameters } from '../domain/parameter-parsing';
import { lawExists } from '../queries/laws';
import { redirectedSlug } from '../queries/organization-redirects';
import { findOrganizationBySlug } from '../queries/organizations';

/**
 * An organization or law slug that names nothing is a mistake in the request (a 400 naming the
 * parameter), not a question whose answer is "no designations".
 */
export async function assertFilterReferencesExist(db: Db, filters: DesignationFilters): Promise<void> {
  const problems: InputProblem[] = [];
  if (filters.organization !== undefined && !(await findOrganizationBySlug(db, filters.organization))) {
    const mergedInto = await redirectedSlug(db, filters.organization);
    const message = mergedInto
      ? `this organization was merged into ${mergedInto}: use that slug`
      : 'no organization has this slug';
    problems.push({ parameter: 'organization', value: filters.organization, message });
  }
  if (filters.law !== undefined && !(await lawExists(db, filters.law))) {
    problems.push({ parameter: 'law', value: filters.law, message: 'no law has this slug' });
  }
  if (problems.length > 0) throw invalidParameters(problems);
}
