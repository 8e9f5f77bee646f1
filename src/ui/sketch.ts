/**
 * Pure geometry of the static site sketches (print sheet, compare view): a local equirectangular frame in
 * pixels around one or more sites, SVG path data clamped to a margin around the frame so far-away vertices of
 * large context polygons (municipalities, region) collapse instead of bloating the path, and indexed look-ups
 * of the context (other sites, stops, stations) inside a frame.
 */
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { geometriesBbox } from '../core/geo/bbox.ts';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Options of {@link sketchFrame}. */
export const defaultSketchOptions = {
  /** Smallest ground span shown, m (a tiny plot still shows its streets). */
  minSpanM: 700,
  /** Space added around the sites, as a fraction of their extent. */
  padFraction: 0.35,
  /** Clamp margin outside the frame, as a fraction of its size (hides the clamped parts). */
  clampFraction: 0.5,
};

const mPerDegLat = 111_320;

/** A frame: ground box and its mapping to a widthPx × heightPx picture (north up). */
export interface SketchFrame {
  bbox: BBox;
  widthPx: number;
  heightPx: number;
  /** Degrees → pixels. */
  project(p: Position): [number, number];
}

/** Frame around a box with padding and a minimum span, fitted to the picture's aspect ratio. */
export function sketchFrame(box: BBox, widthPx: number, heightPx: number, options: Partial<typeof defaultSketchOptions> = {}): SketchFrame {
  const o = { ...defaultSketchOptions, ...options };
  const lat0 = (box[1] + box[3]) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180) * mPerDegLat; // metres per degree of longitude here
  let spanX = Math.max((box[2] - box[0]) * kx * (1 + 2 * o.padFraction), o.minSpanM);
  let spanY = Math.max((box[3] - box[1]) * mPerDegLat * (1 + 2 * o.padFraction), o.minSpanM);
  if (spanX / spanY > widthPx / heightPx) spanY = (spanX * heightPx) / widthPx;
  else spanX = (spanY * widthPx) / heightPx;
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  const bbox: BBox = [cx - spanX / 2 / kx, cy - spanY / 2 / mPerDegLat, cx + spanX / 2 / kx, cy + spanY / 2 / mPerDegLat];
  const pxPerM = widthPx / spanX;
  return {
    bbox,
    widthPx,
    heightPx,
    project: (p) => [(p[0]! - bbox[0]) * kx * pxPerM, (bbox[3] - p[1]!) * mPerDegLat * pxPerM],
  };
}

/** SVG path data of a (multi)polygon or (multi)line, clamped around the frame, rounded to 0.5 px. */
export function svgPath(geometry: Geometry | null, frame: SketchFrame, options: Partial<typeof defaultSketchOptions> = {}): string {
  if (!geometry) return '';
  const { clampFraction } = { ...defaultSketchOptions, ...options };
  const mx = frame.widthPx * clampFraction;
  const my = frame.heightPx * clampFraction;
  const line = (ring: Position[], close: boolean): string => {
    let out = '';
    let last = '';
    for (const p of ring) {
      const [x, y] = frame.project(p);
      const cx = Math.round(Math.min(Math.max(x, -mx), frame.widthPx + mx) * 2) / 2;
      const cy = Math.round(Math.min(Math.max(y, -my), frame.heightPx + my) * 2) / 2;
      const pt = `${cx} ${cy}`;
      if (pt === last) continue;
      out += `${out ? 'L' : 'M'}${pt}`;
      last = pt;
    }
    return out && close ? `${out}Z` : out;
  };
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => line(r, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flat().map((r) => line(r, true)).join('');
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((r) => line(r, false)).join('');
    default:
      return '';
  }
}

/** Spatial index of the context drawn around sites. */
export interface SketchIndex {
  sites: FeatureCollection;
  stops: FeatureCollection;
  stations: FeatureCollection;
  siteIndex: Flatbush | null;
  stopIndex: KDBush | null;
  stationIndex: KDBush | null;
}

function pointIndex(fc: FeatureCollection): KDBush | null {
  if (fc.features.length === 0) return null;
  const idx = new KDBush(fc.features.length);
  for (const f of fc.features) {
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : [NaN, NaN];
    idx.add(c[0]!, c[1]!);
  }
  idx.finish();
  return idx;
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Builds the indexes once per data load (O(n log n)). */
export function buildSketchIndex(sites = empty, stops = empty, stations = empty): SketchIndex {
  let siteIndex: Flatbush | null = null;
  if (sites.features.length > 0) {
    siteIndex = new Flatbush(sites.features.length);
    for (const f of sites.features) {
      const b = geometriesBbox([f.geometry]) ?? [0, 0, 0, 0];
      siteIndex.add(b[0], b[1], b[2], b[3]);
    }
    siteIndex.finish();
  }
  return { sites, stops, stations, siteIndex, stopIndex: pointIndex(stops), stationIndex: pointIndex(stations) };
}

/** Indexes of features of the index's layers inside a box. */
export function featuresIn(index: SketchIndex, box: BBox): { sites: number[]; stops: number[]; stations: number[] } {
  return {
    sites: index.siteIndex ? index.siteIndex.search(box[0], box[1], box[2], box[3]) : [],
    stops: index.stopIndex ? index.stopIndex.range(box[0], box[1], box[2], box[3]) : [],
    stations: index.stationIndex ? index.stationIndex.range(box[0], box[1], box[2], box[3]) : [],
  };
}
