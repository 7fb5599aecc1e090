/**
 * The world as SVG path data, projected once per process: Natural Earth boundaries from the
 * `world-atlas` package (1:110m for the shapes), read with `topojson-client` and projected with
 * `d3-geo` (Equal Earth: areas stay true, so a shaded country is as large as it is). Nothing is
 * fetched at run time. world-atlas names countries by ISO 3166-1 numeric code, turned into the
 * alpha-2 codes jurisdictions use by `i18n-iso-countries`.
 *
 * States too small for the 1:110m map (Hong Kong, Singapore, Bahrain…), or drawn there a few
 * pixels wide, get a marker: a point at their centroid, from the 1:50m map when 1:110m lacks them.
 */
import { GeoContext, geoCentroid, geoEqualEarth, geoPath, GeoPath, GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
// Only the codes (numeric to alpha-2): without the entry point, which registers every language's names.
import countries from 'i18n-iso-countries/index';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** A shape narrower and lower than this many units (of MAP_WIDTH) is hard to see or click: it gets a marker too. */
const SMALL_SHAPE = 8;

/** Countries world-atlas gives no ISO numeric code, matched by name (Kosovo has no ISO numeric code). */
const CODES_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

export interface WorldGeometry {
  /** The globe's outline (the sea), as path data. */
  outline: string;
  /** Country shapes by alpha-2 code. */
  shapes: ReadonlyMap<string, string>;
  /** Land that is no ISO country (Northern Cyprus, Somaliland), drawn unshaded. */
  otherLand: readonly string[];
  /** Countries too small to find on the map by their shape: where their marker goes. */
  markers: ReadonlyMap<string, [x: number, y: number]>;
}

/**
 * Path data rounded to a tenth of a unit, in relative line commands: much shorter than d3's own text, for
 * a map that is sent inline with every page that shows it.
 */
class RoundedPath implements GeoContext {
  private text = '';
  private x = 0;
  private y = 0;

  moveTo(x: number, y: number): void {
    this.x = Math.round(x * 10);
    this.y = Math.round(y * 10);
    this.text += `M${this.x / 10} ${this.y / 10}`;
  }

  lineTo(x: number, y: number): void {
    const [nextX, nextY] = [Math.round(x * 10), Math.round(y * 10)];
    const [dx, dy] = [nextX - this.x, nextY - this.y];
    if (dx === 0 && dy === 0) return;
    this.text += `l${dx / 10}${dy < 0 ? '' : ' '}${dy / 10}`;
    [this.x, this.y] = [nextX, nextY];
  }

  closePath(): void {
    this.text += 'z';
  }

  beginPath(): void {
    // d3 calls it for a canvas; path data needs nothing.
  }

  arc(): void {
    // Only points are drawn as arcs, and the map draws no point geometries.
  }

  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}

function pathOf(projection: GeoProjection, context: RoundedPath): (object: Parameters<GeoPath>[0]) => string {
  const path = geoPath(projection, context);
  return (object) => {
    path(object);
    return context.take();
  };
}

function countriesOf(file: string): CountryFeature[] {
  // The JSON files are data, read once; require keeps them out of the type checker.
  const topology = require(`world-atlas/${file}`) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] }).features;
}

function codeOf(country: CountryFeature): string | null {
  if (country.id !== undefined) return countries.numericToAlpha2(String(country.id)) ?? null;
  return CODES_BY_NAME[country.properties.name] ?? null;
}

function projectedPoint(projection: GeoProjection, country: CountryFeature): [number, number] {
  const [x, y] = projection(geoCentroid(country)) ?? [0, 0];
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

let cached: WorldGeometry | null = null;

function buildWorldGeometry(): WorldGeometry {
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'Sphere' },
  );
  const draw = pathOf(projection, new RoundedPath());
  const boundsPath = geoPath(projection);
  const bounds = (object: Parameters<typeof boundsPath.bounds>[0]) => boundsPath.bounds(object);
  const shapes = new Map<string, string>();
  const otherLand: string[] = [];
  const markers = new Map<string, [number, number]>();
  for (const country of countriesOf('countries-110m.json')) {
    const code = codeOf(country);
    if (code === null) {
      otherLand.push(draw(country));
      continue;
    }
    shapes.set(code, draw(country));
    const [[x0, y0], [x1, y1]] = bounds(country);
    if (x1 - x0 < SMALL_SHAPE && y1 - y0 < SMALL_SHAPE) markers.set(code, projectedPoint(projection, country));
  }
  for (const country of countriesOf('countries-50m.json')) {
    const code = codeOf(country);
    if (code !== null && !shapes.has(code)) markers.set(code, projectedPoint(projection, country));
  }
  return { outline: draw({ type: 'Sphere' }), shapes, otherLand, markers };
}

/** The projected world, built on first use and kept for the life of the process. */
export function worldGeometry(): WorldGeometry {
  cached ??= buildWorldGeometry();
  return cached;
}
