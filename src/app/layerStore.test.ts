import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerId, Manifest } from '../core/types.ts';
import { LayerLoadError, type GeodataSource } from '../data/source.ts';
import type { Action, LayerStatus } from '../state/state.ts';
import type { ToggleId } from '../state/toggles.ts';
import { createLayerStore, startLayers } from './layerStore.ts';

const point = (lng: number, lat: number, props: Record<string, unknown> = {}) => ({ type: 'Feature' as const, properties: props, geometry: { type: 'Point' as const, coordinates: [lng, lat] } });
const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
const entry = (id: LayerId) => ({ id, file: `${id}.fgb`, features: 1, geometryType: 'Point' as const, bbox: [0, 0, 1, 1] as [number, number, number, number], crs: 'EPSG:4326' as const, source: { name: '', publisher: '', licence: '', date: '', files: [] }, attribution: '' });
const manifest: Manifest = { version: 1, builtAt: '', sourceDir: '', inputsHash: '', layers: (['productive-zones', 'sites', 'villo', 'canal', 'no2-points', 'region'] as const).map(entry) };

const no2 = fc([point(4.30, 50.80, { no2UgM3: 10 }), point(4.32, 50.80, { no2UgM3: 30 }), point(4.30, 50.82, { no2UgM3: 20 })]);
const region = fc([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[4.29, 50.79], [4.33, 50.79], [4.33, 50.83], [4.29, 50.83], [4.29, 50.79]]] } }]);

/** A fake source: `canal` is corrupt, the rest load; counts the reads. */
function fakeSource(extra: Partial<GeodataSource> = {}): GeodataSource & { reads: LayerId[] } {
  const reads: LayerId[] = [];
  return {
    reads,
    manifest: async () => manifest,
    layer: async (id) => {
      reads.push(id);
      if (id === 'canal') throw new LayerLoadError('corrupt', 'canal.fgb: not a FlatGeobuf file');
      if (id === 'no2-points') return no2;
      if (id === 'region') return region;
      return fc([point(4.3, 50.8, { siteId: `${id}-1` })]);
    },
    ...extra,
  };
}

const signal = () => new AbortController().signal;

describe('createLayerStore', () => {
  it('loads layers without any map, tells each status, and has the data in place when it says ready', async () => {
    const store = createLayerStore(fakeSource());
    const told: [ToggleId, LayerStatus['state'], boolean][] = [];
    store.subscribe((id, s) => told.push([id, s.state, store.get(id) !== undefined]));
    await store.load(['sites', 'canal', 'roads'], signal());
    expect(store.status('sites')).toEqual({ state: 'ready', count: 1 });
    expect(store.get('sites')?.features[0]?.properties?.siteId).toBe('sites-1');
    expect(store.status('canal')).toMatchObject({ state: 'error', reason: 'corrupt' });
    expect(store.status('roads')).toMatchObject({ state: 'error', reason: 'missing' });
    expect(told).toContainEqual(['sites', 'loading', false]);
    expect(told).toContainEqual(['sites', 'ready', true]);
  });

  it('does not read a layer twice, and stops telling a listener that unsubscribed', async () => {
    const source = fakeSource();
    const store = createLayerStore(source);
    const told: ToggleId[] = [];
    const stop = store.subscribe((id) => told.push(id));
    await store.load(['sites'], signal());
    stop();
    await store.load(['sites', 'villo'], signal());
    expect(source.reads).toEqual(['sites', 'villo']);
    expect(told).not.toContain('villo');
  });

  it('a second caller asking for a layer still loading waits for it, and it is read once', async () => {
    let open = () => {};
    const gate = new Promise<void>((r) => (open = r));
    const base = fakeSource();
    const source = { ...base, layer: async (id: LayerId, s: AbortSignal) => (await gate, base.layer(id, s)) };
    const store = createLayerStore(source);
    const first = store.load(['region'], signal());
    let secondDone = false;
    const second = store.load(['region'], signal()).then(() => (secondDone = true)); // e.g. an import before the region arrived
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(secondDone).toBe(false);
    open();
    await second;
    expect(store.get('region')).toBe(region);
    await first;
    expect(base.reads).toEqual(['region']);
  });

  it('derives the NO2 surface once its inputs are in, through the source when it offers to compute it', async () => {
    const computed: number[] = [];
    const source = fakeSource({
      no2Surface: async (points, r) => {
        computed.push(points.features.length + (r?.features.length ?? 0));
        return fc([point(0, 0)]);
      },
    });
    const store = createLayerStore(source);
    await store.load(['no2-points'], signal());
    expect(store.status('no2-surface')).toEqual({ state: 'loading' });
    await store.load(['region'], signal());
    expect(computed).toEqual([4]);
    expect(store.status('no2-surface')).toEqual({ state: 'ready', count: 1 });
  });

  it('computes the surface on the calling thread when the source cannot, clipped to the region', async () => {
    const store = createLayerStore(fakeSource());
    await store.load(['no2-points', 'region'], signal());
    const surface = store.get('no2-surface');
    expect(surface?.features.length).toBeGreaterThan(0);
    expect(store.status('no2-surface')).toEqual({ state: 'ready', count: surface?.features.length });
  });

  it('says which input a derived layer lacks instead of loading forever', async () => {
    const source = fakeSource();
    const store = createLayerStore({ ...source, manifest: async () => ({ ...manifest, layers: manifest.layers.filter((l) => l.id !== 'region') }) });
    await store.load(['no2-points', 'region'], signal());
    expect(store.status('no2-surface')).toMatchObject({ state: 'error', reason: 'missing', detail: expect.stringContaining('needs region') });
  });

  it('marks every asked layer failed when the manifest cannot be read', async () => {
    const store = createLayerStore({ ...fakeSource(), manifest: async () => Promise.reject(new LayerLoadError('missing', 'manifest.json: HTTP 404')) });
    await store.load(['sites', 'villo'], signal());
    expect(store.status('sites')).toEqual({ state: 'error', reason: 'missing', detail: 'manifest.json: HTTP 404' });
    expect(store.status('villo')?.state).toBe('error');
  });

  it('keeps telling the other listeners when one throws', async () => {
    const store = createLayerStore(fakeSource());
    const told: ToggleId[] = [];
    const failures: unknown[] = [];
    const onError = (e: unknown) => failures.push(e);
    process.on('uncaughtException', onError);
    try {
      store.subscribe(() => {
        throw new Error('listener bug');
      });
      store.subscribe((id) => told.push(id));
      await store.load(['villo'], signal());
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(told).toContain('villo');
  });

  it('stops telling statuses once the load is aborted', async () => {
    const ac = new AbortController();
    const store = createLayerStore(fakeSource({ layer: (_id, s) => new Promise((_ok, fail) => (s.aborted ? fail(s.reason) : s.addEventListener('abort', () => fail(s.reason)))) }));
    const run = store.load(['sites'], ac.signal);
    ac.abort();
    await run;
    expect(store.status('sites')).toEqual({ state: 'loading' });
  });
});

describe('startLayers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads zones and sites alone, the rest once told to, mirrors statuses into the state and flags when all settled', async () => {
    const html = { dataset: {} as Record<string, string> };
    vi.stubGlobal('document', { documentElement: html });
    const source = fakeSource();
    const store = createLayerStore(source);
    const actions: Action[] = [];
    let readsWhenTold: LayerId[] = [];
    await startLayers(store, ['villo', 'no2-surface'], (a) => actions.push(a), signal(), async () => {
      readsWhenTold = [...source.reads];
    });
    expect(readsWhenTold.sort()).toEqual(['productive-zones', 'sites']);
    expect(source.reads.slice(2, 3)).toEqual(['villo']); // visible layers first among the rest
    expect(html.dataset.layersReady).toBe('true');
    const last = new Map(actions.flatMap((a) => (a.type === 'setStatus' ? [[a.id, a.status.state] as const] : [])));
    expect(last.get('sites')).toBe('ready');
    expect(last.get('canal')).toBe('error');
    expect(last.get('no2-surface')).toBe('ready');
    expect([...last.values()]).not.toContain('loading');
  });
});
