/**
 * One site per piece of land: where candidate polygons overlap, the smaller (more specific) one keeps
 * the shared land and it is cut out of the larger; parts under a minimum area (slivers left by the
 * region cut or by those cuts) are dropped, and so are sites left under it. Lambert 72 metres.
 */
import difference from '@turf/difference';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import intersect from '@turf/intersect';
import { prepareSite, siteArea } from '../../src/core/geo/geom.ts';

type Polygonal = Polygon | MultiPolygon;

/** Settings of `resolveSiteOverlaps`. */
export const defaultSiteGeometryOptions = {
  /** Parts and sites smaller than this (m²) are dropped: slivers, not plots. */
  minAreaM2: 100,
  /** Overlaps smaller than this (m²) are digitising noise and left alone. */
  minOverlapM2: 1,
};

/** What cleaning did, for the pipeline summary and the manifest. */
export interface SiteGeometryReport {
  /** Pairs of sites whose overlap was given to the smaller one. */
  overlapsResolved: number;
  /** Land that had been counted twice, m². */
  overlapM2: number;
  /** Sites wholly inside a smaller one's land or reduced below the minimum by the cut. */
  sitesAbsorbed: number;
  /** Parts under the minimum area removed from multi-part sites (border slivers). */
  sliversDropped: number;
  /** Sites under the minimum area after the region cut. */
  smallSitesDropped: number;
  /** A few named examples. */
  examples: string[];
}

const areaOf = (g: Polygonal): number => siteArea(prepareSite(g));

/** The polygon parts of `g` of at least `minAreaM2`, or null when none is left. */
export function withoutSlivers(g: Polygonal, minAreaM2: number): { geometry: Polygonal | null; dropped: number } {
  const parts: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const kept = parts.filter((p) => areaOf({ type: 'Polygon', coordinates: p }) >= minAreaM2);
  const dropped = parts.length - kept.length;
  if (kept.length === 0) return { geometry: null, dropped };
  return { geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept }, dropped };
}

/**
 * Resolves overlaps between sites (the smaller keeps the shared land) and drops slivers and tiny sites.
 * Returns the kept sites, in input order, with new geometries; `label` names a site in examples.
 */
export function resolveSiteOverlaps<P>(
  sites: readonly Feature<Polygonal, P>[],
  label: (f: Feature<Polygonal, P>) => string,
  options: Partial<typeof defaultSiteGeometryOptions> = {},
): { sites: Feature<Polygonal, P>[]; report: SiteGeometryReport } {
  const o = { ...defaultSiteGeometryOptions, ...options };
  const report: SiteGeometryReport = { overlapsResolved: 0, overlapM2: 0, sitesAbsorbed: 0, sliversDropped: 0, smallSitesDropped: 0, examples: [] };
  const note = (s: string): void => void (report.examples.length < 8 && report.examples.push(s));

  // Slivers from the region cut go first, so they neither win nor lose overlaps.
  const geoms: (Polygonal | null)[] = sites.map((f) => {
    const r = withoutSlivers(f.geometry, o.minAreaM2);
    report.sliversDropped += r.dropped;
    if (!r.geometry) {
      report.smallSitesDropped++;
      note(`${label(f)}: ${areaOf(f.geometry).toFixed(0)} m² after the region cut, dropped`);
    }
    return r.geometry;
  });
  const areas = geoms.map((g) => (g ? areaOf(g) : 0));
  const boxes = geoms.map((g) => (g ? prepareSite(g).bbox : null));
  const tree = new Flatbush(Math.max(1, sites.length));
  for (const b of boxes) tree.add(...(b ?? [0, 0, 0, 0]));
  tree.finish();

  // Larger sites lose land to smaller ones; visiting from the smallest keeps the winner's shape final.
  const order = geoms.map((_g, i) => i).filter((i) => geoms[i]).sort((a, b) => areas[a]! - areas[b]! || a - b);
  for (const small of order) {
    const g = geoms[small];
    const box = boxes[small];
    if (!g || !box) continue;
    for (const big of tree.search(...box)) {
      const h = geoms[big];
      if (big === small || !h || areas[big]! < areas[small]! || (areas[big] === areas[small] && big < small)) continue;
      const shared = intersect(featureCollection([turfFeature(g), turfFeature(h)]));
      const sharedM2 = shared ? areaOf(shared.geometry) : 0;
      if (sharedM2 < o.minOverlapM2) continue;
      const rest = difference(featureCollection([turfFeature(h), turfFeature(g)]));
      report.overlapsResolved++;
      report.overlapM2 += sharedM2;
      const cleaned = rest ? withoutSlivers(rest.geometry, o.minAreaM2) : { geometry: null, dropped: 0 };
      report.sliversDropped += cleaned.dropped;
      geoms[big] = cleaned.geometry;
      if (!cleaned.geometry) {
        report.sitesAbsorbed++;
        note(`${label(sites[big]!)}: within ${label(sites[small]!)}, absorbed`);
      } else {
        note(`${label(sites[big]!)}: ${sharedM2.toFixed(0)} m² shared with ${label(sites[small]!)} left to it`);
      }
    }
  }
  const kept: Feature<Polygonal, P>[] = [];
  sites.forEach((f, i) => {
    const g = geoms[i];
    if (g) kept.push({ ...f, geometry: g });
  });
  report.overlapM2 = Math.round(report.overlapM2);
  return { sites: kept, report };
}
