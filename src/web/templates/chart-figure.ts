import type { ChartSpec, StackedBarChart, TimelineChart } from '../chart-specs';
import { html, Html, jsonScript } from '../html';
import { formatCount } from './labels';
import { columnHeads } from './table-heads';
import { dateTime } from './time-element';

/**
 * A chart as a figure: a canvas that assets/charts.js draws from the embedded spec, and the data
 * table, open until a chart is drawn, so readers without JavaScript see the numbers and screen
 * readers always reach them. The canvas stays hidden (by CSS) until the script has drawn it.
 */
export function chartFigure(spec: ChartSpec): Html {
  return html`<figure class="chart" id="${spec.id}" data-chart>
  <figcaption>${spec.title}</figcaption>
  <div class="chart-canvas">
    <canvas role="img" aria-label="${spec.title}. The data table below holds every value."></canvas>
  </div>
  ${jsonScript(`${spec.id}-spec`, spec)}
  <details class="chart-data" open>
    <summary>Data table: ${spec.title}</summary>
    <div class="table-wrap">${spec.kind === 'timeline' ? timelineTable(spec) : stackedBarTable(spec)}</div>
  </details>
  ${spec.kind === 'stacked-bar' && spec.note !== null && html`<p class="chart-note">${spec.note}</p>`}
</figure>`;
}

function stackedBarTable(spec: StackedBarChart): Html {
  const stacked = spec.series.length > 1;
  return html`<table class="numbers">
  <thead><tr>${columnHeads([spec.xTitle, ...spec.series.map((series) => series.name), ...(stacked ? ['Total'] : [])])}</tr></thead>
  <tbody>
    ${spec.periods.map((period, index) => {
      const values = spec.series.map((series) => series.values[index]);
      return html`<tr><th scope="row">${period}</th>${values.map((value) => html`<td>${formatCount(value)}</td>`)}${
        stacked && html`<td>${formatCount(values.reduce((sum, value) => sum + value, 0))}</td>`
      }</tr>`;
    })}
  </tbody>
</table>`;
}

function timelineTable(spec: TimelineChart): Html {
  return html`<table>
  <thead><tr>${columnHeads(['Date', spec.yTitle, 'Event', 'What'])}</tr></thead>
  <tbody>
    ${spec.points.map(
      (point) =>
        html`<tr><td>${dateTime(point.date)}</td><td>${point.lane}</td><td>${point.series}</td><td>${point.description}</td></tr>`,
    )}
  </tbody>
</table>`;
}
