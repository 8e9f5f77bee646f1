/**
 * A `RegionTest` from the region's outline: distances in Lambert 72 metres from the site (its edge) to the
 * region. 'inside' when the site lies in, touches or overlaps the region; 'band' when it is outside but within
 * `bandM`; 'outside' beyond. Pure.
 */
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { boxDistance, pointInSite, pointSiteDistance, prepareSite, segmentEdgeDistance } from '../geo/geom.ts';
import { projectGeometry, toLambert72 } from '../geo/proj.ts';
import type { RegionPlace, RegionTest } from './records.ts';
import { importLimits } from './types.ts';

/** Builds the test once from the region (WGS84 lon/lat), to be called per site. */
export function makeRegionTest(region: Polygon | MultiPolygon, bandM: number = importLimits.contextBandM): RegionTest {
  const shape = prepareSite(projectGeometry(region, toLambert72));
  const rb = shape.bbox;
  // One vertex per region part, to tell a site that contains the whole region.
  const regionVertices = shape.parts.map((p) => [p[0]![0]!, p[0]![1]!] as const);
  const place = (d: number): RegionPlace => (d <= 0 ? 'inside' : d <= bandM ? 'band' : 'outside');

  return (geometry: Polygon | MultiPolygon | Point): RegionPlace => {
    if (geometry.type === 'Point') {
      const [x, y] = toLambert72(geometry.coordinates);
      if (boxDistance(x, y, x, y, rb[0], rb[1], rb[2], rb[3]) > bandM) return 'outside';
      return place(pointSiteDistance(x, y, shape));
    }
    const site = prepareSite(projectGeometry(geometry, (p: Position) => toLambert72(p)));
    const sb = site.bbox;
    if (boxDistance(sb[0], sb[1], sb[2], sb[3], rb[0], rb[1], rb[2], rb[3]) > bandM) return 'outside';
    const e = site.edges;
    for (let i = 0; i < e.length; i += 4) if (pointInSite(e[i]!, e[i + 1]!, shape)) return 'inside';
    for (const [x, y] of regionVertices) if (pointInSite(x, y, site)) return 'inside';
    let best = Infinity;
    for (let i = 0; i < e.length && best > 0; i += 4) best = segmentEdgeDistance(e[i]!, e[i + 1]!, e[i + 2]!, e[i + 3]!, shape, best);
    return place(best);
  };
}
