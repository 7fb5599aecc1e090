/**
 * A law family's diffusion timeline as a chart: a row per jurisdiction in the order they first used
 * a law of the family, its first use marked, and a point per year sized by how many designations
 * its laws of the family had that year. Drawn by assets/charts.js as a timeline, with its data table.
 */
import type { LawFamilyDetail } from '../services/law-families';
import { ChartText, TimelineChart, yearPosition } from './chart-specs';
import { countOf } from './templates/labels';

const FIRST_USE = 'First use';
const PER_YEAR = 'Designations that year';

/** A year's count as a point size: by area (square root), from 4 px for one designation to 14 px. */
function radiusFor(count: number): number {
  return Math.min(14, Math.round(3 + 2 * Math.sqrt(count)));
}

export function diffusionChart(text: ChartText, family: LawFamilyDetail): TimelineChart {
  const points: TimelineChart['points'] = family.jurisdictions.flatMap((entry) => {
    const lane = entry.jurisdiction.name;
    const first = entry.first_use;
    const firstPoint = first
      ? [
          {
            series: FIRST_USE,
            lane,
            x: yearPosition(first.decided_on),
            date: first.decided_on,
            description: `${first.law.short_name}: ${first.organization.name}`,
          },
        ]
      : [];
    const years = entry.counts_per_year
      .filter((year) => year.count > 0)
      .map((year) => ({
        series: PER_YEAR,
        lane,
        x: yearPosition(year.year),
        date: year.year,
        description: countOf(year.count, 'designation'),
        radius: radiusFor(year.count),
      }));
    return [...firstPoint, ...years];
  });
  return {
    kind: 'timeline',
    ...text,
    lanes: family.jurisdictions.map((entry) => entry.jurisdiction.name),
    series: [FIRST_USE, PER_YEAR].filter((series) => points.some((point) => point.series === series)),
    points,
  };
}
