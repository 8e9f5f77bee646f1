import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerId, Manifest } from '../core/types.ts';
import { LayerLoadError, type GeodataSource } from '../data/source.ts';
import type { LayerStatus } from '../state/state.ts';
import { derivedStatus, loadLayers, loadOrder } from './loadLayers.ts';

const fc: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [4.3, 50.8] } }] };
const layer = (id: LayerId) => ({ id, file: `${id}.fgb`, features: 1, geometryType: 'Point' as const, bbox: [0, 0, 1, 1] as [number, number, number, number], crs: 'EPSG:4326' as const, source: { name: '', publisher: '', licence: '', date: '', files: [] }, attribution: '' });
const manifest: Manifest = { version: 1, builtAt: '', sourceDir: '', inputsHash: '', layers: [layer('villo'), layer('sites'), layer('canal')] };

/** A fake source: `canal` is corrupt, the rest load. */
const fake: GeodataSource = {
  manifest: async () => manifest,
  layer: async (id) => {
    if (id === 'canal') throw new LayerLoadError('corrupt', 'canal.fgb: not a FlatGeobuf file');
    return fc;
  },
};

describe('loadLayers', () => {
  it('loads priority layers first and reports failures per layer', async () => {
    const order: string[] = [];
    const status = new Map<string, LayerStatus>();
    await loadLayers(fake, manifest, loadOrder(['sites']), { loaded: (id) => order.push(id), status: (id, s) => status.set(id, s) }, new AbortController().signal, { concurrency: 1 });
    expect(order).toEqual(['sites', 'villo']);
    expect(loadOrder(['sites'])[0]).toBe('sites');
    expect(status.get('canal')).toMatchObject({ state: 'error', reason: 'corrupt' });
    expect(status.get('villo')).toEqual({ state: 'ready', count: 1 });
    expect(status.get('roads')).toMatchObject({ state: 'error', reason: 'missing' });
  });
});

describe('layers the manifest could not describe', () => {
  it('says a layer whose entry was skipped was skipped, and why', async () => {
    const status = new Map<string, LayerStatus>();
    const skipped = [{ section: 'layers' as const, name: 'roads', layerId: 'roads' as const, reason: 'roads.file: must be a path inside geodata/ (backslash; got "a\\\\b")' }];
    await loadLayers(fake, { ...manifest, skipped }, ['roads', 'villo'], { loaded: () => undefined, status: (id, s) => status.set(id, s) }, new AbortController().signal);
    expect(status.get('roads')).toEqual({ state: 'error', reason: 'other', detail: `skipped: ${skipped[0]!.reason}` });
    expect(status.get('villo')).toEqual({ state: 'ready', count: 1 });
  });
});

describe('derivedStatus', () => {
  const inputs = ['no2-points', 'region'] as const;
  it('names the input that could not be loaded instead of waiting for it forever', () => {
    const s = new Map<LayerId, LayerStatus>([
      ['no2-points', { state: 'ready', count: 10 }],
      ['region', { state: 'error', reason: 'missing', detail: 'region.fgb: file missing (404)' }],
    ]);
    expect(derivedStatus(inputs, s)).toEqual({ state: 'error', reason: 'missing', detail: 'needs region, which could not be loaded (region.fgb: file missing (404))' });
  });
  it('waits while an input is loading, and is null once all are ready', () => {
    expect(derivedStatus(inputs, new Map([['no2-points', { state: 'ready', count: 1 }]]))).toEqual({ state: 'loading' });
    expect(derivedStatus(inputs, new Map<LayerId, LayerStatus>([['no2-points', { state: 'ready', count: 1 }], ['region', { state: 'loading' }]]))).toEqual({ state: 'loading' });
    expect(derivedStatus(inputs, new Map([['no2-points', { state: 'ready', count: 1 }], ['region', { state: 'ready', count: 1 }]]))).toBeNull();
  });
});
