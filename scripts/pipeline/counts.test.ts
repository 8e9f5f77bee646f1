import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestLayer } from '../../src/core/types.ts';
import { PipelineError } from './errors.ts';
import { checkLayerCounts, countDrops } from './counts.ts';

const manifest = (counts: Partial<Record<ManifestLayer['id'], number>>): Manifest =>
  ({ version: 1, builtAt: '', sourceDir: '', inputsHash: '', layers: Object.entries(counts).map(([id, features]) => ({ id, features }) as ManifestLayer) });
const previous = manifest({ 'transit-stops': 2597, villo: 346, sites: 368 });
const o = { minShare: 0.5, acceptDrops: false, manifestPath: 'geodata/manifest.json' };

describe('the count rule against the previous manifest', () => {
  it('lets counts at or above half of the previous ones through, and anything without a previous manifest', () => {
    expect(countDrops(previous, [{ id: 'transit-stops', features: 2595 }, { id: 'villo', features: 173 }, { id: 'roads', features: 1 }], 0.5)).toEqual([]);
    expect(countDrops(undefined, [{ id: 'transit-stops', features: 1 }], 0.5)).toEqual([]);
  });

  it('fails naming the layer, both counts, the manifest, the rule and the way to accept it', () => {
    const run = () => checkLayerCounts(previous, [{ id: 'transit-stops', features: 1 }, { id: 'sites', features: 368 }], o);
    expect(run).toThrow(PipelineError);
    expect(run).toThrow(
      'layer transit-stops: 1 features against 2597 in the previous build (geodata/manifest.json): below 50 % of the previous count, so the build stops and the previous output stays. ' +
        'Rule: every layer keeps at least 50 % of the features of the previous build. Check stib-opendata-2024/stib_stops_with_lines_2024.geojson; ' +
        'if the drop is expected, run again with --accept-drops (pipeline option acceptDrops).',
    );
  });

  it('names every layer that fell, with its counts', () => {
    expect(() => checkLayerCounts(previous, [{ id: 'transit-stops', features: 10 }, { id: 'villo', features: 100 }], o)).toThrow(
      /^layers transit-stops, villo: transit-stops 10 features against 2597 in the previous build; villo 100 features against 346/,
    );
  });

  it('follows the configured share, and acceptDrops lets any drop through', () => {
    expect(() => checkLayerCounts(previous, [{ id: 'villo', features: 300 }], { ...o, minShare: 0.9 })).toThrow(/below 90 %/);
    expect(() => checkLayerCounts(previous, [{ id: 'transit-stops', features: 1 }], { ...o, acceptDrops: true })).not.toThrow();
  });

  it('never fails a build that adds a layer the previous build did not have (first build with the planner layers)', () => {
    const current = [{ id: 'transit-stops' as const, features: 2597 }, { id: 'sectors' as const, features: 724 }, { id: 'land-losses' as const, features: 1 }];
    expect(countDrops(previous, current, 0.5)).toEqual([]);
    expect(() => checkLayerCounts(previous, current, o)).not.toThrow();
    expect(() => checkLayerCounts(manifest({ 'land-losses': 80 }), [{ id: 'land-losses', features: 10 }], o)).toThrow(/layer land-losses: 10 features against 80/);
  });
});
