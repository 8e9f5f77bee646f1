import { describe, expect, it } from 'vitest';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { pointInSite, pointSiteDistance, prepareSite, segmentEdgeDistance } from './geom.ts';
import { buildPointIndex, buildShapeIndex, countDistinctWithin, countPointsWithin, nearestPoint, nearestShape, pointsWithin } from './spatialIndex.ts';
import { square } from './test-fixtures.ts';

const f = (geometry: Geometry, properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties, geometry });
const pt = (x: number, y: number, props: Record<string, unknown> = {}): Feature => f({ type: 'Point', coordinates: [x, y] }, props);
const line = (...c: number[][]): Feature => f({ type: 'LineString', coordinates: c });
const poly = (...rings: number[][][]): Feature => f({ type: 'Polygon', coordinates: rings });

const site = prepareSite({ type: 'Polygon', coordinates: [square(0, 0, 100)] });
const small = { maxSearchM: 5000, initialSearchM: 10 };

describe('nearestPoint', () => {
  it('measures from the edge, not the centroid, and returns the feature index', () => {
    const idx = buildPointIndex([pt(400, 50), pt(130, 50), pt(-50, -50)]);
    expect(nearestPoint(site, idx, small)).toEqual({ distanceM: 30, index: 1 });
  });

  it('returns 0 for a point inside the site', () => {
    const idx = buildPointIndex([pt(300, 50), pt(60, 60)]);
    expect(nearestPoint(site, idx, small)).toEqual({ distanceM: 0, index: 1 });
  });

  it('keeps expanding the search until the nearest is proven (far points)', () => {
    const idx = buildPointIndex([pt(3100, 50), pt(100, 2600)]);
    expect(nearestPoint(site, idx, small)).toEqual({ distanceM: 2500, index: 1 });
  });

  it('is exact for a point near a corner but outside the initial margin box diagonal', () => {
    // Box distance 0 in x, but the point sits in the concave notch of an L-shaped site.
    const l = prepareSite({ type: 'Polygon', coordinates: [[[0, 0], [100, 0], [100, 20], [20, 20], [20, 100], [0, 100], [0, 0]]] });
    const idx = buildPointIndex([pt(60, 60), pt(100, 150)]);
    expect(nearestPoint(l, idx, small)).toEqual({ distanceM: 40, index: 0 });
  });

  it('returns the cap and -1 when empty or nothing within the cap', () => {
    expect(nearestPoint(site, buildPointIndex([]), small)).toEqual({ distanceM: 5000, index: -1 });
    expect(nearestPoint(site, buildPointIndex([pt(9000, 0)]), small)).toEqual({ distanceM: 5000, index: -1 });
  });

  it('applies the keep filter and MultiPoints', () => {
    const feats = [pt(110, 50, { m: 'bus' }), pt(150, 50, { m: 'tram' }), f({ type: 'MultiPoint', coordinates: [[500, 0], [0, 120]] })];
    const tram = buildPointIndex(feats, (x) => (x.properties as { m?: string }).m === 'tram');
    expect(nearestPoint(site, tram, small)).toEqual({ distanceM: 50, index: 1 });
    const multi = buildPointIndex(feats, (_x, i) => i === 2);
    expect(nearestPoint(site, multi, small)).toEqual({ distanceM: 20, index: 2 });
  });
});

describe('pointsWithin / countDistinctWithin', () => {
  const stops = [
    pt(50, 50, { lines: ['1', '5'] }),
    pt(-300, 50, { lines: ['5', '71'] }),
    pt(50, 499, { lines: ['N04'] }),
    pt(401, 401, { lines: ['92'] }), // 301 m from the edge in x and y: ~426 m away
    pt(50, 501, { lines: ['X'] }),
  ];
  const idx = buildPointIndex(stops);
  it('counts points inside and within D of the edge', () => {
    expect(pointsWithin(site, idx, 400)).toEqual([0, 1, 2]);
    expect(pointsWithin(site, idx, 0)).toEqual([0]);
    expect(countPointsWithin(site, idx, 400)).toBe(3);
    expect(countPointsWithin(site, buildPointIndex([]), 400)).toBe(0);
  });
  it('counts distinct values among them', () => {
    const lines = (i: number): string[] => (stops[i]?.properties as { lines: string[] }).lines;
    expect(countDistinctWithin(site, idx, 400, lines)).toBe(4);
    expect(countDistinctWithin(site, buildPointIndex([]), 400, lines)).toBe(0);
  });
});

describe('nearestShape', () => {
  it('measures lines from the edge, 0 when crossing, 0 when wholly inside', () => {
    expect(nearestShape(site, buildShapeIndex([line([130, -50], [130, 150]), line([-500, 0], [-500, 10])]), small))
      .toEqual({ distanceM: 30, index: 0 });
    expect(nearestShape(site, buildShapeIndex([line([500, 0], [600, 0]), line([50, -50], [50, 150])]), small))
      .toEqual({ distanceM: 0, index: 1 });
    expect(nearestShape(site, buildShapeIndex([line([500, 0], [600, 0]), line([40, 40], [60, 60])]), small))
      .toEqual({ distanceM: 0, index: 1 });
  });

  it('finds a diagonal line whose box overlaps the site box but which is far from the site', () => {
    // The box of this line covers the site; its nearest point is ~ (100,100) -> distance along the diagonal.
    const idx = buildShapeIndex([line([-1000, 1400], [1400, -1000])]);
    const d = nearestShape(site, idx, small).distanceM;
    expect(d).toBeCloseTo((400 - 200) / Math.SQRT2, 6);
  });

  it('gives 0 for a polygon that touches, overlaps, contains the site, or lies inside it', () => {
    const touching = poly(square(100, 0, 50));
    const containing = poly(square(-100, -100, 500));
    const inside = poly(square(40, 40, 10));
    const far = poly(square(200, 0, 10));
    expect(nearestShape(site, buildShapeIndex([far, touching]), small)).toEqual({ distanceM: 0, index: 1 });
    expect(nearestShape(site, buildShapeIndex([far, containing]), small)).toEqual({ distanceM: 0, index: 1 });
    expect(nearestShape(site, buildShapeIndex([far, inside]), small)).toEqual({ distanceM: 0, index: 1 });
    expect(nearestShape(site, buildShapeIndex([far]), small)).toEqual({ distanceM: 100, index: 0 });
  });

  it('measures to the hole ring when the site sits in a polygon hole, and vice versa', () => {
    const ringWithHole = poly(square(-1000, -1000, 3000), square(-50, -50, 200).reverse());
    expect(nearestShape(site, buildShapeIndex([ringWithHole]), small)).toEqual({ distanceM: 50, index: 0 });
    const holed: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 100), square(30, 30, 40).reverse()] };
    const inHole = buildShapeIndex([poly(square(45, 45, 10))]);
    expect(nearestShape(prepareSite(holed), inHole, small)).toEqual({ distanceM: 15, index: 0 });
  });

  it('handles MultiPolygon sites and MultiLineString targets', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 10)], [square(1000, 0, 10)]] };
    const idx = buildShapeIndex([f({ type: 'MultiLineString', coordinates: [[[500, 50], [600, 50]], [[1015, -5], [1015, 20]]] })]);
    expect(nearestShape(prepareSite(multi), idx, small)).toEqual({ distanceM: 5, index: 0 });
  });

  it('returns the cap on empty layers and ignores points in shape layers', () => {
    expect(nearestShape(site, buildShapeIndex([]), small)).toEqual({ distanceM: 5000, index: -1 });
    expect(nearestShape(site, buildShapeIndex([pt(10, 10)]), small)).toEqual({ distanceM: 5000, index: -1 });
  });
});

describe('indexed queries agree with brute force on seeded random data', () => {
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const blob = (cx: number, cy: number, r: number): number[][] => {
    const n = 5 + Math.floor(rnd() * 10);
    const ring = Array.from({ length: n }, (_, i) => {
      const a = (i / n) * 2 * Math.PI;
      const rr = r * (0.4 + rnd() * 0.6);
      return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)];
    });
    return [...ring, ring[0] as number[]];
  };
  const sites = Array.from({ length: 60 }, () => prepareSite({ type: 'Polygon', coordinates: [blob(rnd() * 5000, rnd() * 5000, 50 + rnd() * 400)] }));
  const points = Array.from({ length: 300 }, () => pt(rnd() * 5000, rnd() * 5000));
  const lines = Array.from({ length: 300 }, () => {
    const x = rnd() * 5000;
    const y = rnd() * 5000;
    return line([x, y], [x + (rnd() - 0.5) * 300, y + (rnd() - 0.5) * 300], [x + (rnd() - 0.5) * 300, y + (rnd() - 0.5) * 300]);
  });
  const opts = { maxSearchM: 100_000, initialSearchM: 10 };

  it('nearestPoint and pointsWithin', () => {
    const idx = buildPointIndex(points);
    for (const s of sites) {
      const brute = points.map((p) => {
        const c = (p.geometry as { coordinates: number[] }).coordinates;
        return pointSiteDistance(c[0] as number, c[1] as number, s);
      });
      expect(nearestPoint(s, idx, opts).distanceM).toBeCloseTo(Math.min(...brute), 9);
      expect(pointsWithin(s, idx, 300)).toEqual(brute.flatMap((d, i) => (d <= 300 ? [i] : [])));
    }
  });

  it('nearestShape on lines (crossing, inside and outside)', () => {
    const idx = buildShapeIndex(lines);
    for (const s of sites) {
      const brute = lines.map((l) => {
        const c = (l.geometry as { coordinates: number[][] }).coordinates;
        const [x0, y0] = c[0] as [number, number];
        if (pointInSite(x0, y0, s)) return 0;
        let d = Infinity;
        for (let i = 0; i + 1 < c.length; i++) {
          const [ax, ay] = c[i] as [number, number];
          const [bx, by] = c[i + 1] as [number, number];
          d = Math.min(d, segmentEdgeDistance(ax, ay, bx, by, s));
        }
        return d;
      });
      expect(nearestShape(s, idx, opts).distanceM).toBeCloseTo(Math.min(...brute), 9);
    }
  });
});
