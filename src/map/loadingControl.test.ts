import { describe, expect, it } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import type { MapLayer } from './layerKit.ts';
import type { MapLayers } from './registry.ts';
import { createLoadingControl } from './loadingControl.ts';

/** A map with one basemap fill, one data layer (a fill, hidden) and an idle the test fires; logs what changes. */
function fakeMap() {
  const log: string[] = [];
  const visibility: Record<string, string> = { 'bm-water': 'visible', 'zones-fill': 'none' };
  const handlers: Record<string, (() => void)[]> = {};
  const map = {
    once: (event: string, f: () => void) => void (handlers[event] ??= []).push(f),
    triggerRepaint: () => void log.push('repaint'),
    getCanvas: () => ({ getContext: () => null }),
    getStyle: () => ({ layers: [{ id: 'bm-water' }] }),
    getLayer: (id: string) => (id in visibility ? { type: 'fill' } : undefined),
    getLayoutProperty: (id: string) => visibility[id],
    getPaintProperty: () => undefined,
    setPaintProperty: (id: string, name: string, value: unknown) => {
      if (!name.endsWith('-transition')) log.push(`${id} ${name}=${String(value)}`);
    },
  } as unknown as maplibregl.Map;
  const zones = {
    id: 'productive-zones',
    styleLayerIds: ['zones-fill'],
    setVisible: (v: boolean) => {
      visibility['zones-fill'] = v ? 'visible' : 'none';
      log.push(`zones visible=${v}`);
    },
  } as unknown as MapLayer;
  const layers = { of: (id: string) => (id === 'productive-zones' ? zones : undefined) } as unknown as MapLayers;
  const fire = (event: string) => {
    const fs = handlers[event] ?? [];
    handlers[event] = [];
    for (const f of fs) f();
  };
  return { map, layers, log, fire };
}

describe('createLoadingControl', () => {
  it("holds the style's own layers (the basemap) as soon as the style exists", () => {
    const { map, layers, log, fire } = fakeMap();
    const loading = createLoadingControl(map, layers);
    fire('styledata');
    expect(log).toEqual(['bm-water fill-layer-opacity=0']);
    loading.release('basemap');
    expect(log.at(-1)).toBe('bm-water fill-layer-opacity=undefined');
  });

  it('reveals a hidden layer held, and lets it draw only after the map went idle and the GPU caught up', async () => {
    const { map, layers, log, fire } = fakeMap();
    const loading = createLoadingControl(map, layers);
    const revealed = loading.reveal('productive-zones');
    expect(log).toEqual(['zones-fill fill-layer-opacity=0', 'zones visible=true', 'repaint']);
    fire('idle');
    await revealed;
    expect(log.at(-1)).toBe('zones-fill fill-layer-opacity=undefined');
    expect(loading.shown('productive-zones')).toBe(true);
    log.length = 0;
    await loading.reveal('productive-zones'); // shown already: nothing
    expect(log).toEqual([]);
  });
});
