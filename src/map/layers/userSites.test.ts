import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { palette, statusColours } from '../../core/colour/palette.ts';
import { createMapLayers } from '../registry.ts';
import { createUserSitesLayer, draftId, userSiteColour, userSiteIds, userSitesStyle } from './userSites.ts';

type Added = { id: string; type: string; source: string; filter?: unknown; layout?: Record<string, unknown>; paint: Record<string, unknown> };

/** A stand-in for maplibre's Map that records what a layer does to it. */
function fakeMap(rendered: { id: string }[] = []) {
  const layers: Added[] = [];
  const states: { source: string; id: string; state: Record<string, unknown> }[] = [];
  const data: FeatureCollection[] = [];
  const queried: unknown[] = [];
  const map = {
    addSource() {},
    addLayer: (l: Added) => layers.push(l),
    getLayer: (id: string) => layers.find((l) => l.id === id),
    getSource: () => ({ setData: (d: FeatureCollection) => data.push(d) }),
    setLayoutProperty: (id: string, key: string, value: unknown) => void (layers.find((l) => l.id === id)!.layout![key] = value),
    setFeatureState: (f: { source: string; id: string }, state: Record<string, unknown>) => states.push({ source: f.source, id: f.id, state }),
    queryRenderedFeatures: (_p: unknown, o: unknown) => (queried.push(o), rendered),
    on() {},
  };
  return { map: map as never, layers, states, data, queried };
}

const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 50.8], [x + 0.01, 50.8], [x + 0.01, 50.81], [x, 50.81], [x, 50.8]]] });
const site = (siteId: string, geometry: Feature['geometry']): Feature => ({ type: 'Feature', properties: { siteId, status: 'user' }, geometry });
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** What the filter of a style layer lets through, by geometry type and draft flag (evaluated by maplibre's own code). */
function passes(filter: unknown, geometryType: 'Polygon' | 'Point', siteId: string): boolean {
  const f = featureFilter(filter as never, 'layers[0].filter');
  const type = geometryType === 'Point' ? 1 : 3;
  return f.filter({ zoom: 14 } as never, { type, properties: { siteId }, geometry: [] } as never);
}

describe('user-sites layer', () => {
  it('is a valid maplibre style: fill, thick outline, dashed draft and circles, in that order', () => {
    const m = fakeMap();
    const layer = createUserSitesLayer(m.map);
    layer.add('', true);
    const style = { version: 8, sources: { [layer.sourceId]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: m.layers };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(m.layers.map((l) => l.id)).toEqual([userSiteIds.fill, userSiteIds.line, userSiteIds.draft, userSiteIds.point]);
    expect(layer.styleLayerIds).toEqual(m.layers.map((l) => l.id));
    expect(m.layers.map((l) => l.type)).toEqual(['fill', 'line', 'line', 'circle']);
    expect(m.layers[2]!.paint['line-dasharray']).toBeDefined();
    for (const l of m.layers) expect(l.layout?.visibility).toBe('visible');
  });

  it('draws in its own colour, apart from every status colour and the zones, with an outline thicker than shipped sites', () => {
    const [fill, line, , point] = userSitesStyle().layers as Added[];
    expect(fill!.paint['fill-color']).toBe(userSiteColour);
    expect(JSON.stringify(line!.paint['line-color'])).toContain(userSiteColour);
    expect(point!.paint['circle-color']).toBe(userSiteColour);
    expect([...Object.values(statusColours), palette.productiveZone, palette.siteUnknown]).not.toContain(userSiteColour);
    // the shipped sites' outline is 0.8 px at rest
    const width = line!.paint['line-width'] as unknown[];
    expect(width.at(-1)).toBeGreaterThanOrEqual(3);
    expect(userSitesStyle('#123456').layers[0]!.paint).toMatchObject({ 'fill-color': '#123456' });
  });

  it('highlights hover and selection through feature-state, like the shipped sites', () => {
    const [fill, line, , point] = userSitesStyle().layers as Added[];
    for (const paint of [fill!.paint['fill-opacity'], line!.paint['line-width'], point!.paint['circle-radius']]) {
      expect(JSON.stringify(paint)).toContain('"feature-state","selected"');
      expect(JSON.stringify(paint)).toContain('"feature-state","hover"');
    }
    expect(userSitesStyle().sourceOptions).toEqual({ promoteId: 'siteId' });
  });

  it('filters polygons to the fill and outline, points to the circles, the draft to its dashed line', () => {
    const [fill, line, draft, point] = userSitesStyle().layers as Added[];
    expect(passes(fill!.filter, 'Polygon', 'user-a')).toBe(true);
    expect(passes(fill!.filter, 'Point', 'user-a')).toBe(false);
    expect(passes(fill!.filter, 'Polygon', draftId)).toBe(false);
    expect(passes(line!.filter, 'Polygon', 'user-a')).toBe(true);
    expect(passes(point!.filter, 'Point', 'user-a')).toBe(true);
    expect(passes(point!.filter, 'Polygon', 'user-a')).toBe(false);
    expect(passes(draft!.filter, 'Polygon', draftId)).toBe(true);
    expect(passes(draft!.filter, 'Polygon', 'user-a')).toBe(false);
  });

  it('sets the data whole, leaves out the site being edited, adds the draft, and knows each site’s bounds', () => {
    const m = fakeMap();
    const layer = createUserSitesLayer(m.map);
    layer.add('', true);
    layer.setData(fc(site('user-a', square(4.3)), site('user-b', { type: 'Point', coordinates: [4.35, 50.85] })));
    expect(m.data.at(-1)!.features.map((f) => f.properties!.siteId)).toEqual(['user-a', 'user-b']);
    expect(layer.bounds('user-a')).toEqual([4.3, 50.8, 4.31, 50.81]);
    expect(layer.bounds('user-b')).toEqual([4.35, 50.85, 4.35, 50.85]);
    expect(layer.bounds('nope')).toBeUndefined();
    layer.hide('user-a');
    expect(m.data.at(-1)!.features.map((f) => f.properties!.siteId)).toEqual(['user-b']);
    const drawn = square(4.4);
    layer.setDraft(drawn);
    expect(m.data.at(-1)!.features.map((f) => f.properties!.siteId)).toEqual(['user-b', draftId]);
    expect(m.data.at(-1)!.features.at(-1)!.geometry).toBe(drawn);
    const sets = m.data.length;
    layer.setDraft(drawn);
    layer.hide('user-a');
    expect(m.data).toHaveLength(sets); // nothing changed: no setData
    layer.hide(null);
    layer.setDraft(null);
    expect(m.data.at(-1)!.features.map((f) => f.properties!.siteId)).toEqual(['user-a', 'user-b']);
  });

  it('moves hover and selection on its own source only when they change', () => {
    const m = fakeMap();
    const layer = createUserSitesLayer(m.map);
    layer.setState('hover', 'user-a');
    layer.setState('hover', 'user-a');
    layer.setState('hover', 'user-b');
    layer.setState('selected', 'user-b');
    layer.setState('hover', null);
    expect(m.states).toEqual([
      { source: layer.sourceId, id: 'user-a', state: { hover: true } },
      { source: layer.sourceId, id: 'user-a', state: { hover: false } },
      { source: layer.sourceId, id: 'user-b', state: { hover: true } },
      { source: layer.sourceId, id: 'user-b', state: { selected: true } },
      { source: layer.sourceId, id: 'user-b', state: { hover: false } },
    ]);
  });

  it('answers which user site lies at a point, querying its polygons and points only', () => {
    const m = fakeMap([{ id: 'user-top' } as never, { id: 'user-below' } as never]);
    const layer = createUserSitesLayer(m.map);
    expect(layer.siteAt([0, 0])).toBeNull(); // not added yet: nothing to query
    layer.add('', true);
    expect(layer.siteAt([10, 10])).toBe('user-top');
    expect(m.queried.at(-1)).toEqual({ layers: [userSiteIds.fill, userSiteIds.point] });
    expect(layer.hitLayerIds).toEqual([userSiteIds.fill, userSiteIds.point]);
    expect(createUserSitesLayer(fakeMap([]).map).siteAt([0, 0])).toBeNull();
  });

  it('is drawn just above the shipped sites, and each map gets its own instance', () => {
    const m = fakeMap();
    const layers = createMapLayers(m.map);
    for (const l of layers.all) l.add('', true);
    const ids = m.layers.map((l) => l.id);
    expect(ids.indexOf(userSiteIds.fill)).toBeGreaterThan(ids.indexOf('sites-line-dashed'));
    expect(ids.indexOf(userSiteIds.point)).toBeLessThan(ids.indexOf('sensitive-circle') === -1 ? Infinity : ids.indexOf('sensitive-circle'));
    expect(layers.of('user-sites')).toBe(layers.userSites);
    expect(createMapLayers(fakeMap().map).userSites).not.toBe(layers.userSites);
  });

  it('hides and shows every style layer with its toggle', () => {
    const m = fakeMap();
    const layer = createUserSitesLayer(m.map);
    layer.add('', false);
    for (const l of m.layers) expect(l.layout?.visibility).toBe('none');
    layer.setVisible(true);
    for (const l of m.layers) expect(l.layout?.visibility).toBe('visible');
  });
});
