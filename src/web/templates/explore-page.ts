import type { InputProblem } from '../../domain/errors';
import type { DesignationPage } from '../../services/designations';
import type { StackedBarChart } from '../chart-specs';
import { filterOnly, QueryValues, withQuery } from '../form-query';
import { html, Html } from '../html';
import { chartFigure } from './chart-figure';
import { designationTable } from './designation-views';
import { exploreForm, FIELD_LABELS, FilterChoices } from './explore-form';
import { capitalized, formatCount, matchCount } from './labels';
import { page } from './layout';
import { problemSummary } from './problem-summary';

export type ExploreOutcome =
  { kind: 'results'; list: DesignationPage; chart: StackedBarChart } | { kind: 'invalid'; problems: InputProblem[] };

/** The filter form, then either the problems with it or the results, their chart and downloads. */
export function explorePage(values: QueryValues, choices: FilterChoices, outcome: ExploreOutcome): Html {
  const problems = outcome.kind === 'invalid' ? outcome.problems : [];
  return page({
    title: outcome.kind === 'invalid' ? 'Explore: the filter has problems' : 'Explore designations',
    section: 'explore',
    charts: outcome.kind === 'results' && outcome.list.total > 0,
    body: html`<h1>Explore designations</h1>
${outcome.kind === 'invalid' && problemSummary('The filter has', outcome.problems, FIELD_LABELS)}
${exploreForm(values, choices, problems)}
${outcome.kind === 'results' && results(values, outcome.list, outcome.chart)}`,
  });
}

function results(values: QueryValues, list: DesignationPage, chart: StackedBarChart): Html {
  const filter = filterOnly(values);
  const csv = withQuery('/api/v1/designations.csv', filter);
  const excelCsv = withQuery('/api/v1/designations.csv', { ...filter, bom: '1' });
  const ndjson = withQuery('/api/v1/designations.ndjson', filter);
  const { cursor, ...firstPage } = values;
  const shown = `(${formatCount(list.items.length)} shown of ${matchCount(list)})`;
  const caption = `Designations ${cursor === undefined ? '' : 'from a later page '}${shown}`;
  const nextPage = list.next_cursor === null ? null : withQuery('/explore', { ...values, cursor: list.next_cursor });
  return html`<section aria-labelledby="results-heading">
  <h2 id="results-heading">${list.total === 0 ? 'No designation matches this filter' : `${capitalized(matchCount(list))} match`}</h2>
  <ul class="downloads" aria-label="Downloads of every matching designation">
    <li><a href="${csv}" download>Download CSV</a></li>
    <li><a href="${excelCsv}" download>Download for Excel (CSV with BOM)</a></li>
    <li><a href="${ndjson}" download>Download NDJSON</a></li>
  </ul>
  ${list.total > 0 && chartFigure(chart)}
  ${designationTable(list.items, { caption })}
  <nav class="pagination" aria-label="Pages of results">
    ${cursor !== undefined && html`<a href="${withQuery('/explore', firstPage)}">First page</a>`}
    ${nextPage !== null && html`<a href="${nextPage}" rel="next">Next page</a>`}
  </nav>
</section>`;
}
