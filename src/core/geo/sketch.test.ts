import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { geometriesBbox as bboxOf } from './bbox.ts';
import { metresPerDegreeLng } from './degrees.ts';
import { buildSketchIndex, featuresIn, isMajorRoad, sketchFrame, streetLabels, svgPath } from './sketch.ts';

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
    // 700 m tall at 4:3, so 933 m wide: the width the scale bar measures, the same as the box in degrees says
    expect(f.widthM).toBeCloseTo((700 * 400) / 300, 6);
    expect((f.bbox[2] - f.bbox[0]) * metresPerDegreeLng((f.bbox[1] + f.bbox[3]) / 2)).toBeCloseTo(f.widthM, 6);
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
    expect(got).toEqual({ sites: [0], stops: [0], stations: [], roads: [] });
  });
});

describe('streets in the sketch', () => {
  const road = (coords: number[][], nameFr: string, nameNl: string, highway = 'residential') => ({
    type: 'Feature' as const,
    properties: { nameFr, nameNl, highway },
    geometry: { type: 'LineString' as const, coordinates: coords },
  });
  const roads: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      road([[4.3495, 50.8395], [4.3515, 50.8395]], 'Rue du Sud', 'Zuidstraat'),
      road([[4.3515, 50.8395], [4.3530, 50.8395]], 'Rue du Sud', 'Zuidstraat'),
      road([[4.3490, 50.8420], [4.3490, 50.8440]], 'Avenue Ouest', 'Westlaan', 'primary'),
      road([[4.3520, 50.8405], [4.3525, 50.8440]], '', ''),
      road([[4.40, 50.90], [4.41, 50.90]], 'Rue Lointaine', 'Verre straat'),
    ],
  };
  const idx = buildSketchIndex(undefined, undefined, undefined, roads);
  const frame = sketchFrame(bboxOf([square])!, 400, 300);

  it('finds the roads inside the frame through the index', () => {
    expect(featuresIn(idx, frame.bbox).roads.sort()).toEqual([0, 1, 2, 3]);
  });

  it('labels a few named streets nearest the site, once each, in the language asked for', () => {
    const fr = streetLabels(idx, frame, featuresIn(idx, frame.bbox).roads, (p) => String(p?.nameFr ?? ''), 5);
    expect(fr.map((l) => l.text)).toEqual(['Rue du Sud', 'Avenue Ouest']);
    const nl = streetLabels(idx, frame, featuresIn(idx, frame.bbox).roads, (p) => String(p?.nameNl ?? ''), 1);
    expect(nl.map((l) => l.text)).toEqual(['Zuidstraat']);
    for (const l of fr) {
      expect(l.x).toBeGreaterThan(0);
      expect(l.x).toBeLessThan(400);
      expect(l.y).toBeGreaterThan(0);
      expect(l.y).toBeLessThan(300);
      expect(Math.abs(l.angle)).toBeLessThanOrEqual(90); // never upside down
    }
    expect(Math.abs(fr[0]!.angle)).toBeLessThan(1); // an east-west street reads horizontally
    expect(Math.abs(fr[1]!.angle)).toBeCloseTo(90, 0);
  });

  it('keeps names apart by their length, not only their anchors', () => {
    const long = 'Boulevard du Très Long Nom de Rue';
    const crossing: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        road([[4.3480, 50.8395], [4.3530, 50.8395]], long, long),
        road([[4.3525, 50.8380], [4.3525, 50.8410]], 'Rue Voisine', 'Buurstraat'), // 60 px to the right, inside the long name
      ],
    };
    const i2 = buildSketchIndex(undefined, undefined, undefined, crossing);
    const got = streetLabels(i2, frame, featuresIn(i2, frame.bbox).roads, (p) => String(p?.nameFr ?? ''), 5);
    expect(got.map((l) => l.text)).toEqual([long]);
  });

  it('tells major roads from streets', () => {
    expect(isMajorRoad({ highway: 'primary' })).toBe(true);
    expect(isMajorRoad({ highway: 'motorway_link' })).toBe(true);
    expect(isMajorRoad({ highway: 'residential' })).toBe(false);
    expect(isMajorRoad(null)).toBe(false);
  });
});
