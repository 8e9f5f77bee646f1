/**
 * Pure geometry of the static site sketches (print sheet, compare view): a local equirectangular frame in
 * pixels around one or more sites, SVG path data clamped to a margin around the frame so far-away vertices of
 * large context polygons (municipalities, region) collapse instead of bloating the path, indexed look-ups
 * of the context (other sites, stops, stations, 2013 roads) inside a frame, and where to write street names.
 */
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import type { FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';
import { geometriesBbox } from './bbox.ts';
import { metresPerDegree, metresPerDegreeLng } from './degrees.ts';

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

/** A frame: ground box and its mapping to a widthPx × heightPx picture (north up). */
export interface SketchFrame {
  bbox: BBox;
  widthPx: number;
  heightPx: number;
  /** Ground width of the picture, m (for a scale bar). */
  widthM: number;
  /** Degrees → pixels. */
  project(p: Position): [number, number];
}

/** Frame around a box with padding and a minimum span, fitted to the picture's aspect ratio. */
export function sketchFrame(box: BBox, widthPx: number, heightPx: number, options: Partial<typeof defaultSketchOptions> = {}): SketchFrame {
  const o = { ...defaultSketchOptions, ...options };
  const lat0 = (box[1] + box[3]) / 2;
  const kx = metresPerDegreeLng(lat0);
  let spanX = Math.max((box[2] - box[0]) * kx * (1 + 2 * o.padFraction), o.minSpanM);
  let spanY = Math.max((box[3] - box[1]) * metresPerDegree * (1 + 2 * o.padFraction), o.minSpanM);
  if (spanX / spanY > widthPx / heightPx) spanY = (spanX * heightPx) / widthPx;
  else spanX = (spanY * widthPx) / heightPx;
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  const bbox: BBox = [cx - spanX / 2 / kx, cy - spanY / 2 / metresPerDegree, cx + spanX / 2 / kx, cy + spanY / 2 / metresPerDegree];
  const pxPerM = widthPx / spanX;
  return {
    bbox,
    widthPx,
    heightPx,
    widthM: spanX,
    project: (p) => [(p[0]! - bbox[0]) * kx * pxPerM, (bbox[3] - p[1]!) * metresPerDegree * pxPerM],
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
  roads: FeatureCollection;
  siteIndex: Flatbush | null;
  stopIndex: KDBush | null;
  stationIndex: KDBush | null;
  roadIndex: Flatbush | null;
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

function boxIndex(fc: FeatureCollection): Flatbush | null {
  if (fc.features.length === 0) return null;
  const idx = new Flatbush(fc.features.length);
  for (const f of fc.features) {
    const b = geometriesBbox([f.geometry]) ?? [0, 0, 0, 0];
    idx.add(b[0], b[1], b[2], b[3]);
  }
  idx.finish();
  return idx;
}

/** Builds the indexes once per data load (O(n log n)). */
export function buildSketchIndex(sites = empty, stops = empty, stations = empty, roads = empty): SketchIndex {
  return {
    sites,
    stops,
    stations,
    roads,
    siteIndex: boxIndex(sites),
    stopIndex: pointIndex(stops),
    stationIndex: pointIndex(stations),
    roadIndex: boxIndex(roads),
  };
}

/** Indexes of features of the index's layers inside a box. */
export function featuresIn(index: SketchIndex, box: BBox): { sites: number[]; stops: number[]; stations: number[]; roads: number[] } {
  return {
    sites: index.siteIndex ? index.siteIndex.search(box[0], box[1], box[2], box[3]) : [],
    stops: index.stopIndex ? index.stopIndex.range(box[0], box[1], box[2], box[3]) : [],
    stations: index.stationIndex ? index.stationIndex.range(box[0], box[1], box[2], box[3]) : [],
    roads: index.roadIndex ? index.roadIndex.search(box[0], box[1], box[2], box[3]) : [],
  };
}

const majorHighways = new Set(['motorway', 'trunk', 'primary', 'secondary']);

/** Whether a 2013 road is drawn as a main road (motorway to secondary, with their slip roads). */
export function isMajorRoad(props: GeoJsonProperties): boolean {
  const h = typeof props?.highway === 'string' ? props.highway.replace(/_link$/, '') : '';
  return majorHighways.has(h);
}

/** A street name placed along its street, in sketch pixels; `angle` in degrees, within ±90 so it never reads upside down. */
export interface StreetLabel {
  text: string;
  x: number;
  y: number;
  angle: number;
}

/** Options of {@link streetLabels}. */
export const defaultStreetLabelOptions = {
  /** Labels keep this far from the frame's edge, px (a name is centred on its anchor). */
  edgePx: 24,
  /** Width of one character of a label, px (9 px italic sans), to know how far a name reaches. */
  charPx: 5,
  /** Fewest pixels between the baselines of two names (text height and a margin). */
  clearPx: 12,
};

type Segment = [[number, number], [number, number]];

/** The baseline a label covers, from its anchor, angle and length. */
function labelSegment(l: StreetLabel, charPx: number): Segment {
  const half = (l.text.length * charPx) / 2;
  const [dx, dy] = [Math.cos((l.angle * Math.PI) / 180) * half, Math.sin((l.angle * Math.PI) / 180) * half];
  return [[l.x - dx, l.y - dy], [l.x + dx, l.y + dy]];
}

/** Shortest distance between two segments, px (0 when they cross). */
function segmentGap([a, b]: Segment, [c, d]: Segment): number {
  const side = (p: [number, number], q: [number, number], r: [number, number]) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) return 0;
  return Math.min(distToSegment(a, c, d), distToSegment(b, c, d), distToSegment(c, a, b), distToSegment(d, a, b));
}

const segmentsOf = (g: Geometry | null): Position[][] =>
  g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];

/** Distance from point p to segment ab, px. */
function distToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const k = len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - a[0] - k * dx, p[1] - a[1] - k * dy);
}

/**
 * Up to `max` street names around the frame's centre (the site): each name once, nearest first, written at the
 * middle of the longest segment of its nearest piece that lies well inside the frame, along that segment.
 * `nameOf` picks the name in the UI language (the caller's: geometry knows no language); unnamed roads are skipped.
 */
export function streetLabels(
  index: SketchIndex,
  frame: SketchFrame,
  roadIds: readonly number[],
  nameOf: (props: GeoJsonProperties) => string,
  max: number,
  options: Partial<typeof defaultStreetLabelOptions> = {},
): StreetLabel[] {
  const o = { ...defaultStreetLabelOptions, ...options };
  const centre: [number, number] = [frame.widthPx / 2, frame.heightPx / 2];
  const inside = (x: number, y: number) => x > o.edgePx && x < frame.widthPx - o.edgePx && y > o.edgePx && y < frame.heightPx - o.edgePx;
  const best = new Map<string, { dist: number; label: StreetLabel }>();
  for (const i of roadIds) {
    const f = index.roads.features[i];
    const text = f ? nameOf(f.properties).trim() : '';
    if (!f || !text) continue;
    let dist = Infinity;
    let anchor: StreetLabel | null = null;
    let longest = 0;
    for (const line of segmentsOf(f.geometry)) {
      for (let k = 1; k < line.length; k++) {
        const a = frame.project(line[k - 1]!);
        const b = frame.project(line[k]!);
        dist = Math.min(dist, distToSegment(centre, a, b));
        const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
        if (len <= longest || !inside(mx, my)) continue;
        let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
        if (angle > 90) angle -= 180;
        else if (angle <= -90) angle += 180;
        longest = len;
        anchor = { text, x: mx, y: my, angle };
      }
    }
    const known = best.get(text);
    if (anchor && (!known || dist < known.dist)) best.set(text, { dist, label: anchor });
  }
  const out: StreetLabel[] = [];
  const placed: Segment[] = [];
  for (const { label } of [...best.values()].sort((a, b) => a.dist - b.dist)) {
    if (out.length >= max) break;
    const seg = labelSegment(label, o.charPx);
    if (placed.some((p) => segmentGap(p, seg) < o.clearPx)) continue; // names would overprint
    out.push(label);
    placed.push(seg);
  }
  return out;
}
