'use strict';
/*
 * Draws every chart figure of the page with Chart.js from the spec the server embedded beside its
 * data table (see src/web/chart-specs.ts). Without JavaScript the figure is just the table.
 */
(function drawCharts() {
  // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  const POINT_STYLES = ['circle', 'rectRot', 'triangle', 'crossRot'];
  const colour = (index) => PALETTE[index % PALETTE.length];
  const yearTick = (value) => (Number.isInteger(value) ? String(value) : '');

  const axisTitle = (text) => ({ display: true, text, font: { weight: 'bold' } });

  function stackedBarConfig(spec) {
    return {
      type: 'bar',
      data: {
        labels: spec.periods,
        datasets: spec.series.map((series, index) => ({ label: series.name, data: series.values, backgroundColor: colour(index) })),
      },
      options: {
        scales: {
          x: { stacked: true, title: axisTitle(spec.xTitle) },
          y: { stacked: true, beginAtZero: true, grace: '5%', ticks: { precision: 0 }, title: axisTitle(spec.yTitle) },
        },
      },
    };
  }

  function timelineConfig(spec) {
    const positions = spec.points.map((point) => point.x);
    return {
      type: 'scatter',
      data: {
        datasets: spec.series.map((series, index) => ({
          label: series,
          data: spec.points.filter((point) => point.series === series).map((point) => ({ ...point, y: point.lane })),
          backgroundColor: colour(index),
          borderColor: colour(index),
          pointStyle: POINT_STYLES[index % POINT_STYLES.length],
          // A point may say how large it is (a year's count in a diffusion timeline).
          pointRadius: (context) => (context.raw && context.raw.radius) || 7,
          pointHoverRadius: (context) => ((context.raw && context.raw.radius) || 7) + 2,
        })),
      },
      options: {
        scales: {
          x: {
            type: 'linear',
            min: Math.floor(Math.min(...positions)),
            max: Math.floor(Math.max(...positions)) + 1,
            ticks: { stepSize: 1, callback: yearTick },
            title: axisTitle(spec.xTitle),
          },
          y: { type: 'category', labels: spec.lanes, offset: true, title: axisTitle(spec.yTitle) },
        },
        plugins: {
          tooltip: { callbacks: { label: (context) => `${context.raw.date}: ${context.raw.description}` } },
        },
      },
    };
  }

  function draw(figure) {
    const spec = JSON.parse(figure.querySelector('script[type="application/json"]').textContent);
    const config = spec.kind === 'timeline' ? timelineConfig(spec) : stackedBarConfig(spec);
    const container = figure.querySelector('.chart-canvas');
    if (spec.kind === 'timeline') container.style.height = `${8 + 3 * spec.lanes.length}rem`;
    figure.classList.add('chart-drawn');
    config.options.animation = false;
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    config.options.plugins = { legend: { display: true, position: 'bottom' }, ...config.options.plugins };
    new Chart(figure.querySelector('canvas'), config);
    // The chart now shows the numbers; the table stays one click (or keypress) away.
    figure.querySelector('details.chart-data').open = false;
    figure.dataset.chartDrawn = 'true';
  }

  if (typeof Chart !== 'function') return;
  document.querySelectorAll('figure[data-chart]').forEach(draw);
})();
