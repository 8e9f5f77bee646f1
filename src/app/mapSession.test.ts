import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { MapController } from '../map/mapView.ts';
import type { LayerStatus } from '../state/state.ts';
import type { ToggleId } from '../state/toggles.ts';
import type { LayerStore } from './layerStore.ts';
import { drawLayers } from './mapSession.ts';

const fc = (n: number): FeatureCollection => ({ type: 'FeatureCollection', features: Array.from({ length: n }, () => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [4.35, 50.85] } })) });

/** A store whose layers the test makes ready one by one. */
function fakeStore() {
  const data = new Map<ToggleId, FeatureCollection>();
  const statuses = new Map<ToggleId, LayerStatus>();
  const listeners = new Set<(id: ToggleId, s: LayerStatus) => void>();
  const store: LayerStore = {
    get: (id) => data.get(id),
    status: (id) => statuses.get(id),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    load: async () => {},
  };
  const set = (id: ToggleId, status: LayerStatus, d?: FeatureCollection) => {
    if (d) data.set(id, d);
    statuses.set(id, status);
    for (const l of listeners) l(id, status);
  };
  return { store, ready: (id: ToggleId) => set(id, { state: 'ready', count: 1 }, fc(1)), fail: (id: ToggleId) => set(id, { state: 'error', reason: 'missing', detail: '404' }) };
}

/**
 * A map that logs the calls the session makes; its idle and drained promises resolve when the test says so, so the
 * test decides when the map is idle and when the GPU has caught up.
 */
function fakeMap(hidden: ToggleId[] = []) {
  const log: string[] = [];
  const waits: { kind: 'idle' | 'drained'; resolve(): void }[] = [];
  const wait = (kind: 'idle' | 'drained') => new Promise<void>((resolve) => void waits.push({ kind, resolve }));
  const map = {
    setData: (id: ToggleId) => void log.push(`data ${id}`),
    hold: (t: ToggleId | 'basemap') => void log.push(`hold ${t}`),
    release: (t: ToggleId | 'basemap') => void log.push(`release ${t}`),
    shown: (id: ToggleId) => !hidden.includes(id),
    idle: () => wait('idle'),
    drained: () => wait('drained'),
  } as unknown as MapController;
  /** Resolve pending waits one by one until none has come for a few tasks (the map settles fully). */
  const settle = async () => {
    for (let quiet = 0; quiet < 5; ) {
      await new Promise((r) => setTimeout(r, 0));
      const w = waits.shift();
      if (w) w.resolve();
      quiet = w ? 0 : quiet + 1;
    }
  };
  /** Resolve the waits pending now, once, in order; log them. */
  const step = async () => {
    await new Promise((r) => setTimeout(r, 0));
    for (const w of waits.splice(0)) {
      log.push(`(${w.kind})`);
      w.resolve();
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { map, log, settle, step, pending: () => waits.map((w) => w.kind) };
}

const html = { dataset: {} as Record<string, string> };
beforeEach(() => {
  html.dataset = {};
  (globalThis as { document?: unknown }).document = { documentElement: html };
});
afterEach(() => void delete (globalThis as { document?: unknown }).document);

describe('drawLayers: nothing shown draws for the first time while the GPU is busy', () => {
  it('gives zones and sites their data held, and releases them with the basemap only once the map is idle and the GPU free', async () => {
    const { store, ready } = fakeStore();
    const { map, log, step } = fakeMap();
    drawLayers(map, store, new AbortController().signal);
    ready('productive-zones');
    ready('sites');
    expect(log).toEqual(['hold productive-zones', 'data productive-zones', 'hold sites', 'data sites']);
    await step(); // idle (the basemap's own calm and the first layers' calm both wait on it)
    expect(log.filter((l) => l.startsWith('release'))).toEqual([]);
    await step(); // drained
    expect(log.slice(log.lastIndexOf('(drained)') + 1)).toEqual(['release basemap', 'release productive-zones', 'release sites']);
    expect(html.dataset.mapReady).toBeUndefined(); // not before the map has drawn them
    await step();
    expect(html.dataset.mapReady).toBe('true');
  });

  it('hands the other shown layers over one at a time, each released after an idle and a drained GPU, and hidden ones at once', async () => {
    const { store, ready } = fakeStore();
    const { map, log, settle } = fakeMap(['transit-stops']);
    drawLayers(map, store, new AbortController().signal);
    ready('productive-zones');
    ready('sites');
    ready('communes');
    ready('transit-stops');
    ready('roads');
    await settle();
    const after = log.slice(log.indexOf('release sites') + 1);
    expect(after).toEqual([
      'hold communes', 'data communes', 'release communes',
      'data transit-stops',
      'hold roads', 'data roads', 'release roads',
    ]);
    expect(html.dataset.mapLayersDrawn).toBe('true');
  });

  it('waits for the map and the GPU between a layer given its data and its release', async () => {
    const { store, ready } = fakeStore();
    const { map, log, step, settle, pending } = fakeMap();
    drawLayers(map, store, new AbortController().signal);
    ready('productive-zones');
    ready('sites');
    await settle();
    expect(html.dataset.mapLayersDrawn).toBe('true');
    ready('region');
    expect(html.dataset.mapLayersDrawn).toBeUndefined();
    expect(log.slice(-2)).toEqual(['hold region', 'data region']);
    await new Promise((r) => setTimeout(r, 0));
    expect(pending()).toEqual(['idle']);
    await step();
    expect(log.at(-1)).toBe('(idle)');
    expect(pending()).toEqual(['drained']);
    await step();
    expect(log.slice(-2)).toEqual(['(drained)', 'release region']);
  });

  it('shows the basemap alone when its tiles are in before zones and sites, and marks the map ready even when both failed', async () => {
    const { store, fail } = fakeStore();
    const { map, log, step } = fakeMap();
    drawLayers(map, store, new AbortController().signal);
    await step();
    await step();
    expect(log).toContain('release basemap');
    fail('productive-zones');
    fail('sites');
    for (let i = 0; i < 3; i++) await step();
    expect(html.dataset.mapReady).toBe('true');
    expect(log.filter((l) => l.startsWith('data'))).toEqual([]);
  });

  it('hands zones and sites over once when both were ready before the map existed', async () => {
    const { store, ready } = fakeStore();
    ready('productive-zones');
    ready('sites');
    const { map, log, settle } = fakeMap();
    drawLayers(map, store, new AbortController().signal);
    await settle();
    expect(log.filter((l) => l.startsWith('data'))).toEqual(['data productive-zones', 'data sites']);
    expect(html.dataset.mapLayersDrawn).toBe('true');
  });

  it('stops handing layers over once aborted', async () => {
    const { store, ready } = fakeStore();
    const { map, log, settle } = fakeMap();
    const abort = new AbortController();
    drawLayers(map, store, abort.signal);
    ready('productive-zones');
    ready('sites');
    abort.abort();
    await settle();
    ready('roads');
    await settle();
    expect(log).not.toContain('release productive-zones');
    expect(log).not.toContain('data roads');
    expect(html.dataset.mapReady).toBeUndefined();
  });
});
