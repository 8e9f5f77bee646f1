import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { MapLayerFactory } from './layerKit.ts';
import { createRoadsLayer } from './layers/roads.ts';
import { createTransitStopsLayer } from './layers/transitStops.ts';
import { nameText } from './labels.ts';

/** Evaluate a text-field expression on a feature's properties. */
function text(expr: unknown, properties: Record<string, unknown>): unknown {
  const e = createPropertyExpression(expr, 'text-field', (latest as any).layout_symbol['text-field']);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  const v = e.value.evaluate({ zoom: 15 } as never, { type: 'Point', properties } as never);
  return typeof v === 'object' && v !== null && 'toString' in v ? String(v) : v;
}

/** Style layers a layer adds, split into its own layers and its label layers, captured from a stand-in map. */
function added(create: MapLayerFactory): { sourceId: string; layers: Record<string, any>[]; labels: Record<string, any>[] } {
  const layers: Record<string, any>[] = [];
  const labels: Record<string, any>[] = [];
  let sink = layers;
  const m = create({ addSource() {}, addLayer: (l: Record<string, any>) => sink.push(l), getLayer: () => ({}), setLayoutProperty() {} } as never);
  m.add('', true);
  sink = labels;
  m.addLabels?.(true);
  return { sourceId: m.sourceId, layers, labels };
}

describe('nameText', () => {
  it('gives the name in the UI language, else in the other one; English reads the French name', () => {
    const both = { nameFr: 'Rue Haute', nameNl: 'Hoogstraat' };
    expect(text(nameText('fr'), both)).toBe('Rue Haute');
    expect(text(nameText('nl'), both)).toBe('Hoogstraat');
    expect(text(nameText('en'), both)).toBe('Rue Haute');
    expect(text(nameText('nl'), { nameFr: 'Quai des Usines', nameNl: '' })).toBe('Quai des Usines');
    expect(text(nameText('fr'), { nameNl: 'Werkhuizenkaai' })).toBe('Werkhuizenkaai');
  });
  it('falls back to another property (a motorway number) and to nothing', () => {
    expect(text(nameText('fr', 'ref'), { nameFr: '', nameNl: '', ref: 'R0' })).toBe('R0');
    expect(text(nameText('fr', 'ref'), {})).toBe('');
  });
});

describe('street and stop labels', () => {
  const roads = added(createRoadsLayer);
  const stops = added(createTransitStopsLayer);

  it('are valid maplibre symbol layers drawn without a glyph server', () => {
    for (const { sourceId, layers, labels } of [roads, stops]) {
      const style = { version: 8, sources: { [sourceId]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: [...layers, ...labels] };
      expect(validateStyleMin(style as never)).toEqual([]);
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(l.type).toBe('symbol');
    }
  });

  it('name streets along the line from zoom 14 and stops from zoom 16', () => {
    expect(roads.labels.map((l) => [l.id, l.minzoom, l.layout['symbol-placement']])).toEqual([['roads-label', 14, 'line']]);
    expect(stops.labels.map((l) => [l.id, l.minzoom])).toEqual([['transit-stops-label', 16]]);
  });

  it('follow the UI language', () => {
    const set: [string, string, unknown][] = [];
    const map = { getLayer: () => ({}), setLayoutProperty: (id: string, k: string, v: unknown) => set.push([id, k, v]) } as never;
    createRoadsLayer(map).setLanguage!('nl');
    createTransitStopsLayer(map).setLanguage!('nl');
    expect(set.map(([id, k]) => `${id} ${k}`)).toEqual(['roads-label text-field', 'transit-stops-label text-field']);
    expect(text(set[0]![2], { nameFr: 'Rue Haute', nameNl: 'Hoogstraat' })).toBe('Hoogstraat');
    expect(text(set[1]![2], { nameFr: 'BOURSE', nameNl: 'BEURS' })).toBe('BEURS');
  });
});
