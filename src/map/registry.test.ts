import { describe, expect, it } from 'vitest';
import { toggleIds } from '../state/toggles.ts';
import { createMapLayers } from './registry.ts';

/** A stand-in for maplibre's Map that records the sources and style layers added to it. */
function fakeMap() {
  const sources: string[] = [];
  const layers: string[] = [];
  const map = {
    addSource: (id: string) => sources.push(id),
    addLayer: (l: { id: string }) => layers.push(l.id),
    getLayer: () => ({}),
    setLayoutProperty() {},
    on() {},
  };
  return { map: map as never, sources, layers };
}

/** Add every layer of `map`, as the map view does on load. */
function addAll(map: ReturnType<typeof fakeMap>['map']) {
  const layers = createMapLayers(map);
  for (const l of layers.all) l.add('', true);
  for (const l of layers.all) l.addLabels?.(true);
  return layers;
}

describe('createMapLayers', () => {
  it('has one layer per toggle, each with its own source and style layers', () => {
    const layers = createMapLayers(fakeMap().map);
    expect(layers.all.map((l) => l.id).sort()).toEqual([...toggleIds].sort());
    expect(new Set(layers.all.map((l) => l.sourceId)).size).toBe(layers.all.length);
    const ids = layers.all.flatMap((l) => l.styleLayerIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(layers.of('sites')).toBe(layers.sites);
  });

  it('adds labels above every fill and line, sites above the context they are read against', () => {
    const m = fakeMap();
    addAll(m.map);
    const labels = m.layers.filter((id) => id.endsWith('-label'));
    expect(m.layers.slice(-labels.length)).toEqual(labels);
    expect(m.layers.indexOf('sites-fill')).toBeGreaterThan(m.layers.indexOf('productive-zones-fill'));
    expect(m.layers.indexOf('sites-fill')).toBeGreaterThan(m.layers.indexOf('roads-major'));
  });

  it('builds a fresh set per map: a second map gets every source and layer too', () => {
    const a = fakeMap();
    const b = fakeMap();
    const onA = addAll(a.map);
    const onB = addAll(b.map);
    expect(b.sources).toEqual(a.sources);
    expect(b.layers).toEqual(a.layers);
    expect(onB.sites).not.toBe(onA.sites);
    for (const l of onA.all) expect(onB.all).not.toContain(l);
  });
});
