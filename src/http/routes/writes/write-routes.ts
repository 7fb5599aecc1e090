/**
 * The writes of /api/v1 (see ../route.ts): served with a bearer token of the route's role, If-Match
 * and body checks (serve-write.ts). Editors curate designations and organizations; merging
 * organizations and bulk imports, which rewrite many records at once, need an admin.
 */
import { z } from 'zod';
import type { Db } from '../../../db/connection';
import { SAME_ACTION } from '../../../domain/designation';
import { designationFieldsBody } from '../../../domain/interchange/designation-fields';
import {
  organizationCreateBody,
  organizationMergeBody,
  organizationPatchBody,
} from '../../../domain/organization-fields';
import { designationIdPath, noParameters, slugPath } from '../../../domain/query-parameters';
import { flagParameter } from '../../../domain/designation-filters';
import { deleteDesignation, restoreDesignation } from '../../../services/editing/designation-deletion';
import {
  createDesignation,
  endDesignation,
  endDesignationBody,
  updateDesignation,
} from '../../../services/editing/designation-editing';
import { mergeOrganizations } from '../../../services/editing/merge-organizations';
import { createOrganization, updateOrganization } from '../../../services/editing/organization-editing';
import type { ImportInput, ImportSummary as ImportCounts } from '../../../services/import/import-designations';
import { Designation } from '../../schemas/designation-schemas';
import { ImportSummary } from '../../schemas/import-schemas';
import { OrganizationDetail } from '../../schemas/organization-schemas';
import { INTERCHANGE_FILE, WriteRequest, WriteResult, WriteRoute } from '../route';

function write<
  Path extends z.ZodObject,
  Query extends z.ZodObject,
  Body extends z.ZodType | typeof INTERCHANGE_FILE | null,
>(
  definition: Omit<WriteRoute, 'kind' | 'pathParameters' | 'query' | 'body' | 'handle'> & {
    pathParameters?: Path;
    query?: Query;
    body: Body;
    handle(
      db: Db,
      request: WriteRequest<
        z.output<Path>,
        z.output<Query>,
        Body extends z.ZodType ? z.output<Body> : Body extends null ? undefined : ImportInput
      >,
    ): Promise<WriteResult>;
  },
): WriteRoute {
  return { kind: 'write', pathParameters: noParameters, query: noParameters, ...definition };
}

const designationResult = (designation: { id: string; version: number }, created = false): WriteResult => ({
  body: designation,
  version: designation.version,
  ...(created ? { location: `/api/v1/designations/${designation.id}` } : {}),
});
const organizationResult = (organization: { slug: string; version: number }, created = false): WriteResult => ({
  body: organization,
  version: organization.version,
  ...(created ? { location: `/api/v1/organizations/${organization.slug}` } : {}),
});
// Required at the first import over HTTP: the import pipeline (CSV parsing, name matching) is not
// needed to serve reads.
const importer = () =>
  require('../../../services/import/import-designations') as typeof import('../../../services/import/import-designations');

const importResult = (summary: ImportCounts): WriteResult => ({
  body: {
    dry_run: summary.dryRun,
    rows: summary.rows,
    created: summary.created,
    updated: summary.updated,
    unchanged: summary.unchanged,
    rejected: summary.rejected,
    organizations_created: summary.organizationsCreated,
    organizations_updated: summary.organizationsUpdated,
    laws_created: summary.lawsCreated,
  },
});

const importParameters = z.strictObject({
  dry_run: flagParameter
    .default(false)
    .meta({ description: 'Do everything, then roll it back: the counts are what a real import would do.' }),
});

export const WRITE_ROUTES: WriteRoute[] = [
  write({
    method: 'post',
    path: '/designations',
    operationId: 'createDesignation',
    summary:
      'Record a designation (checked like an imported row; its organization, law and sources are found or created)',
    tag: 'designations',
    role: 'editor',
    body: designationFieldsBody,
    ifMatch: 'none',
    success: { status: 201, description: 'Created; Location names it and ETag is its version.', schema: Designation },
    conflict: `The id is taken, or a designation records the same action (${SAME_ACTION}).`,
    handle: async (db, { actor, body, today }) =>
      designationResult(await createDesignation(db, actor, body, today), true),
  }),
  write({
    method: 'patch',
    path: '/designations/{id}',
    operationId: 'updateDesignation',
    summary: 'Change the fields given (interchange fields; null empties one); If-Match must name the version read',
    tag: 'designations',
    role: 'editor',
    pathParameters: designationIdPath,
    body: designationFieldsBody,
    ifMatch: 'required',
    success: { status: 200, description: 'The designation as changed; ETag is its new version.', schema: Designation },
    handle: async (db, { actor, path, body, expectedVersions, today }) =>
      designationResult(await updateDesignation(db, actor, path.id, body, expectedVersions, today)),
  }),
  write({
    method: 'post',
    path: '/designations/{id}/end',
    operationId: 'endDesignation',
    summary: 'Record that a designation ended (lifted, expired, annulled), with at least one source for it',
    tag: 'designations',
    role: 'editor',
    pathParameters: designationIdPath,
    body: endDesignationBody,
    ifMatch: 'optional',
    success: { status: 200, description: 'The designation as ended; ETag is its new version.', schema: Designation },
    conflict: 'It has ended already (PATCH ended_on to correct the date).',
    handle: async (db, { actor, path, body, expectedVersions, today }) =>
      designationResult(await endDesignation(db, actor, path.id, body, expectedVersions, today)),
  }),
  write({
    method: 'delete',
    path: '/designations/{id}',
    operationId: 'deleteDesignation',
    summary: 'Delete a designation: hidden from every read and export, kept in its history, restorable',
    tag: 'designations',
    role: 'editor',
    pathParameters: designationIdPath,
    body: null,
    ifMatch: 'optional',
    success: { status: 204, description: 'Deleted.' },
    handle: async (db, { actor, path, expectedVersions }) => {
      await deleteDesignation(db, actor, path.id, expectedVersions);
      return {};
    },
  }),
  write({
    method: 'post',
    path: '/designations/{id}/restore',
    operationId: 'restoreDesignation',
    summary: 'Bring a deleted designation back, as it was',
    tag: 'designations',
    role: 'editor',
    pathParameters: designationIdPath,
    body: null,
    ifMatch: 'optional',
    success: { status: 200, description: 'The designation, restored; ETag is its new version.', schema: Designation },
    conflict: 'It is not deleted.',
    handle: async (db, { actor, path, expectedVersions }) =>
      designationResult(await restoreDesignation(db, actor, path.id, expectedVersions)),
  }),
  write({
    method: 'post',
    path: '/organizations',
    operationId: 'createOrganization',
    summary: 'Record an organization (its slug is made from its name)',
    tag: 'organizations',
    role: 'editor',
    body: organizationCreateBody,
    ifMatch: 'none',
    success: {
      status: 201,
      description: 'Created; Location names it and ETag is its version.',
      schema: OrganizationDetail,
    },
    conflict: 'An organization has this name already.',
    handle: async (db, { actor, body }) => organizationResult(await createOrganization(db, actor, body), true),
  }),
  write({
    method: 'patch',
    path: '/organizations/{slug}',
    operationId: 'updateOrganization',
    summary:
      'Change an organization’s name, other names, kind, country, parent or Wikidata id; If-Match must name the version read',
    tag: 'organizations',
    role: 'editor',
    pathParameters: slugPath,
    body: organizationPatchBody,
    ifMatch: 'required',
    success: {
      status: 200,
      description: 'The organization as changed; ETag is its new version.',
      schema: OrganizationDetail,
    },
    conflict: 'Another organization has the new name.',
    handle: async (db, { actor, path, body, expectedVersions }) =>
      organizationResult(await updateOrganization(db, actor, path.slug, body, expectedVersions)),
  }),
  write({
    method: 'post',
    path: '/organizations/{slug}/merge',
    operationId: 'mergeOrganization',
    summary:
      'Merge another organization into this one: its names, designations and children move here, its slug redirects here (admin)',
    tag: 'organizations',
    role: 'admin',
    pathParameters: slugPath,
    body: organizationMergeBody,
    ifMatch: 'optional',
    success: {
      status: 200,
      description: 'The organization after the merge; ETag is its new version.',
      schema: OrganizationDetail,
    },
    handle: async (db, { actor, path, body, expectedVersions }) =>
      organizationResult(await mergeOrganizations(db, actor, path.slug, body.organization, expectedVersions)),
  }),
  write({
    method: 'post',
    path: '/import',
    operationId: 'importDesignations',
    summary:
      'Import an interchange CSV or NDJSON file, like `ngo-tracker import`: every row checked, then all written in one transaction (admin)',
    tag: 'import',
    role: 'admin',
    query: importParameters,
    body: INTERCHANGE_FILE,
    ifMatch: 'none',
    success: {
      status: 200,
      description: 'What was (or, with dry_run, would be) created, updated and left unchanged.',
      schema: ImportSummary,
    },
    handle: async (db, { actor, query, body }) =>
      importResult(await importer().importDesignations(db, body, { dryRun: query.dry_run, actor })),
  }),
];
