/**
 * Land that was industrial in 2013 and is not any more (`geodata/land-losses.fgb`, properties `LandLossProperties`):
 * a diagonal hatch, so it reads over any choropleth colour, and an outline in `choroplethRamps.lossOutline`. The
 * hatch is an image made here (no sprite: the offline style has none). Data is set once, when loaded.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { choroplethRamps } from '../../core/colour/palette.ts';

/** An RGBA image in ImageData's layout (rows top to bottom, not premultiplied), as `map.addImage` takes it. */
export interface HatchImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** How the hatch looks, in image pixels. */
export interface HatchOptions {
  /** Side of the square tile, which is also the spacing of the lines along each axis. */
  size: number;
  /** Width of a line, across it. */
  lineWidth: number;
  /** Line colour, `#rrggbb`. */
  colour: string;
  /** Opacity of the lines, 0–1. */
  alpha: number;
  /** Colour and opacity (0–1) between the lines: a light veil keeps the lines legible over dark classes. */
  background: [string, number];
}

/** [r, g, b] of `#rrggbb`. */
function rgbOf(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/**
 * A tile of lines running bottom-left to top-right (x + y constant), antialiased by each pixel centre's distance to
 * the nearest line. The lines meet the tile's edges at multiples of `size`, so the tile repeats without seams.
 */
export function hatchPattern(o: HatchOptions): HatchImage {
  const { size, lineWidth } = o;
  const line = rgbOf(o.colour);
  const back = rgbOf(o.background[0]);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const t = (x + y + 1) % size; // pixel centre (x + ½, y + ½) lies on the diagonal x + y = t (mod size)
      const distance = Math.min(t, size - t) / Math.SQRT2;
      const cover = Math.min(1, Math.max(0, lineWidth / 2 + 0.5 - distance));
      // the line composited over the veil
      const a = cover * o.alpha + (1 - cover * o.alpha) * o.background[1];
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        const v = a === 0 ? 0 : (line[c]! * cover * o.alpha + back[c]! * o.background[1] * (1 - cover * o.alpha)) / a;
        data[i + c] = Math.round(v);
      }
      data[i + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, data };
}

/** The hatch drawn on the map: 8 CSS px apart at pixel ratio 2, lines 1.5 CSS px wide. */
export const lossHatch: HatchOptions = { size: 16, lineWidth: 3, colour: choroplethRamps.lossOutline, alpha: 0.85, background: ['#ffffff', 0.35] };

/** Layer ids, bottom to top. */
export const lossIds = { fill: 'land-losses-fill', line: 'land-losses-line' } as const;

/** The losses' style layers over `source`, hidden until the planner view shows them. */
export function landLossLayers(source: string, imageId: string): maplibregl.LayerSpecification[] {
  const layout = { visibility: 'none' } as const;
  return [
    { id: lossIds.fill, type: 'fill', source, layout, paint: { 'fill-pattern': imageId } },
    { id: lossIds.line, type: 'line', source, layout, paint: { 'line-color': choroplethRamps.lossOutline, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.8, 16, 2] } },
  ];
}

/** The losses layer of one map. */
export interface LandLossesLayer {
  readonly sourceId: string;
  /** Style layer ids, bottom to top. */
  readonly styleLayerIds: readonly string[];
  /** Add the hatch image, the empty source and the hidden style layers, before `before` (a style layer id). */
  add(before?: string): void;
  /** Give the source its pieces (once, when loaded). */
  setData(data: FeatureCollection): void;
  setVisible(visible: boolean): void;
}

/** Land-losses layer of one map. */
export function createLandLossesLayer(map: maplibregl.Map): LandLossesLayer {
  const sourceId = 'src-land-losses';
  const imageId = 'planner-loss-hatch';
  const layers = landLossLayers(sourceId, imageId);
  const styleLayerIds = layers.map((l) => l.id);
  let shown = false;
  return {
    sourceId,
    styleLayerIds,
    add(before) {
      if (!map.hasImage(imageId)) map.addImage(imageId, hatchPattern(lossHatch), { pixelRatio: 2 });
      map.addSource(sourceId, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'lossId' });
      for (const l of layers) map.addLayer(l, before);
    },
    setData(data) {
      (map.getSource(sourceId) as maplibregl.GeoJSONSource | undefined)?.setData(data);
    },
    setVisible(visible) {
      if (visible === shown) return;
      shown = visible;
      for (const id of styleLayerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    },
  };
}
