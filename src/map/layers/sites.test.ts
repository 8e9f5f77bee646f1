import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { siteStatuses } from '../../core/types.ts';
import { createSitesLayer, type SiteScores } from './sites.ts';
import { statusColours } from '../../core/colour/palette.ts';

type Added = { id: string; filter?: unknown; paint: Record<string, unknown> };

/** A stand-in for maplibre's Map that records what a layer does to it. */
function fakeMap() {
  const layers: Added[] = [];
  const states: { id: string; state: Record<string, unknown> }[] = [];
  const removed: { id: string; key: string }[] = [];
  const data: FeatureCollection[] = [];
  const map = {
    addSource() {},
    addLayer: (l: Added) => layers.push(l),
    getSource: () => ({ setData: (d: FeatureCollection) => data.push(d) }),
    setFeatureState: (f: { id: string }, state: Record<string, unknown>) => states.push({ id: f.id, state }),
    removeFeatureState: (f: { id: string }, key: string) => removed.push({ id: f.id, key }),
  };
  return { map: map as never, layers, states, removed, data };
}

/** The style layers the sites layer adds. */
function addedLayers(): Added[] {
  const m = fakeMap();
  createSitesLayer(m.map).add('', true);
  return m.layers;
}

const scores = (s: number[], fail: number[] = s.map(() => 0)): SiteScores => ({
  siteIds: s.map((_, i) => `s${i}`),
  scores: Float32Array.from(s),
  failCode: Uint8Array.from(fail),
});

const square = (siteId: string, x: number): FeatureCollection['features'][number] => ({
  type: 'Feature',
  properties: { siteId },
  geometry: { type: 'Polygon', coordinates: [[[x, 50], [x + 0.01, 50], [x + 0.01, 50.01], [x, 50.01], [x, 50]]] },
});

describe('sites layer', () => {
  it('is a valid maplibre style', () => {
    const sites = createSitesLayer(fakeMap().map);
    const style = { version: 8, sources: { [sites.sourceId]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: addedLayers() };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('colours every status by its palette colour when no sector is chosen', () => {
    const fill = JSON.stringify(addedLayers().find((l) => l.id === 'sites-fill')!.paint['fill-color']);
    for (const s of siteStatuses) expect(fill).toContain(`"${s}","${statusColours[s]}"`);
  });

  it('draws land leaving production with a dashed outline, other land with a solid one', () => {
    const layers = addedLayers();
    expect(layers.map((l) => l.id)).toEqual(['sites-fill', 'sites-line', 'sites-line-dashed']);
    expect(layers[2]!.paint['line-dasharray']).toBeDefined();
    expect(JSON.stringify(layers[2]!.filter)).toContain('leaving');
    expect(layers[1]!.paint['line-dasharray']).toBeUndefined();
  });
});

describe('sites layer state, per map', () => {
  it('sets score state only for sites whose colour moves', () => {
    const m = fakeMap();
    const sites = createSitesLayer(m.map);
    expect(sites.setScores(scores([0.5, 0.25, 0.75]))).toBe(3);
    expect(m.states.map((s) => s.state)).toEqual([{ score: 0.5, pass: true }, { score: 0.25, pass: true }, { score: 0.75, pass: true }]);
    // the same scores, or a change below the colour's resolution: nothing to set
    expect(sites.setScores(scores([0.5, 0.25, 0.7501]))).toBe(0);
    // one site fails its gates now, one moves
    expect(sites.setScores(scores([0.5, 0.3, 0.75], [0, 0, 2]))).toBe(2);
    expect(m.states.slice(3)).toEqual([{ id: 's1', state: { score: 0.3, pass: true } }, { id: 's2', state: { score: 0.75, pass: false } }]);
  });

  it('clears the score state of the sites it set, and only those', () => {
    const m = fakeMap();
    const sites = createSitesLayer(m.map);
    sites.setScores(scores([0.5, 0.25]));
    expect(sites.setScores(null)).toBe(2);
    expect(m.removed).toEqual([{ id: 's0', key: 'pass' }, { id: 's0', key: 'score' }, { id: 's1', key: 'pass' }, { id: 's1', key: 'score' }]);
    expect(sites.setScores(null)).toBe(0);
    // cleared: the next scores are set again in full
    expect(sites.setScores(scores([0.5, 0.25]))).toBe(2);
  });

  it('keeps a second map apart: scores, highlights and bounds set on one never skip or leak into the other', () => {
    const a = fakeMap();
    const b = fakeMap();
    const onA = createSitesLayer(a.map);
    const onB = createSitesLayer(b.map);
    const s = scores([0.5, 0.25, 0.75]);
    expect(onA.setScores(s)).toBe(3);
    expect(onB.setScores(s)).toBe(3); // with state shared between maps this would be 0, and map B would stay uncoloured
    expect(b.states).toEqual(a.states);

    onA.setState('hover', 's1');
    onB.setState('hover', 's1');
    expect(b.states.at(-1)).toEqual({ id: 's1', state: { hover: true } });
    onA.setState('hover', null);
    expect(a.states.at(-1)).toEqual({ id: 's1', state: { hover: false } });
    expect(b.states.at(-1)).toEqual({ id: 's1', state: { hover: true } });

    onA.setData({ type: 'FeatureCollection', features: [square('s0', 4.3)] });
    expect(a.data).toHaveLength(1);
    expect(onA.bounds('s0')).toEqual([4.3, 50, 4.31, 50.01]);
    expect(onB.bounds('s0')).toBeUndefined();
  });

  it('forgets the bounds of sites a new load no longer has', () => {
    const sites = createSitesLayer(fakeMap().map);
    sites.setData({ type: 'FeatureCollection', features: [square('s0', 4.3), square('s1', 4.4)] });
    sites.setData({ type: 'FeatureCollection', features: [square('s1', 4.4)] });
    expect(sites.bounds('s0')).toBeUndefined();
    expect(sites.bounds('s1')?.[0]).toBe(4.4);
  });
});
