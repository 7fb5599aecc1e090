/** The JSON reads of /api/v1 (see ../route.ts). */
import type { z } from 'zod';
import type { Db } from '../../../db/connection';
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
} from '../../../domain/query-parameters';
import { changesParameters } from '../../../domain/history-parameters';
import { precedentParameters } from '../../../domain/precedents/precedent-parameters';
import { coverage } from '../../../services/coverage';
import { getDesignation, listDesignations } from '../../../services/designations';
import { changes, designationHistory, organizationHistory } from '../../../services/history';
import { getJurisdiction, listJurisdictions } from '../../../services/jurisdictions';
import { getLawFamily, listLawFamilies } from '../../../services/law-families';
import { getLaw, listLaws } from '../../../services/laws';
import { getOrganization, organizationTimeline, searchOrganizations } from '../../../services/organizations';
import { findPrecedents } from '../../../services/precedents/find-precedents';
import { timelineStats } from '../../../services/period-stats';
import { CoverageReport } from '../../schemas/coverage-schemas';
import { Designation, DesignationPage, OrganizationTimeline } from '../../schemas/designation-schemas';
import { ChangeFeed, RevisionList } from '../../schemas/history-schemas';
import { OrganizationDetail, OrganizationSearch } from '../../schemas/organization-schemas';
import { OrganizationNotFoundProblem, PrecedentAnswer } from '../../schemas/precedent-schemas';
import { LawFamilyDetail, LawFamilyList } from '../../schemas/law-family-schemas';
import { JurisdictionDetail, JurisdictionList, LawDetail, LawList } from '../../schemas/reference-schemas';
import { TimelineStats } from '../../schemas/stats-schemas';
import type { ParameterSchema, ReadRoute } from '../route';

/** A table entry; routes without path or query parameters accept none. */
function readRoute<Path extends ParameterSchema, Query extends ParameterSchema>(
  definition: Omit<ReadRoute, 'kind' | 'method' | 'pathParameters' | 'query' | 'handle'> & {
    pathParameters?: Path;
    query?: Query;
    handle(db: Db, path: z.output<Path>, query: z.output<Query>): Promise<unknown>;
  },
): ReadRoute {
  return { kind: 'read', method: 'get', pathParameters: noParameters, query: noParameters, ...definition };
}

export const READ_ROUTES: ReadRoute[] = [
  readRoute({
    path: '/designations',
    operationId: 'listDesignations',
    summary: 'List designations with the common filters, by decided date, a page at a time',
    tag: 'designations',
    query: designationListParameters,
    response: DesignationPage,
    handle: (db, _path, query) => listDesignations(db, query),
  }),
  readRoute({
    path: '/designations/{id}',
    operationId: 'getDesignation',
    summary: 'One designation',
    tag: 'designations',
    pathParameters: designationIdPath,
    response: Designation,
    versioned: true,
    handle: (db, path) => getDesignation(db, path.id),
  }),
  readRoute({
    path: '/designations/{id}/history',
    operationId: 'getDesignationHistory',
    summary:
      'Every recorded change of a designation (deleted ones too) and of its source links: who, when, before and after',
    tag: 'history',
    pathParameters: designationIdPath,
    response: RevisionList,
    handle: (db, path) => designationHistory(db, path.id),
  }),
  readRoute({
    path: '/organizations',
    operationId: 'searchOrganizations',
    summary: 'Find organizations by any name, alias or transliteration, best match first',
    tag: 'organizations',
    query: organizationSearchParameters,
    response: OrganizationSearch,
    handle: (db, _path, query) => searchOrganizations(db, query),
  }),
  readRoute({
    path: '/organizations/{slug}',
    operationId: 'getOrganization',
    summary: 'An organization with its names, registration numbers, family and designations',
    tag: 'organizations',
    pathParameters: slugPath,
    response: OrganizationDetail,
    versioned: true,
    handle: (db, path) => getOrganization(db, path.slug),
  }),
  readRoute({
    path: '/organizations/{slug}/history',
    operationId: 'getOrganizationHistory',
    summary:
      'Every recorded change of an organization, its names, registration numbers and slug redirects, ' +
      'and of the organizations merged into it',
    tag: 'history',
    pathParameters: slugPath,
    response: RevisionList,
    handle: (db, path) => organizationHistory(db, path.slug),
  }),
  readRoute({
    path: '/changes',
    operationId: 'listChanges',
    summary: 'Every recorded change in order, a page at a time, to keep a mirror in sync',
    tag: 'history',
    query: changesParameters,
    response: ChangeFeed,
    handle: (db, _path, query) => changes(db, query),
  }),
  readRoute({
    path: '/organizations/{slug}/timeline',
    operationId: 'getOrganizationTimeline',
    summary: "An organization's (or its family's) decided, listed and ended dates in order",
    tag: 'organizations',
    pathParameters: slugPath,
    query: organizationTimelineParameters,
    response: OrganizationTimeline,
    handle: (db, path, query) => organizationTimeline(db, path.slug, query.family),
  }),
  readRoute({
    path: '/laws',
    operationId: 'listLaws',
    summary: 'Every law with its number of designations and first and latest use',
    tag: 'laws',
    response: LawList,
    handle: (db) => listLaws(db),
  }),
  readRoute({
    path: '/laws/{slug}',
    operationId: 'getLaw',
    summary: 'A law with its first and latest uses and counts per year',
    tag: 'laws',
    pathParameters: slugPath,
    response: LawDetail,
    handle: (db, path) => getLaw(db, path.slug),
  }),
  readRoute({
    path: '/law-families',
    operationId: 'listLawFamilies',
    summary: 'Every law family with its jurisdictions, laws, designations, and first and latest use',
    tag: 'laws',
    response: LawFamilyList,
    handle: (db) => listLawFamilies(db),
  }),
  readRoute({
    path: '/law-families/{family}',
    operationId: 'getLawFamily',
    summary:
      'How a law family spread: per jurisdiction its laws of the family, first and latest use and counts per year, by first use',
    tag: 'laws',
    pathParameters: lawFamilyPath,
    response: LawFamilyDetail,
    handle: (db, path) => getLawFamily(db, path.family),
  }),
  readRoute({
    path: '/jurisdictions',
    operationId: 'listJurisdictions',
    summary: 'Every jurisdiction that has acted, with its number of designations',
    tag: 'jurisdictions',
    response: JurisdictionList,
    handle: (db) => listJurisdictions(db),
  }),
  readRoute({
    path: '/jurisdictions/{code}',
    operationId: 'getJurisdiction',
    summary: 'A jurisdiction: counts per measure and per law, first and latest actions',
    tag: 'jurisdictions',
    pathParameters: jurisdictionCodePath,
    response: JurisdictionDetail,
    handle: (db, path) => getJurisdiction(db, path.code),
  }),
  readRoute({
    path: '/coverage',
    operationId: 'getCoverage',
    summary:
      'How complete the record is: per jurisdiction and measure, the designations held beside sourced known totals, with the share held',
    tag: 'coverage',
    query: coverageParameters,
    response: CoverageReport,
    handle: (db, _path, query) => coverage(db, query),
  }),
  readRoute({
    path: '/stats/timeline',
    operationId: 'getTimelineStats',
    summary: 'Designations per period (year, quarter or month), precision-aware, optionally grouped',
    tag: 'stats',
    query: statsTimelineParameters,
    response: TimelineStats,
    handle: (db, _path, query) => timelineStats(db, query),
  }),
  readRoute({
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
