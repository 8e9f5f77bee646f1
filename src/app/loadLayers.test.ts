import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerId, Manifest } from '../core/types.ts';
import { LayerLoadError, type GeodataSource } from '../data/source.ts';
import type { LayerStatus } from '../state/state.ts';
import { loadLayers, loadOrder } from './loadLayers.ts';

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
