import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { choroplethRamps } from '../../core/colour/palette.ts';
import { createLandLossesLayer, hatchPattern, landLossLayers, lossHatch, lossIds, type HatchImage } from './landLosses.ts';

/** RGBA of pixel (x, y). */
const px = (img: HatchImage, x: number, y: number) => [...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];

describe('hatch pattern', () => {
  const img = hatchPattern(lossHatch);

  it('is a square RGBA image of the tile size', () => {
    expect(img.width).toBe(lossHatch.size);
    expect(img.height).toBe(lossHatch.size);
    expect(img.data).toHaveLength(lossHatch.size * lossHatch.size * 4);
  });

  it('runs diagonally and repeats without seams: a pixel equals its neighbour along the diagonal, across the edges too', () => {
    const s = img.width;
    for (let y = 0; y < s; y++) for (let x = 0; x < s; x++) expect(px(img, (x + 1) % s, (y + s - 1) % s)).toEqual(px(img, x, y));
  });

  it('draws lines in the loss colour over a light, half-transparent veil', () => {
    const s = img.width;
    const onLine = px(img, s - 1, 0); // pixel centre on x + y = size
    const between = px(img, s / 2 - 1, 0); // halfway between two lines
    // the line's colour, barely lightened by the veil under its 0.85 opacity
    expect(Math.abs(onLine[0]! - 0xb3)).toBeLessThan(10);
    expect(Math.max(onLine[1]!, onLine[2]!)).toBeLessThan(25);
    expect(onLine[3]).toBeGreaterThan(200);
    expect(between).toEqual([255, 255, 255, Math.round(0.35 * 255)]);
    expect(choroplethRamps.lossOutline).toBe(lossHatch.colour);
  });

  it('makes any size and width, and refuses a colour it cannot read', () => {
    const small = hatchPattern({ size: 4, lineWidth: 1, colour: '#000000', alpha: 1, background: ['#ffffff', 0] });
    expect(small.data).toHaveLength(64);
    expect(px(small, 3, 0)).toEqual([0, 0, 0, 255]);
    expect(px(small, 1, 0)[3]).toBe(0);
    expect(() => hatchPattern({ ...lossHatch, colour: 'red' })).toThrow(/#rrggbb/);
  });
});

describe('land-losses layer', () => {
  it('is a valid maplibre style: hatch fill and outline, hidden until the planner shows them', () => {
    const layers = landLossLayers('src-land-losses', 'hatch');
    const style = { version: 8, sources: { 'src-land-losses': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(layers.map((l) => l.id)).toEqual([lossIds.fill, lossIds.line]);
    expect(layers[0]).toMatchObject({ type: 'fill', paint: { 'fill-pattern': 'hatch' } });
    expect(layers[1]).toMatchObject({ type: 'line', paint: { 'line-color': choroplethRamps.lossOutline } });
    for (const l of layers) expect(l.layout?.visibility).toBe('none');
  });

  it('adds its image, source and layers to its own map, data once, visibility only when it changes', () => {
    const calls = (name: string) => {
      const log: unknown[][] = [];
      const images = new Set<string>();
      const map = {
        hasImage: (id: string) => images.has(id),
        addImage: (id: string, img: HatchImage, o: unknown) => (images.add(id), log.push(['image', id, img.width, o])),
        addSource: (id: string) => log.push(['source', id]),
        addLayer: (l: { id: string }, before?: string) => log.push(['layer', l.id, before]),
        getLayer: () => ({}),
        getSource: () => ({ setData: (d: FeatureCollection) => log.push(['data', d.features.length]) }),
        setLayoutProperty: (id: string, _k: string, v: string) => log.push(['visibility', id, v]),
      };
      return { name, map: map as never, log };
    };
    const a = calls('a');
    const b = calls('b');
    const onA = createLandLossesLayer(a.map);
    const onB = createLandLossesLayer(b.map);
    onA.add('productive-zones-fill');
    onB.add();
    expect(a.log.slice(0, 4)).toEqual([
      ['image', 'planner-loss-hatch', lossHatch.size, { pixelRatio: 2 }],
      ['source', onA.sourceId],
      ['layer', lossIds.fill, 'productive-zones-fill'],
      ['layer', lossIds.line, 'productive-zones-fill'],
    ]);
    onA.setData({ type: 'FeatureCollection', features: [] });
    onA.setVisible(true);
    onA.setVisible(true);
    expect(a.log.slice(4)).toEqual([['data', 0], ['visibility', lossIds.fill, 'visible'], ['visibility', lossIds.line, 'visible']]);
    // map B: its own image and layers, nothing of what A was given or shown
    expect(b.log.map((c) => c[0])).toEqual(['image', 'source', 'layer', 'layer']);
    onB.setVisible(false);
    expect(b.log).toHaveLength(4);
  });
});
