import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { palette, reachRamp } from '../../core/colour/palette.ts';
import { simulate, visions } from '../../core/colour/cvd.ts';
import { deltaE2000, hexToLab } from '../../core/colour/lab.ts';
import { createMapLayers } from '../registry.ts';
import { choroplethIds } from './plannerChoropleth.ts';
import { createSiteReachLayer, reachColour, reachIds, reachLayers, routeData, stateMinutes } from './siteReach.ts';

type Added = { id: string; type: string; source: string; minzoom?: number; maxzoom?: number; layout?: Record<string, unknown>; paint: Record<string, unknown> };

/** A stand-in for maplibre's Map that records what a layer does to it, inserting layers before `beforeId` as maplibre does. */
function fakeMap() {
  const layers: Added[] = [];
  const sources: string[] = [];
  const states: { source: string; id: string; state: Record<string, unknown> }[] = [];
  const removed: { source: string; id: string; key: string }[] = [];
  const layout: { id: string; value: unknown }[] = [];
  const data: { source: string; data: FeatureCollection }[] = [];
  const map = {
    addSource: (id: string) => sources.push(id),
    addLayer(l: Added, before?: string) {
      const i = before === undefined ? -1 : layers.findIndex((x) => x.id === before);
      layers.splice(i < 0 ? layers.length : i, 0, l);
    },
    getLayer: (id: string) => layers.find((l) => l.id === id),
    getSource: (source: string) => ({ setData: (d: FeatureCollection) => data.push({ source, data: d }) }),
    setLayoutProperty: (id: string, _key: string, value: unknown) => layout.push({ id, value }),
    setFeatureState: (f: { source: string; id: string }, state: Record<string, unknown>) => states.push({ source: f.source, id: f.id, state }),
    removeFeatureState: (f: { source: string; id: string }, key: string) => removed.push({ source: f.source, id: f.id, key }),
    hasImage: () => false,
    addImage() {},
    on() {},
  };
  return { map: map as never, layers, sources, states, removed, layout, data };
}

type Colour = { r: number; g: number; b: number; a: number };
/** The fill colour the style gives a sector whose feature-state is `state`, as #rrggbb, or 'clear' when transparent. */
function fillFor(state: Record<string, unknown>): string {
  const e = createPropertyExpression(reachColour(), 'fill-color', latest.paint_fill!['fill-color'] as never);
  expect(e.result).toBe('success');
  const c = (e.value as unknown as { evaluate(g: object, f: object, s: object): Colour }).evaluate({ zoom: 12 }, { type: 'Polygon', properties: {} }, state);
  if (c.a === 0) return 'clear';
  return `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}

const route = { type: 'LineString' as const, coordinates: [[4.3, 50.83], [4.29, 50.82]] };

describe('reach style', () => {
  const spec = reachLayers({ sectorsSource: 'src-planner-sectors', routeSource: 'src-site-reach-route' });
  const all = [...spec.fills, ...spec.route] as unknown as Added[];

  it('is a valid maplibre style with its ids, bottom to top, hidden until a reach is set', () => {
    const empty = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    expect(validateStyleMin({ version: 8, sources: { 'src-planner-sectors': empty, 'src-site-reach-route': empty }, layers: all } as never)).toEqual([]);
    expect(all.map((l) => l.id)).toEqual(Object.values(reachIds));
    expect(all.map((l) => l.source)).toEqual(['src-planner-sectors', 'src-planner-sectors', 'src-site-reach-route', 'src-site-reach-route']);
    for (const l of all) expect(l.layout?.visibility).toBe('none');
    // every zoom: the sectors are not the planner's, which hand over from municipalities at 13
    for (const l of all) expect([l.minzoom, l.maxzoom]).toEqual([undefined, undefined]);
  });

  it('shades a sector by the class of its feature-state minutes, from the palette, upper bounds inclusive', () => {
    expect(stateMinutes).toEqual(['number', ['feature-state', 'minutes'], -1]);
    expect(reachRamp.breaksMin).toEqual([10, 20, 30]);
    const [near, mid, far] = reachRamp.colours;
    expect([0, 10, 10.5, 20, 21, 30].map((minutes) => fillFor({ minutes }))).toEqual([near, near, mid, mid, far, far]);
    // not reached by the selected site, or beyond the drawn reach
    expect(fillFor({})).toBe('clear');
    expect(fillFor({ minutes: 31 })).toBe('clear');
    expect(fillFor({ minutes: 'x' })).toBe('clear');
    // the breaks are read from the ramp, not written twice
    const two = JSON.stringify(reachColour({ breaksMin: [5, 15], colours: ['#000000', '#111111'] }));
    expect(two).toContain(',5],"#000000"');
    expect(two).toContain(',15],"#111111"');
    expect(JSON.stringify(all.find((l) => l.id === reachIds.sectorsLine)!.paint['line-opacity'])).toContain(',30]');
  });

  it('keeps the basemap readable and the classes and route apart under every colour vision', () => {
    const opacity = JSON.stringify(all.find((l) => l.id === reachIds.sectorsFill)!.paint['fill-opacity']);
    for (const n of (opacity.match(/0\.\d+/g) ?? []).map(Number)) expect(n).toBeLessThanOrEqual(0.6);
    expect(all.find((l) => l.id === reachIds.route)!.paint['line-color']).toBe(reachRamp.route);
    expect(all.find((l) => l.id === reachIds.routeCasing)!.paint['line-color']).toBe(reachRamp.routeCasing);
    const dE = (a: string, b: string) => Math.min(...visions.map((v) => deltaE2000(hexToLab(simulate(a, v)), hexToLab(simulate(b, v)))));
    const [near, mid, far] = reachRamp.colours;
    expect(dE(near, mid)).toBeGreaterThanOrEqual(10);
    expect(dE(mid, far)).toBeGreaterThanOrEqual(10);
    const lines = [...reachRamp.colours, palette.canal, palette.metro, palette.tram, palette.bus, palette.railSiding, palette.siteOccupied];
    for (const c of lines) expect(dE(c, reachRamp.route), c).toBeGreaterThanOrEqual(15);
  });

  it('gives the route one feature, or none', () => {
    expect(routeData(route).features).toHaveLength(1);
    expect(routeData(null).features).toEqual([]);
  });
});

describe('reach on a map', () => {
  const reach = (sectors: [string, number][], r: typeof route | null = route) => ({ sectors: sectors.map(([code, minutes]) => ({ code, minutes })), route: r });

  it('sets minutes only where they move when the site changes, and forgets sectors no longer reached', () => {
    const m = fakeMap();
    const l = createSiteReachLayer(m.map, { sectorsSource: 'src-planner-sectors' });
    l.add();
    expect(m.sources).toEqual([l.routeSourceId]);
    expect(l.set(reach([['A', 4], ['B', 12]]))).toBe(2);
    expect(m.states).toEqual([
      { source: 'src-planner-sectors', id: 'A', state: { minutes: 4 } },
      { source: 'src-planner-sectors', id: 'B', state: { minutes: 12 } },
    ]);
    // another site: B keeps its minutes, A is not reached, C is
    expect(l.set(reach([['B', 12], ['C', 25]]))).toBe(2);
    expect(m.removed).toEqual([{ source: 'src-planner-sectors', id: 'A', key: 'minutes' }]);
    expect(m.states.at(-1)).toEqual({ source: 'src-planner-sectors', id: 'C', state: { minutes: 25 } });
  });

  it('sets the route on its own source only when it changes, and shows or hides its layers once', () => {
    const m = fakeMap();
    const l = createSiteReachLayer(m.map, { sectorsSource: 'src-planner-sectors' });
    l.add();
    l.set(reach([['A', 4]]));
    l.set(reach([['A', 4]]));
    expect(m.data.map((d) => [d.source, d.data.features.length])).toEqual([[l.routeSourceId, 1]]);
    expect(m.layout.map((x) => x.value)).toEqual(l.styleLayerIds.map(() => 'visible'));
    expect(l.set(null)).toBe(0);
    expect(l.set(null)).toBe(0);
    expect(m.data.map((d) => d.data.features.length)).toEqual([1, 0]);
    expect(m.layout.filter((x) => x.value === 'none')).toHaveLength(l.styleLayerIds.length);
    expect(m.data.every((d) => d.source !== 'src-planner-sectors')).toBe(true); // the sector polygons are never set here
  });

  it('keeps a second map apart', () => {
    const a = fakeMap();
    const b = fakeMap();
    const onA = createSiteReachLayer(a.map, { sectorsSource: 's' });
    const onB = createSiteReachLayer(b.map, { sectorsSource: 's' });
    expect(onA.set(reach([['A', 4]]))).toBe(1);
    expect(onB.set(reach([['A', 4]]))).toBe(1); // with state shared between maps this would be 0
  });
});

describe('reach layers in the drawing order', () => {
  it('puts the sector fills above the planner choropleth and under every data layer, the route under the sites', () => {
    const m = fakeMap();
    const layers = createMapLayers(m.map);
    for (const l of layers.all) l.add('', true);
    for (const l of layers.all) l.addLabels?.(true);
    layers.addPlanner();
    layers.addReach();
    const at = (id: string) => m.layers.findIndex((l) => l.id === id);
    const firstData = layers.all[0]!.styleLayerIds[0]!;
    for (const id of [reachIds.sectorsFill, reachIds.sectorsLine]) {
      expect(at(id)).toBeGreaterThan(at(choroplethIds.sectorsFill));
      expect(at(id)).toBeLessThan(at(firstData));
      // the planner's sector polygons, not a second copy
      expect(m.layers[at(id)]!.source).toBe(layers.planner.sectorsSourceId);
    }
    expect(at(reachIds.routeCasing)).toBeLessThan(at(reachIds.route));
    expect(at(reachIds.route)).toBeLessThan(at('sites-fill'));
    expect(at(reachIds.routeCasing)).toBeGreaterThan(at('productive-zones-fill'));
    expect(layers.reach.styleLayerIds).toEqual(Object.values(reachIds));
  });
});
