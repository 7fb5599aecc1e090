/**
 * The routes of /api/v1, as data: the router registers them and the OpenAPI document describes
 * them from the same entries, so no route goes undocumented and no documented parameter goes
 * unchecked. Each handler is one service call on parsed parameters.
 */
import type { z } from 'zod';
import type { Db } from '../db/connection';
import {
  designationIdPath,
  designationListParameters,
  jurisdictionCodePath,
  noParameters,
  organizationSearchParameters,
  organizationTimelineParameters,
  slugPath,
  statsTimelineParameters,
} from '../domain/query-parameters';
import { precedentParameters } from '../domain/precedents/precedent-parameters';
import { getDesignation, listDesignations } from '../services/designations';
import { getJurisdiction, listJurisdictions } from '../services/jurisdictions';
import { getLaw, listLaws } from '../services/laws';
import { getOrganization, organizationTimeline, searchOrganizations } from '../services/organizations';
import { findPrecedents } from '../services/precedents/find-precedents';
import { timelineStats } from '../services/period-stats';
import { Designation, DesignationPage, OrganizationTimeline } from './schemas/designation-schemas';
import { OrganizationDetail, OrganizationSearch } from './schemas/organization-schemas';
import { OrganizationNotFoundProblem, PrecedentAnswer } from './schemas/precedent-schemas';
import { JurisdictionDetail, JurisdictionList, LawDetail, LawList } from './schemas/reference-schemas';
import { TimelineStats } from './schemas/stats-schemas';

type ParameterSchema = z.ZodObject;

export interface ApiRoute {
  /** OpenAPI path template under /api/v1, e.g. `/designations/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  pathParameters: ParameterSchema;
  query: ParameterSchema;
  /** A schema registered in apiSchemas: the 200 response. */
  response: z.ZodType;
  /** When a 404 says more than "nothing has this id": its description and registered problem schema. */
  notFound?: { description: string; problem: z.ZodType };
  // `never` parameters let a table entry keep its own precise types (see `route`); the router
  // passes what that entry's own schemas parsed.
  handle(db: Db, path: never, query: never): Promise<unknown>;
}

/** A table entry; routes without path or query parameters accept none. */
function route<Path extends ParameterSchema, Query extends ParameterSchema>(
  definition: Omit<ApiRoute, 'pathParameters' | 'query' | 'handle'> & {
    pathParameters?: Path;
    query?: Query;
    handle(db: Db, path: z.output<Path>, query: z.output<Query>): Promise<unknown>;
  },
): ApiRoute {
  return { pathParameters: noParameters, query: noParameters, ...definition } as ApiRoute;
}

export const API_ROUTES: ApiRoute[] = [
  route({
    path: '/designations',
    operationId: 'listDesignations',
    summary: 'List designations with the common filters, by decided date, a page at a time',
    tag: 'designations',
    query: designationListParameters,
    response: DesignationPage,
    handle: (db, _path, query) => listDesignations(db, query),
  }),
  route({
    path: '/designations/{id}',
    operationId: 'getDesignation',
    summary: 'One designation',
    tag: 'designations',
    pathParameters: designationIdPath,
    response: Designation,
    handle: (db, path) => getDesignation(db, path.id),
  }),
  route({
    path: '/organizations',
    operationId: 'searchOrganizations',
    summary: 'Find organizations by any name, alias or transliteration, best match first',
    tag: 'organizations',
    query: organizationSearchParameters,
    response: OrganizationSearch,
    handle: (db, _path, query) => searchOrganizations(db, query),
  }),
  route({
    path: '/organizations/{slug}',
    operationId: 'getOrganization',
    summary: 'An organization with its names, family and designations',
    tag: 'organizations',
    pathParameters: slugPath,
    response: OrganizationDetail,
    handle: (db, path) => getOrganization(db, path.slug),
  }),
  route({
    path: '/organizations/{slug}/timeline',
    operationId: 'getOrganizationTimeline',
    summary: "An organization's (or its family's) decided, listed and ended dates in order",
    tag: 'organizations',
    pathParameters: slugPath,
    query: organizationTimelineParameters,
    response: OrganizationTimeline,
    handle: (db, path, query) => organizationTimeline(db, path.slug, query.family),
  }),
  route({
    path: '/laws',
    operationId: 'listLaws',
    summary: 'Every law with its number of designations and first and latest use',
    tag: 'laws',
    response: LawList,
    handle: (db) => listLaws(db),
  }),
  route({
    path: '/laws/{slug}',
    operationId: 'getLaw',
    summary: 'A law with its first and latest uses and counts per year',
    tag: 'laws',
    pathParameters: slugPath,
    response: LawDetail,
    handle: (db, path) => getLaw(db, path.slug),
  }),
  route({
    path: '/jurisdictions',
    operationId: 'listJurisdictions',
    summary: 'Every jurisdiction that has acted, with its number of designations',
    tag: 'jurisdictions',
    response: JurisdictionList,
    handle: (db) => listJurisdictions(db),
  }),
  route({
    path: '/jurisdictions/{code}',
    operationId: 'getJurisdiction',
    summary: 'A jurisdiction: counts per measure and per law, first and latest actions',
    tag: 'jurisdictions',
    pathParameters: jurisdictionCodePath,
    response: JurisdictionDetail,
    handle: (db, path) => getJurisdiction(db, path.code),
  }),
  route({
    path: '/stats/timeline',
    operationId: 'getTimelineStats',
    summary: 'Designations per period (year, quarter or month), precision-aware, optionally grouped',
    tag: 'stats',
    query: statsTimelineParameters,
    response: TimelineStats,
    handle: (db, _path, query) => timelineStats(db, query),
  }),
  route({
    path: '/precedents',
    operationId: 'findPrecedents',
    summary: 'Has this happened before? Ranked precedents for an organization acted against by a jurisdiction, each explained',
    tag: 'precedents',
    query: precedentParameters,
    response: PrecedentAnswer,
    notFound: { description: 'No organization has a name close enough; `suggestions` lists the closest.', problem: OrganizationNotFoundProblem },
    handle: (db, _path, query) => findPrecedents(db, query),
  }),
];
