import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../app/catalogue.ts';
import { statusLabels } from '../../core/status/labels.ts';
import { siteStatuses } from '../../core/types.ts';
import { sitesLayer } from './sites.ts';
import { statusColours } from '../../core/colour/palette.ts';

/** The style layers the module adds, captured from a stand-in map. */
function addedLayers(): { id: string; filter?: unknown; paint: Record<string, unknown> }[] {
  const layers: { id: string; filter?: unknown; paint: Record<string, unknown> }[] = [];
  sitesLayer.add({ addSource() {}, addLayer: (l: (typeof layers)[number]) => layers.push(l) } as never, '', true);
  return layers;
}

describe('sites layer', () => {
  it('is a valid maplibre style', () => {
    const style = { version: 8, sources: { [sitesLayer.sourceId]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: addedLayers() };
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

  it('has one legend entry per status, in the map colour, with its name', () => {
    const swatches = catalogue.find((c) => c.id === 'sites')!.swatches;
    expect(swatches.map((s) => s.colour)).toEqual(siteStatuses.map((s) => statusColours[s]));
    expect(swatches.map((s) => s.label)).toEqual(siteStatuses.map((s) => statusLabels[s]));
    expect(new Set(swatches.map((s) => s.colour)).size).toBe(siteStatuses.length);
    expect(swatches.find((s) => s.dashed)).toBe(swatches[siteStatuses.indexOf('leaving')]);
  });
});
