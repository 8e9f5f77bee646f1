import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createMapLayers } from '../registry.ts';
import { choroplethIds, choroplethLayers, createPlannerChoropleth, defaultSectorZoom, stateColour, type ChoroplethColours } from './plannerChoropleth.ts';

type Added = { id: string; source: string; minzoom?: number; maxzoom?: number; layout?: Record<string, unknown>; paint: Record<string, unknown> };
type Handler = (e: unknown) => void;

/** A stand-in for maplibre's Map that records what a layer does to it, inserting layers before `beforeId` as maplibre does. */
function fakeMap() {
  const layers: Added[] = [];
  const sources: string[] = [];
  const sourceOptions = new Map<string, { promoteId?: string }>();
  const states: { source: string; id: string; state: Record<string, unknown> }[] = [];
  const removed: { source: string; id: string; key: string }[] = [];
  const layout: { id: string; value: unknown }[] = [];
  const handlers: { type: string; layers: string[]; fn: Handler }[] = [];
  const data: FeatureCollection[] = [];
  let underPointer: string[] = []; // layers with a feature under the pointer, for queryRenderedFeatures
  const map = {
    addSource(id: string, o: { promoteId?: string }) {
      sources.push(id);
      sourceOptions.set(id, o);
    },
    addLayer(l: Added, before?: string) {
      const i = before === undefined ? -1 : layers.findIndex((x) => x.id === before);
      layers.splice(i < 0 ? layers.length : i, 0, l);
    },
    getLayer: (id: string) => layers.find((l) => l.id === id),
    getSource: () => ({ setData: (d: FeatureCollection) => data.push(d) }),
    setLayoutProperty: (id: string, _key: string, value: unknown) => layout.push({ id, value }),
    setFeatureState: (f: { source: string; id: string }, state: Record<string, unknown>) => states.push({ source: f.source, id: f.id, state }),
    removeFeatureState: (f: { source: string; id: string }, key: string) => removed.push({ source: f.source, id: f.id, key }),
    hasImage: () => false,
    addImage() {},
    on: (type: string, l: string | string[], fn?: Handler) => fn && handlers.push({ type, layers: ([] as string[]).concat(l), fn }),
    getCanvas: () => ({ style: { cursor: '' } }),
    queryRenderedFeatures: (_p: unknown, o: { layers: string[] }) => o.layers.filter((l) => underPointer.includes(l)).map(() => ({})),
  };
  const fire = (type: string, e: unknown) => handlers.filter((h) => h.type === type).forEach((h) => h.fn(e));
  return { map: map as never, layers, sources, sourceOptions, states, removed, layout, data, fire, pointerOver: (ids: string[]) => void (underPointer = ids) };
}

const colours = (m: [string, string][], s: [string, string][] = [], selectedNis: string | null = null): ChoroplethColours => ({
  municipalities: m.map(([code, colour]) => ({ code, colour })),
  sectors: s.map(([code, colour]) => ({ code, colour })),
  selectedNis,
});

const square = (nis: string, x: number): FeatureCollection['features'][number] => ({
  type: 'Feature',
  properties: { nis, nameFr: nis, nameNl: nis },
  geometry: { type: 'Polygon', coordinates: [[[x, 50.8], [x + 0.05, 50.8], [x + 0.05, 50.85], [x, 50.85], [x, 50.8]]] },
});

describe('choropleth style', () => {
  const spec = choroplethLayers({ municipalitiesSource: 'src-communes', sectorsSource: 'src-planner-sectors', sectorZoom: 13 });
  const all = [...spec.fills, ...spec.lines];
  const byId = (id: string) => all.find((l) => l.id === id) as unknown as Added;

  it('is a valid maplibre style', () => {
    const empty = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    expect(validateStyleMin({ version: 8, sources: { 'src-communes': empty, 'src-planner-sectors': empty }, layers: all } as never)).toEqual([]);
  });

  it('draws municipalities below the sector zoom and sectors from it, the selection outline at every zoom', () => {
    expect(all.map((l) => l.id)).toEqual(Object.values(choroplethIds));
    for (const id of [choroplethIds.municipalitiesFill, choroplethIds.municipalitiesLine]) expect(byId(id)).toMatchObject({ source: 'src-communes', maxzoom: 13 });
    for (const id of [choroplethIds.sectorsFill, choroplethIds.sectorsLine]) expect(byId(id)).toMatchObject({ source: 'src-planner-sectors', minzoom: 13 });
    expect(byId(choroplethIds.selectedLine)).toMatchObject({ source: 'src-communes' });
    expect(byId(choroplethIds.selectedLine).minzoom).toBeUndefined();
    expect(byId(choroplethIds.selectedLine).maxzoom).toBeUndefined();
    const other = choroplethLayers({ municipalitiesSource: 'a', sectorsSource: 'b', sectorZoom: 12.5 });
    expect(other.fills.map((l) => [l.minzoom, l.maxzoom])).toEqual([[undefined, 12.5], [12.5, undefined]]);
    expect(defaultSectorZoom).toBe(13);
  });

  it('colours each area from its feature-state, transparent where no colour was given', () => {
    for (const id of [choroplethIds.municipalitiesFill, choroplethIds.sectorsFill]) expect(byId(id).paint['fill-color']).toEqual(stateColour);
    const e = createPropertyExpression(stateColour, 'fill-color', latest.paint_fill!['fill-color'] as never);
    expect(e.result).toBe('success');
    const value = e.value as unknown as { evaluate(g: object, f: object, s: object): { r: number; g: number; b: number; a: number } };
    const feature = { type: 'Polygon', properties: {} };
    const c = value.evaluate({ zoom: 11 }, feature, { colour: '#08519c' });
    expect([c.r * 255, c.g * 255, c.b * 255, c.a].map(Math.round)).toEqual([8, 81, 156, 1]);
    expect(value.evaluate({ zoom: 11 }, feature, {}).a).toBe(0);
  });

  it('keeps the basemap readable: fills at most 0.65 opaque, and every layer hidden until the planner shows it', () => {
    const opacity = JSON.stringify(byId(choroplethIds.municipalitiesFill).paint['fill-opacity']);
    for (const n of (opacity.match(/0\.\d+/g) ?? []).map(Number)) expect(n).toBeLessThanOrEqual(0.65);
    for (const l of all) expect(l.layout?.visibility).toBe('none');
  });
});

describe('choropleth on a map', () => {
  it('sets a colour only where it moves, and forgets areas no longer coloured', () => {
    const m = fakeMap();
    const c = createPlannerChoropleth(m.map, { municipalitiesSource: 'src-communes' });
    expect(c.set(colours([['21001', '#aaa'], ['21004', '#bbb']], [['21001A00-', '#ccc']]))).toBe(3);
    expect(m.states).toEqual([
      { source: 'src-communes', id: '21001', state: { colour: '#aaa' } },
      { source: 'src-communes', id: '21004', state: { colour: '#bbb' } },
      { source: c.sectorsSourceId, id: '21001A00-', state: { colour: '#ccc' } },
    ]);
    // a new indicator: one municipality changes class, one has no value any more
    expect(c.set(colours([['21001', '#aaa'], ['21004', '#ddd']], [['21001A00-', '#ccc']]))).toBe(1);
    expect(c.set(colours([['21004', '#ddd']], [['21001A00-', '#ccc']]))).toBe(1);
    expect(m.removed).toEqual([{ source: 'src-communes', id: '21001', key: 'colour' }]);
  });

  it('moves the selection outline with two feature states and shows or hides its layers once', () => {
    const m = fakeMap();
    const c = createPlannerChoropleth(m.map, { municipalitiesSource: 'src-communes' });
    c.add();
    c.set(colours([], [], '21001'));
    c.set(colours([], [], '21004'));
    expect(m.states).toEqual([
      { source: 'src-communes', id: '21001', state: { selected: true } },
      { source: 'src-communes', id: '21001', state: { selected: false } },
      { source: 'src-communes', id: '21004', state: { selected: true } },
    ]);
    expect(m.layout.map((l) => l.value)).toEqual(c.styleLayerIds.map(() => 'visible'));
    expect(c.set(null)).toBe(0);
    expect(c.set(null)).toBe(0);
    expect(m.layout.filter((l) => l.value === 'none')).toHaveLength(c.styleLayerIds.length);
  });

  it('keeps a second map apart: colours, selection and bounds set on one never leak into the other', () => {
    const a = fakeMap();
    const b = fakeMap();
    const onA = createPlannerChoropleth(a.map, { municipalitiesSource: 'src-communes' });
    const onB = createPlannerChoropleth(b.map, { municipalitiesSource: 'src-communes' });
    const c = colours([['21001', '#aaa']], [], '21001');
    expect(onA.set(c)).toBe(2);
    expect(onB.set(c)).toBe(2); // with state shared between maps this would be 0, and map B would stay uncoloured
    expect(b.states).toEqual(a.states);
    onA.indexMunicipalities({ type: 'FeatureCollection', features: [square('21001', 4.3)] });
    expect(onA.bounds('21001')).toEqual([4.3, 50.8, 4.35, 50.85]);
    expect(onB.bounds('21001')).toBeUndefined();
  });

  it('gives sectors their data through its own source, ids promoted from `code`', () => {
    const m = fakeMap();
    const c = createPlannerChoropleth(m.map, { municipalitiesSource: 'src-communes' });
    c.add();
    expect(m.sources).toEqual([c.sectorsSourceId]);
    c.setSectors({ type: 'FeatureCollection', features: [] });
    expect(m.data).toHaveLength(1);
  });

  it('calls back with the NIS of a clicked municipality or sector, unless a site is under the pointer', () => {
    const m = fakeMap();
    const c = createPlannerChoropleth(m.map, { municipalitiesSource: 'src-communes' });
    const clicked: string[] = [];
    c.listen('sites-fill', (nis) => clicked.push(nis));
    m.fire('click', { point: {}, features: [{ properties: { nis: '21001' } }] });
    m.fire('click', { point: {}, features: [{ properties: { code: '21004A12-', nis: '21004' } }] });
    m.pointerOver(['sites-fill']);
    m.fire('click', { point: {}, features: [{ properties: { nis: '21009' } }] });
    expect(clicked).toEqual(['21001', '21004']);
  });
});

describe('planner layers in the drawing order', () => {
  it('puts the choropleth fills under every data layer, its outlines and the losses under the zones and sites', () => {
    const m = fakeMap();
    const layers = createMapLayers(m.map);
    for (const l of layers.all) l.add('', true);
    for (const l of layers.all) l.addLabels?.(true);
    layers.addPlanner();
    const at = (id: string) => m.layers.findIndex((l) => l.id === id);
    const firstData = layers.all[0]!.styleLayerIds[0]!;
    expect(at(choroplethIds.municipalitiesFill)).toBeLessThan(at(firstData));
    expect(at(choroplethIds.sectorsFill)).toBeLessThan(at(firstData));
    for (const id of [choroplethIds.selectedLine, 'land-losses-fill', 'land-losses-line']) {
      expect(at(id)).toBeGreaterThan(at('roads-major'));
      expect(at(id)).toBeLessThan(at('productive-zones-fill'));
      expect(at(id)).toBeLessThan(at('sites-fill'));
    }
    expect(at('land-losses-fill')).toBeGreaterThan(at(choroplethIds.selectedLine));
    // the municipalities are the communes layer's polygons, not a second copy, with feature ids from their NIS code
    const communes = layers.of('communes')!.sourceId;
    expect(m.layers[at(choroplethIds.municipalitiesFill)]!.source).toBe(communes);
    expect(m.sourceOptions.get(communes)?.promoteId).toBe('nis');
  });
});
