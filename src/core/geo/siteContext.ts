/**
 * What surrounds a site, for people to find it and to know its past: the nearest named street (an
 * address) and the OSM land use of 2013 over it. Lambert 72 metres; indexes built once per layer.
 */
import intersect from '@turf/intersect';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import Flatbush from 'flatbush';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { prepareSite, siteArea, type SiteShape } from './geom.ts';
import { buildShapeIndex, nearestShape, type ShapeIndex } from './spatialIndex.ts';

type Polygonal = Polygon | MultiPolygon;

/** Endings of Dutch street names: a first part ending so is the Dutch one. */
const dutchStreet = /(straat|laan|weg|plein|kaai|dreef|pad|gang|brug|markt|hof|dijk|singel|wegel)$/i;

/**
 * Splits a Brussels bilingual name `"Rue X - Xstraat"` into [fr, nl]. OSM Brussels puts French first;
 * some 2013 names are the other way round or miss a space around the dash, which this tolerates.
 * A name with no spaced dash ("Saint-Josse") is the same in both languages.
 */
export function splitBilingualName(name: string): [string, string] {
  const parts = name.split(/\s+-\s*|\s*-\s+/).map((s) => s.trim()).filter(Boolean);
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    return dutchStreet.test(a) && !dutchStreet.test(b) ? [b, a] : [a, b];
  }
  const n = name.trim();
  return [n, n];
}

/** A street of the road layer: names FR/NL and OSM highway class. */
export interface StreetProps {
  nameFr: string;
  nameNl: string;
  highway: string;
}

/** An address: street names, house number, distance from the site's edge (m). */
export interface SiteAddress {
  streetFr: string;
  streetNl: string;
  houseNumber: string;
  streetDistM: number;
}

/** Settings of the address finder. */
export const defaultAddressOptions = {
  /** Farther than this (m) no street is given: the site is not reached by a named street in the data. */
  maxStreetDistM: 500,
  /** Road classes that are no address (motorways, slip roads). */
  excludedHighways: ['motorway', 'motorway_link', 'trunk_link', 'primary_link', 'secondary_link', 'tertiary_link'],
};

/** Builds a finder of the address of a site: the `addr:street` tagged on it, else the nearest named street. */
export function addressFinder(streets: readonly Feature<Geometry, StreetProps>[], options: Partial<typeof defaultAddressOptions> = {}) {
  const o = { ...defaultAddressOptions, ...options };
  const idx: ShapeIndex = buildShapeIndex(streets, (f) => {
    const p = f.properties as StreetProps | null;
    return !!p && (p.nameFr !== '' || p.nameNl !== '') && !o.excludedHighways.includes(p.highway);
  });
  return (site: SiteShape, tags: Record<string, unknown>): SiteAddress => {
    const tagged = typeof tags['addr:street'] === 'string' ? tags['addr:street'].trim() : '';
    const houseNumber = typeof tags['addr:housenumber'] === 'string' ? tags['addr:housenumber'].trim() : '';
    if (tagged) {
      const [fr, nl] = splitBilingualName(tagged);
      return { streetFr: fr, streetNl: nl, houseNumber, streetDistM: 0 };
    }
    const near = nearestShape(site, idx, { maxSearchM: o.maxStreetDistM, initialSearchM: 50 });
    const p = near.index >= 0 ? streets[near.index]?.properties : undefined;
    if (!p) return { streetFr: '', streetNl: '', houseNumber: '', streetDistM: -1 };
    const [fr, nl] = p.nameFr === p.nameNl ? splitBilingualName(p.nameFr) : [p.nameFr || p.nameNl, p.nameNl || p.nameFr];
    return { streetFr: fr, streetNl: nl, houseNumber: '', streetDistM: Math.round(near.distanceM) };
  };
}

/** The land use of 2013 over a site: dominant class and its share, and the area that was industrial. */
export interface LanduseHistory {
  /** Dominant class, '' when mapped land use covers less than `minShare` of the site. */
  landuse2013: string;
  /** Share (0–1, 2 decimals) of the site covered by that class. */
  landuse2013Share: number;
  /** Area that was `landuse=industrial` in 2013, m². */
  formerIndustrialM2: number;
}

/** Settings of the land-use history finder. */
export const defaultHistoryOptions = {
  /** Below this share of the site, no dominant class is named (the map did not cover it). */
  minShare: 0.1,
};

/** Builds a finder of the 2013 land use over a site from 2013 land-use polygons (with `landuse`). */
export function landuseHistoryFinder(landuse2013: readonly Feature<Geometry, { landuse?: unknown }>[], options: Partial<typeof defaultHistoryOptions> = {}) {
  const o = { ...defaultHistoryOptions, ...options };
  const polys = landuse2013.filter((f): f is Feature<Polygonal, { landuse?: unknown }> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const boxes = polys.map((f) => prepareSite(f.geometry).bbox);
  const tree = new Flatbush(Math.max(1, polys.length));
  for (const b of boxes) tree.add(...b);
  if (polys.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  return (geometry: Polygonal): LanduseHistory => {
    const site = prepareSite(geometry);
    const total = siteArea(site);
    const byClass = new Map<string, number>();
    for (const i of polys.length ? tree.search(...site.bbox) : []) {
      const f = polys[i]!;
      const cls = typeof f.properties?.landuse === 'string' ? f.properties.landuse : '';
      if (!cls) continue;
      const shared = intersect(featureCollection([turfFeature(geometry), turfFeature(f.geometry)]));
      if (shared) byClass.set(cls, (byClass.get(cls) ?? 0) + siteArea(prepareSite(shared.geometry)));
    }
    // Nested 2013 polygons of one class can overlap: a class never covers more than the site.
    const capped = [...byClass].map(([c, a]): [string, number] => [c, Math.min(a, total)]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const top = capped[0];
    const share = top && total > 0 ? top[1] / total : 0;
    return {
      landuse2013: top && share >= o.minShare ? top[0] : '',
      landuse2013Share: share >= o.minShare ? Math.round(share * 100) / 100 : 0,
      formerIndustrialM2: Math.round(Math.min(byClass.get('industrial') ?? 0, total)),
    };
  };
}
