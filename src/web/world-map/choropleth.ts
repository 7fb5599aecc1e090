/**
 * A choropleth world map drawn on the server as inline SVG: each jurisdiction with designations
 * shaded by how many, inside a link to its page, named for screen readers ("Russia: 507
 * designations"), with a legend and the data table beside it. It needs no JavaScript, and every
 * shaded country is a real link, reached with the Tab key most designations first (the shapes,
 * then the markers of small states, which are drawn last so that no shape covers them).
 */
import { html, Html } from '../html';
import { countOf, formatCount } from '../templates/labels';
import { jurisdictionLink } from '../templates/links';
import { MAP_HEIGHT, MAP_WIDTH, worldGeometry } from './world-geometry';

export interface MapCount {
  jurisdiction: { code: string; name: string };
  count: number;
}

export interface ChoroplethText {
  /** Element id of the figure; unique on its page. */
  id: string;
  title: string;
  /** What is counted, singular: "designation". */
  noun: string;
}

/** Shade classes, fixed so that a shade means the same on every page: counts spread over three orders of magnitude. */
const SHADES: { upTo: number; label: string }[] = [
  { upTo: 1, label: '1' },
  { upTo: 5, label: '2–5' },
  { upTo: 20, label: '6–20' },
  { upTo: 100, label: '21–100' },
  { upTo: Number.POSITIVE_INFINITY, label: 'more than 100' },
];

export function shadeOf(count: number): number {
  return SHADES.findIndex((shade) => count <= shade.upTo) + 1;
}

const MARKER_RADIUS = 5;

function countryLink(item: MapCount, noun: string, shape: Html): Html {
  const label = `${item.jurisdiction.name}: ${countOf(item.count, noun)}`;
  return html`<a href="/jurisdictions/${encodeURIComponent(item.jurisdiction.code)}" aria-label="${label}">${shape}</a>`;
}

function drawing(items: MapCount[], text: ChoroplethText): Html {
  const world = worldGeometry();
  const counted = new Map(items.map((item) => [item.jurisdiction.code, item]));
  // A country found by its marker is not a link twice: its tiny shape is drawn shaded, unlinked.
  const linkedShape = (item: MapCount) =>
    world.shapes.has(item.jurisdiction.code) && !world.markers.has(item.jurisdiction.code);
  const plain = [...world.shapes].filter(([code]) => !counted.has(code) || world.markers.has(code));
  const title = (item: MapCount) => `${item.jurisdiction.name}: ${countOf(item.count, text.noun)}`;
  return html`<svg class="world-map-svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-labelledby="${text.id}-caption">
  <path class="map-sea" d="${world.outline}" aria-hidden="true"/>
  <g aria-hidden="true">${plain.map(
    ([code, path]) =>
      html`<path class="${counted.has(code) ? `map-shade-${shadeOf(counted.get(code)!.count)}` : 'map-land'}" d="${path}"/>`,
  )}${world.otherLand.map((path) => html`<path class="map-land" d="${path}"/>`)}</g>
  ${items.filter(linkedShape).map((item) => {
    const shape = world.shapes.get(item.jurisdiction.code);
    return countryLink(
      item,
      text.noun,
      html`<path class="map-shade-${shadeOf(item.count)}" d="${shape}"><title>${title(item)}</title></path>`,
    );
  })}
  ${items
    .filter((item) => world.markers.has(item.jurisdiction.code))
    .map((item) => {
      const [x, y] = world.markers.get(item.jurisdiction.code)!;
      const shade = shadeOf(item.count);
      return countryLink(
        item,
        text.noun,
        html`<circle class="map-marker map-shade-${shade}" cx="${x}" cy="${y}" r="${MARKER_RADIUS}"><title>${title(item)}</title></circle>`,
      );
    })}
</svg>`;
}

/** The legend's sample of a marker, drawn as the map draws one. */
const MARKER_SWATCH = html`<circle class="map-marker map-shade-3" cx="6" cy="6" r="5"/>`;

function legend(text: ChoroplethText): Html {
  return html`<ul class="map-legend" aria-label="Legend: ${text.noun}s per jurisdiction">
  ${SHADES.map((shade, index) => html`<li><span class="swatch map-shade-${index + 1}" aria-hidden="true"></span>${shade.label}</li>`)}
  <li><span class="swatch map-land" aria-hidden="true"></span>none</li>
  <li><svg class="swatch-marker" viewBox="0 0 12 12" aria-hidden="true">${MARKER_SWATCH}</svg>a state too small to shade</li>
</ul>`;
}

function dataTable(items: MapCount[], text: ChoroplethText): Html {
  const world = worldGeometry();
  const onMap = (code: string) => world.shapes.has(code) || world.markers.has(code);
  return html`<table class="numbers map-table">
  <caption>${text.title}</caption>
  <thead><tr><th scope="col">Jurisdiction</th><th scope="col">${text.noun.charAt(0).toUpperCase()}${text.noun.slice(1)}s</th></tr></thead>
  <tbody>
    ${items.map((item) => {
      const offMap = !onMap(item.jurisdiction.code) && ' (not on the map)';
      return html`<tr><th scope="row">${jurisdictionLink(item.jurisdiction)}${offMap}</th><td>${formatCount(item.count)}</td></tr>`;
    })}
  </tbody>
</table>`;
}

/** The map, its legend and its data table (most first), or a sentence when nothing is counted. */
export function choroplethMap(counts: MapCount[], text: ChoroplethText): Html {
  const items = counts
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count || a.jurisdiction.name.localeCompare(b.jurisdiction.name));
  if (items.length === 0) return html`<p>No ${text.noun}s to map.</p>`;
  return html`<figure class="world-map" id="${text.id}">
  <figcaption id="${text.id}-caption">${text.title}: each shaded country links to its page</figcaption>
  <div class="world-map-layout">
    <div class="world-map-drawing">${drawing(items, text)}${legend(text)}</div>
    <div class="world-map-data">${dataTable(items, text)}</div>
  </div>
</figure>`;
}
