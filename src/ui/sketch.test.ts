import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { geometriesBbox as bboxOf } from '../core/geo/bbox.ts';
import { buildSketchIndex, featuresIn, sketchFrame, svgPath } from './sketch.ts';

const square = { type: 'Polygon' as const, coordinates: [[[4.35, 50.84], [4.351, 50.84], [4.351, 50.841], [4.35, 50.841], [4.35, 50.84]]] };

describe('sketch geometry', () => {
  it('frames a small site with the minimum span and keeps the aspect ratio', () => {
    const box = bboxOf([square])!;
    const f = sketchFrame(box, 400, 300, { minSpanM: 700, padFraction: 0 });
    const [x0, y0] = f.project([box[0], box[3]]);
    const [x1, y1] = f.project([box[2], box[1]]);
    expect(x0).toBeGreaterThan(0);
    expect(x1).toBeLessThan(400);
    expect(y0).toBeGreaterThan(0);
    expect(y1).toBeLessThan(300);
    const [cx, cy] = f.project([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]);
    expect(cx).toBeCloseTo(200, 5);
    expect(cy).toBeCloseTo(150, 5);
  });

  it('clamps far vertices and closes rings', () => {
    const f = sketchFrame(bboxOf([square])!, 100, 100);
    const far = { type: 'LineString' as const, coordinates: [[0, 0], [1, 1], [2, 2], [4.3505, 50.8405]] };
    const d = svgPath(far, f);
    expect(d.startsWith('M-50 150')).toBe(true);
    expect(d.split('L')).toHaveLength(2); // the three far points collapse into one
    expect(svgPath(square, f).endsWith('Z')).toBe(true);
  });

  it('finds context features inside a box through the indexes', () => {
    const pts: FeatureCollection = { type: 'FeatureCollection', features: [[4.3505, 50.8405], [5, 51]].map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } })) };
    const sites: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: square }] };
    const idx = buildSketchIndex(sites, pts, undefined);
    const got = featuresIn(idx, [4.34, 50.83, 4.36, 50.85]);
    expect(got).toEqual({ sites: [0], stops: [0], stations: [] });
  });
});
