import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { SEED_DIR } from '../../src/services/seed/seed-database';
import { choroplethMap, shadeOf } from '../../src/web/world-map/choropleth';
import { MAP_HEIGHT, MAP_WIDTH, worldGeometry } from '../../src/web/world-map/world-geometry';

const seedJurisdictions = [
  ...new Set(
    parse<{ jurisdiction: string }>(fs.readFileSync(path.join(SEED_DIR, 'designations.csv')), { columns: true }).map(
      (row) => row.jurisdiction,
    ),
  ),
].sort();

describe('the world map geometry', () => {
  it('has a shape or a marker for every jurisdiction of the seed', () => {
    const world = worldGeometry();
    expect(seedJurisdictions.length).toBeGreaterThanOrEqual(27);
    expect(seedJurisdictions.filter((code) => !world.shapes.has(code) && !world.markers.has(code))).toEqual([]);
  });

  it('draws large countries as shapes and small states as markers inside the map', () => {
    const world = worldGeometry();
    expect(world.shapes.get('RU')).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(world.markers.has('RU')).toBe(false);
    // Hong Kong and Singapore are not in the 1:110m map; Kosovo has no ISO numeric code there.
    for (const code of ['HK', 'SG', 'BH']) {
      const [x, y] = world.markers.get(code)!;
      expect([code, x > 0 && x < MAP_WIDTH, y > 0 && y < MAP_HEIGHT]).toEqual([code, true, true]);
    }
    expect(world.shapes.has('XK')).toBe(true);
    // Hong Kong lies east of India and north of Singapore, as on a map.
    expect(world.markers.get('HK')![0]).toBeGreaterThan(world.markers.get('SG')![0]);
    expect(world.markers.get('HK')![1]).toBeLessThan(world.markers.get('SG')![1]);
    expect(world.otherLand.length).toBeGreaterThan(0);
  });

  it('is projected once per process', () => {
    expect(worldGeometry()).toBe(worldGeometry());
  });
});

describe('the choropleth', () => {
  it.each([
    [1, 1],
    [2, 2],
    [5, 2],
    [6, 3],
    [20, 3],
    [21, 4],
    [100, 4],
    [101, 5],
    [5000, 5],
  ])('%i designations get shade %i', (count, shade) => {
    expect(shadeOf(count)).toBe(shade);
  });

  it('links each shaded country and each small state to its page, with an accessible name, and lists them in a table', () => {
    const counts = [
      { jurisdiction: { code: 'RU', name: 'Russia' }, count: 507 },
      { jurisdiction: { code: 'HK', name: 'Hong Kong' }, count: 8 },
      { jurisdiction: { code: 'NI', name: 'Nicaragua' }, count: 1 },
      { jurisdiction: { code: 'FR', name: 'France' }, count: 0 },
    ];
    const { text } = choroplethMap(counts, {
      id: 'test-map',
      title: 'Designations per jurisdiction',
      noun: 'designation',
    });
    expect(text).toMatch(
      /<a href="\/jurisdictions\/RU" aria-label="Russia: 507 designations"><path class="map-shade-5" d="M/,
    );
    expect(text).toMatch(
      /<a href="\/jurisdictions\/HK" aria-label="Hong Kong: 8 designations"><circle class="map-marker map-shade-3"/,
    );
    expect(text).toContain('<a href="/jurisdictions/NI" aria-label="Nicaragua: 1 designation">');
    expect(text).not.toContain('/jurisdictions/FR');
    expect(text.match(/<tr><th scope="row">/g)).toHaveLength(3);
    expect(text).toContain('aria-labelledby="test-map-caption"');
  });

  it('says so when there is nothing to map', () => {
    expect(choroplethMap([], { id: 'x', title: 'T', noun: 'designation' }).text).toBe('<p>No designations to map.</p>');
  });
});
