import { describe, expect, it } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import { createGate } from './gate.ts';

/** A map of style layers (type and paint) that records paint changes. */
function fakeMap(layers: Record<string, { type: string; paint?: Record<string, unknown> }>) {
  const calls: string[] = [];
  const map = {
    getLayer: (id: string) => (layers[id] ? { type: layers[id].type } : undefined),
    getPaintProperty: (id: string, name: string) => layers[id]?.paint?.[name],
    setPaintProperty: (id: string, name: string, value: unknown) => {
      calls.push(`${id} ${name}=${JSON.stringify(value)}`);
      const l = layers[id]!;
      l.paint = { ...l.paint, [name]: value };
    },
  } as unknown as maplibregl.Map;
  return { map, calls, layers };
}

describe('gate', () => {
  it('holds fills and lines by their whole-layer opacity, without a fade, and gives back the value they had', () => {
    const { map, calls, layers } = fakeMap({ zones: { type: 'fill' }, edge: { type: 'line', paint: { 'line-layer-opacity': 0.8 } } });
    const gate = createGate(map);
    gate.hold(['zones', 'edge']);
    expect(calls).toEqual([
      'zones fill-layer-opacity-transition={"duration":0,"delay":0}',
      'zones fill-layer-opacity=0',
      'edge line-layer-opacity-transition={"duration":0,"delay":0}',
      'edge line-layer-opacity=0',
    ]);
    gate.release(['zones', 'edge']);
    expect(layers.zones!.paint!['fill-layer-opacity']).toBeUndefined(); // the style's default again
    expect(layers.edge!.paint!['line-layer-opacity']).toBe(0.8);
  });

  it('holds circles by both opacities when they are constants, and leaves data-driven ones and other types alone', () => {
    const { map, calls } = fakeMap({
      stations: { type: 'circle', paint: { 'circle-opacity': 0.85 } },
      no2: { type: 'circle', paint: { 'circle-opacity': ['get', 'o'] } },
      names: { type: 'symbol' },
    });
    const gate = createGate(map);
    gate.hold(['stations', 'no2', 'names', 'missing']);
    expect(calls.filter((c) => !c.includes('transition'))).toEqual(['stations circle-opacity=0', 'stations circle-stroke-opacity=0']);
    calls.length = 0;
    gate.release(['stations', 'no2', 'names']);
    expect(calls).toEqual(['stations circle-opacity=0.85', 'stations circle-stroke-opacity=undefined']);
  });

  it('holds a layer once: a second hold does not take 0 as the value to give back', () => {
    const { map, layers } = fakeMap({ zones: { type: 'fill', paint: { 'fill-layer-opacity': 0.5 } } });
    const gate = createGate(map);
    gate.hold(['zones']);
    gate.hold(['zones']);
    gate.release(['zones']);
    expect(layers.zones!.paint!['fill-layer-opacity']).toBe(0.5);
    gate.release(['zones']); // not held any more: nothing
    expect(layers.zones!.paint!['fill-layer-opacity']).toBe(0.5);
  });
});
