import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  boxDistance,
  pointInSite,
  pointSegmentDistance,
  pointSiteDistance,
  prepareSite,
  representativePoint,
  segmentEdgeDistance,
  segmentSegmentDistance,
  siteArea,
  siteCentroid,
} from './geom.ts';
import { square } from './test-fixtures.ts';


const sq100: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 100)] };
const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 100), square(40, 40, 20).reverse()] };
const twoParts: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 10)], [square(100, 0, 10)]] };

describe('segment and point distances', () => {
  it('measures point to segment, including beyond the ends', () => {
    expect(pointSegmentDistance(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(pointSegmentDistance(13, 4, 0, 0, 10, 0)).toBe(5);
    expect(pointSegmentDistance(1, 1, 2, 2, 2, 2)).toBeCloseTo(Math.SQRT2, 12);
  });

  it('gives 0 for crossing or touching segments and the gap otherwise', () => {
    expect(segmentSegmentDistance(0, 0, 10, 10, 0, 10, 10, 0)).toBe(0);
    expect(segmentSegmentDistance(0, 0, 10, 0, 10, 0, 20, 5)).toBe(0);
    expect(segmentSegmentDistance(0, 0, 10, 0, 5, 0, 15, 0)).toBe(0);
    expect(segmentSegmentDistance(0, 0, 10, 0, 0, 7, 10, 7)).toBe(7);
    expect(segmentSegmentDistance(0, 0, 10, 0, 13, 4, 20, 4)).toBe(5);
  });

  it('measures box gaps', () => {
    expect(boxDistance(0, 0, 1, 1, 4, 5, 6, 6)).toBe(5);
    expect(boxDistance(0, 0, 10, 10, 5, 5, 6, 6)).toBe(0);
  });
});

describe('SiteShape', () => {
  it('tests containment with holes and multiple parts', () => {
    const h = prepareSite(withHole);
    expect(pointInSite(10, 10, h)).toBe(true);
    expect(pointInSite(50, 50, h)).toBe(false);
    expect(pointInSite(150, 50, h)).toBe(false);
    const m = prepareSite(twoParts);
    expect(pointInSite(5, 5, m)).toBe(true);
    expect(pointInSite(105, 5, m)).toBe(true);
    expect(pointInSite(50, 5, m)).toBe(false);
  });

  it('measures point distance to the edge, 0 inside, hole edges count', () => {
    const h = prepareSite(withHole);
    expect(pointSiteDistance(10, 10, h)).toBe(0);
    expect(pointSiteDistance(50, 50, h)).toBe(10);
    expect(pointSiteDistance(103, 104, h)).toBe(5);
  });

  it('measures segment distance to the edges', () => {
    const s = prepareSite(sq100);
    expect(segmentEdgeDistance(110, -50, 110, 150, s)).toBe(10);
    expect(segmentEdgeDistance(50, -50, 50, 150, s)).toBe(0);
  });

  it('computes planar area (holes subtracted, either winding) and centroid', () => {
    expect(siteArea(prepareSite(sq100))).toBe(10_000);
    expect(siteArea(prepareSite(withHole))).toBe(10_000 - 400);
    const cw: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 100).reverse()] };
    expect(siteArea(prepareSite(cw))).toBe(10_000);
    expect(siteArea(prepareSite(twoParts))).toBe(200);
    expect(siteCentroid(prepareSite(sq100))).toEqual([50, 50]);
    const [cx, cy] = siteCentroid(prepareSite(twoParts));
    expect(cx).toBeCloseTo(55, 9);
    expect(cy).toBeCloseTo(5, 9);
  });

  it('finds a representative point inside concave and multi-part sites', () => {
    expect(representativePoint(prepareSite(sq100))).toEqual([50, 50]);
    // The centroid of two far squares lies between them: the point must move into one of them.
    const m = prepareSite(twoParts);
    const [x, y] = representativePoint(m);
    expect(pointInSite(x, y, m)).toBe(true);
    // A ring with its centroid in the hole.
    const h = prepareSite({ type: 'Polygon', coordinates: [square(0, 0, 100), square(10, 10, 80).reverse()] });
    const [hx, hy] = representativePoint(h);
    expect(pointInSite(hx, hy, h)).toBe(true);
  });
});
