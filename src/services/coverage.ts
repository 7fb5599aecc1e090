/**
 * How complete the record is: per jurisdiction and measure, what it holds (designations, first and
 * latest, active and ended), beside the sourced known totals of that pair, each with the count of
 * held designations comparable to it and their share (the rule: docs/coverage.md).
 */
import type { Db } from '../db/connection';
import { comparableFilters, shareOf, ShareKind } from '../domain/coverage-comparison';
import { classifyScope, Comparison, comparisonFor, describeComparison, ScopeKind } from '../domain/coverage-scope';
import { jurisdictionName } from '../domain/jurisdictions';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  partialDateFromStorage,
  todayPartialDate,
} from '../domain/partial-date';
import type { CoverageParameters } from '../domain/query-parameters';
import type { Confidence, CountKind, Measure } from '../domain/vocabularies';
import { countDesignations, endedByMeasure, holdingsByMeasure, KnownTotalRow, knownTotals } from '../queries/coverage';
import { collectiveActions } from '../queries/jurisdictions';

export interface KnownTotalComparison {
  id: string;
  scope: string;
  scope_kind: ScopeKind;
  count: number;
  count_kind: CountKind;
  as_of: string;
  confidence: Confidence;
  source: { urls: string[]; publisher: string };
  notes: string;
  /** Which held designations compare with the count; null when none do (scope_kind `other`). */
  compared_with: {
    description: string;
    decided_from: string | null;
    decided_to: string | null;
    in_force_on: string | null;
  } | null;
  held: number | null;
  share: number | null;
  share_kind: ShareKind | null;
}

export interface MeasureCoverage {
  measure: Measure;
  designations: number;
  active: number;
  ended: number;
  first_decided_on: string | null;
  latest_decided_on: string | null;
  known_totals: KnownTotalComparison[];
}

export interface JurisdictionCoverage {
  jurisdiction: { code: string; name: string };
  designations: number;
  active: number;
  ended: number;
  first_decided_on: string | null;
  latest_decided_on: string | null;
  known_total_count: number;
  measures: MeasureCoverage[];
  collective_actions: {
    id: string;
    measure: Measure;
    decided_on: string;
    organizations_affected: number | null;
    description: string;
  }[];
}

export interface CoverageReport {
  /** The day `active` and `ended` are counted on. */
  status_on: string;
  items: JurisdictionCoverage[];
}

export async function coverage(db: Db, parameters: CoverageParameters): Promise<CoverageReport> {
  const today = todayPartialDate().start;
  const jurisdictions = parameters.jurisdiction;
  const [holdings, ended, totals] = await Promise.all([
    holdingsByMeasure(db, jurisdictions, today),
    endedByMeasure(db, jurisdictions, today),
    knownTotals(db, jurisdictions),
  ]);
  const endedOf = new Map(ended.map((row) => [`${row.jurisdiction} ${row.measure}`, row.ended]));
  const pairs = new Map<string, MeasureCoverage & { code: string }>();
  for (const row of holdings) {
    const key = `${row.jurisdiction} ${row.measure}`;
    const endedCount = endedOf.get(key) ?? 0;
    pairs.set(key, {
      code: row.jurisdiction,
      measure: row.measure,
      designations: row.designations,
      active: row.designations - endedCount,
      ended: endedCount,
      first_decided_on: formatPartialDate(row.first_decided_on, row.first_decided_precision),
      latest_decided_on: formatPartialDate(row.latest_decided_on, row.latest_decided_precision),
      known_totals: [],
    });
  }
  for (const total of totals) {
    const key = `${total.jurisdiction} ${total.measure}`;
    if (!pairs.has(key)) {
      pairs.set(key, {
        code: total.jurisdiction,
        measure: total.measure,
        designations: 0,
        active: 0,
        ended: 0,
        first_decided_on: null,
        latest_decided_on: null,
        known_totals: [],
      });
    }
    pairs.get(key)!.known_totals.push(await compare(db, total, today));
  }
  const codes = [...new Set([...pairs.values()].map((pair) => pair.code))].sort();
  const items: JurisdictionCoverage[] = [];
  for (const code of codes) {
    const measures = [...pairs.values()]
      .filter((pair) => pair.code === code)
      .map(({ code: _code, ...pair }) => pair)
      .sort((a, b) => b.designations - a.designations || a.measure.localeCompare(b.measure));
    items.push(await jurisdictionCoverage(db, code, measures));
  }
  return { status_on: today, items };
}

async function jurisdictionCoverage(db: Db, code: string, measures: MeasureCoverage[]): Promise<JurisdictionCoverage> {
  const sum = (pick: (measure: MeasureCoverage) => number) =>
    measures.reduce((total, measure) => total + pick(measure), 0);
  const dates = (pick: (measure: MeasureCoverage) => string | null) =>
    measures
      .map(pick)
      .filter((date): date is string => date !== null)
      .map((date) => parsePartialDate(date))
      .sort(comparePartialDates);
  const firsts = dates((measure) => measure.first_decided_on);
  const latests = dates((measure) => measure.latest_decided_on);
  return {
    jurisdiction: { code, name: jurisdictionName(code) },
    designations: sum((measure) => measure.designations),
    active: sum((measure) => measure.active),
    ended: sum((measure) => measure.ended),
    first_decided_on: firsts[0]?.text ?? null,
    latest_decided_on: latests[latests.length - 1]?.text ?? null,
    known_total_count: sum((measure) => measure.known_totals.length),
    measures,
    collective_actions: (await collectiveActions(db, code)).map((action) => ({
      id: action.id,
      measure: action.measure,
      decided_on: formatPartialDate(action.decided_on, action.decided_precision),
      organizations_affected: action.organizations_affected,
      description: action.description,
    })),
  };
}

async function compare(db: Db, total: KnownTotalRow, today: string): Promise<KnownTotalComparison> {
  const asOf = partialDateFromStorage(total.as_of, total.as_of_precision);
  const comparison = comparisonFor(total.scope, asOf);
  const held =
    comparison === null
      ? null
      : await countDesignations(db, comparableFilters(total.jurisdiction, total.measure, comparison), today);
  return {
    id: total.id,
    scope: total.scope,
    scope_kind: classifyScope(total.scope),
    count: total.count,
    count_kind: total.count_kind,
    as_of: asOf.text,
    confidence: total.confidence,
    source: {
      urls: total.source_url
        .split(';')
        .map((url) => url.trim())
        .filter(Boolean),
      publisher: total.source_publisher,
    },
    notes: total.notes,
    compared_with: comparedWith(comparison),
    held,
    ...(held === null ? { share: null, share_kind: null } : shareOf(held, total.count, total.count_kind)),
  };
}

function comparedWith(comparison: Comparison | null): KnownTotalComparison['compared_with'] {
  if (comparison === null) return null;
  const description = describeComparison(comparison);
  if (comparison.kind === 'current')
    return { description, decided_from: null, decided_to: null, in_force_on: comparison.inForceOn.text };
  return {
    description,
    decided_from: comparison.decidedFrom?.text ?? null,
    decided_to: comparison.decidedTo.text,
    in_force_on: null,
  };
}
