/**
 * The routes of /api/v1, as data: the router registers them and the OpenAPI document describes
 * them from the same entries, so no route goes undocumented and no documented parameter goes
 * unchecked. Each handler is one service call on parsed parameters.
 */
import type { z } from 'zod';
import type { Db } from '../db/connection';
import {
  coverageParameters,
  designationIdPath,
  designationListParameters,
  jurisdictionCodePath,
  lawFamilyPath,
  noParameters,
  organizationSearchParameters,
  organizationTimelineParameters,
  slugPath,
  statsTimelineParameters,
} from '../domain/query-parameters';
import { changesParameters } from '../domain/history-parameters';
import { precedentParameters } from '../domain/precedents/precedent-parameters';
import { coverage } from '../services/coverage';
import { getDesignation, listDesignations } from '../services/designations';
import { changes, designationHistory, organizationHistory } from '../services/history';
import { getJurisdiction, listJurisdictions } from '../services/jurisdictions';
import { getLawFamily, listLawFamilies } from '../services/law-families';
import { getLaw, listLaws } from '../services/laws';
import { getOrganization, organizationTimeline, searchOrganizations } from '../services/organizations';
import { findPrecedents } from '../services/precedents/find-precedents';
import { timelineStats } from '../services/period-stats';
import { CoverageReport } from './schemas/coverage-schemas';
import { Designation, DesignationPage, OrganizationTimeline } from './schemas/designation-schemas';
import { ChangeFeed, RevisionList } from './schemas/history-schemas';
import { OrganizationDetail, OrganizationSearch } from './schemas/organization-schemas';
import { OrganizationNotFoundProblem, PrecedentAnswer } from './schemas/precedent-schemas';
import { LawFamilyDetail, LawFamilyList } from './schemas/law-family-schemas';
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
  /** The response has a `version`, sent as the ETag that a PATCH names in If-Match. */
  versioned?: boolean;
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
  return { pathParameters: noParameters, query: noParameters, ...definition };
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
    versioned: true,
    handle: (db, path) => getDesignation(db, path.id),
  }),
  route({
    path: '/designations/{id}/history',
    operationId: 'getDesignationHistory',
    summary:
      'Every recorded change of a designation (deleted ones too) and of its source links: who, when, before and after',
    tag: 'history',
    pathParameters: designationIdPath,
    response: RevisionList,
    handle: (db, path) => designationHistory(db, path.id),
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
    summary: 'An organization with its names, registration numbers, family and designations',
    tag: 'organizations',
    pathParameters: slugPath,
    response: OrganizationDetail,
    versioned: true,
    handle: (db, path) => getOrganization(db, path.slug),
  }),
  route({
    path: '/organizations/{slug}/history',
    operationId: 'getOrganizationHistory',
    summary:
      'Every recorded change of an organization, its names, registration numbers and slug redirects, and of the organizations merged into it',
    tag: 'history',
    pathParameters: slugPath,
    response: RevisionList,
    handle: (db, path) => organizationHistory(db, path.slug),
  }),
  route({
    path: '/changes',
    operationId: 'listChanges',
    summary: 'Every recorded change in order, a page at a time, to keep a mirror in sync',
    tag: 'history',
    query: changesParameters,
    response: ChangeFeed,
    handle: (db, _path, query) => changes(db, query),
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
    path: '/law-families',
    operationId: 'listLawFamilies',
    summary: 'Every law family with its jurisdictions, laws, designations, and first and latest use',
    tag: 'laws',
    response: LawFamilyList,
    handle: (db) => listLawFamilies(db),
  }),
  route({
    path: '/law-families/{family}',
    operationId: 'getLawFamily',
    summary:
      'How a law family spread: per jurisdiction its laws of the family, first and latest use and counts per year, by first use',
    tag: 'laws',
    pathParameters: lawFamilyPath,
    response: LawFamilyDetail,
    handle: (db, path) => getLawFamily(db, path.family),
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
    path: '/coverage',
    operationId: 'getCoverage',
    summary:
      'How complete the record is: per jurisdiction and measure, the designations held beside sourced known totals, with the share held',
    tag: 'coverage',
    query: coverageParameters,
    response: CoverageReport,
    handle: (db, _path, query) => coverage(db, query),
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
    summary:
      'Has this happened before? Ranked precedents for an organization acted against by a jurisdiction, each explained',
    tag: 'precedents',
    query: precedentParameters,
    response: PrecedentAnswer,
    notFound: {
      description: 'No organization has a name close enough; `suggestions` lists the closest.',
      problem: OrganizationNotFoundProblem,
    },
    handle: (db, _path, query) => findPrecedents(db, query),
  }),
];
