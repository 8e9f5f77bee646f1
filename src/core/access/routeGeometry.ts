/**
 * Distances along a public-transport route geometry between consecutive stops (Lambert 72 metres). OpenStreetMap
 * route relations reassembled from vector tiles come as unordered pieces with small gaps at tile edges, so the
 * geometry is made a graph: piece vertices joined along the pieces, piece ends joined to any vertex within `gapM`.
 * A stop is snapped to the nearest segment within `snapM`; the distance between two stops is the shortest path along
 * the graph between their snapped points. A hop is left unknown (null) when a stop does not snap, the two do not
 * connect, or the path is implausible against the straight line (shorter than `minRatio` of it, or longer than
 * `maxRatio` of it plus `slackM`).
 */
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import type { Position } from 'geojson';
import { MinHeap } from './heap.ts';
import { defaultTransitOptions, type TransitOptions } from './transit.ts';

/** Matching settings: the `route…` parameters of `defaultTransitOptions` (their comments and sources are there). */
export const defaultRouteMatchOptions = routeMatchOptionsOf(defaultTransitOptions);

/** The matching settings of a set of transit parameters. */
export function routeMatchOptionsOf(o: Pick<TransitOptions, 'routeSnapM' | 'routeGapM' | 'routeMinRatio' | 'routeMaxRatio' | 'routeSlackM' | 'routeMinSnapShare'>) {
  return { snapM: o.routeSnapM, gapM: o.routeGapM, minRatio: o.routeMinRatio, maxRatio: o.routeMaxRatio, slackM: o.routeSlackM, minSnapShare: o.routeMinSnapShare };
}

/** Matching settings. */
export type RouteMatchOptions = typeof defaultRouteMatchOptions;

/** A route geometry as a graph. */
export interface RouteGraph {
  vx: Float64Array;
  vy: Float64Array;
  /** Adjacency (compressed rows): neighbour vertex and length (m). */
  adjStart: Int32Array;
  adjTo: Int32Array;
  adjM: Float64Array;
  /** Segments as vertex pairs, and their index. */
  segA: Int32Array;
  segB: Int32Array;
  segTree: Flatbush | null;
}

/** Builds the graph of a route's pieces (each a list of positions). */
export function routeGraph(pieces: readonly (readonly Position[])[], options: Partial<RouteMatchOptions> = {}): RouteGraph {
  const o = { ...defaultRouteMatchOptions, ...options };
  const keyOf = new Map<string, number>();
  const xs: number[] = [];
  const ys: number[] = [];
  const vertex = (p: Position): number => {
    const x = p[0] as number;
    const y = p[1] as number;
    // Pieces meet at shared vertices up to rounding (decimetres).
    const key = `${Math.round(x * 10)},${Math.round(y * 10)}`;
    let v = keyOf.get(key);
    if (v === undefined) {
      v = xs.length;
      keyOf.set(key, v);
      xs.push(x);
      ys.push(y);
    }
    return v;
  };
  const ea: number[] = [];
  const eb: number[] = [];
  const ends: number[] = [];
  for (const piece of pieces) {
    let prev = -1;
    for (const p of piece) {
      if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
      const v = vertex(p);
      if (prev >= 0 && prev !== v) {
        ea.push(prev);
        eb.push(v);
      }
      if (prev < 0) ends.push(v);
      prev = v;
    }
    if (prev >= 0) ends.push(prev);
  }
  const nSeg = ea.length;
  const vx = Float64Array.from(xs);
  const vy = Float64Array.from(ys);
  // Gap links: from each piece end to the vertices within gapM (not drawn as segments, not snapped to).
  const ga: number[] = [];
  const gb: number[] = [];
  if (xs.length > 0) {
    const kd = new KDBush(xs.length);
    for (let i = 0; i < xs.length; i++) kd.add(xs[i]!, ys[i]!);
    kd.finish();
    for (const e of new Set(ends)) {
      for (const v of kd.within(xs[e]!, ys[e]!, o.gapM)) {
        if (v !== e) {
          ga.push(e);
          gb.push(v);
        }
      }
    }
  }
  const all = [...ea.map((a, i) => [a, eb[i]!] as const), ...ga.map((a, i) => [a, gb[i]!] as const)];
  const adjStart = new Int32Array(xs.length + 1);
  for (const [a, b] of all) {
    adjStart[a + 1]!++;
    adjStart[b + 1]!++;
  }
  for (let i = 0; i < xs.length; i++) adjStart[i + 1]! += adjStart[i]!;
  const fill = adjStart.slice(0, xs.length);
  const adjTo = new Int32Array(all.length * 2);
  const adjM = new Float64Array(all.length * 2);
  for (const [a, b] of all) {
    const m = Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!);
    let at = fill[a]!++;
    adjTo[at] = b;
    adjM[at] = m;
    at = fill[b]!++;
    adjTo[at] = a;
    adjM[at] = m;
  }
  let segTree: Flatbush | null = null;
  if (nSeg > 0) {
    segTree = new Flatbush(nSeg);
    for (let s = 0; s < nSeg; s++) {
      const a = ea[s]!;
      const b = eb[s]!;
      segTree.add(Math.min(xs[a]!, xs[b]!), Math.min(ys[a]!, ys[b]!), Math.max(xs[a]!, xs[b]!), Math.max(ys[a]!, ys[b]!));
    }
    segTree.finish();
  }
  return { vx, vy, adjStart, adjTo, adjM, segA: Int32Array.from(ea), segB: Int32Array.from(eb), segTree };
}

/** A stop snapped to a route: its segment, the position along it (0–1) and the segment's length. */
export interface Snap {
  seg: number;
  t: number;
  lengthM: number;
  distanceM: number;
}

/** Snaps a point to the nearest segment of the route within `snapM`; null when none. */
export function snapToRoute(g: RouteGraph, x: number, y: number, snapM = defaultRouteMatchOptions.snapM): Snap | null {
  if (!g.segTree) return null;
  let best: Snap | null = null;
  for (const s of g.segTree.search(x - snapM, y - snapM, x + snapM, y + snapM)) {
    const ax = g.vx[g.segA[s]!]!;
    const ay = g.vy[g.segA[s]!]!;
    const dx = g.vx[g.segB[s]!]! - ax;
    const dy = g.vy[g.segB[s]!]! - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
    const d = Math.hypot(ax + t * dx - x, ay + t * dy - y);
    if (d <= snapM && (!best || d < best.distanceM)) best = { seg: s, t, lengthM: Math.sqrt(len2), distanceM: d };
  }
  return best;
}

/** Shortest distance along the route between two snapped points, searching no farther than `maxM`; Infinity when not connected within it. */
export function distanceAlong(g: RouteGraph, a: Snap, b: Snap, maxM: number, heap = new MinHeap(64), best?: Float64Array): number {
  if (a.seg === b.seg) return Math.abs(a.t - b.t) * a.lengthM;
  const dist = best ?? new Float64Array(g.vx.length);
  dist.fill(Infinity);
  heap.clear();
  const seed = (v: number, d: number) => {
    if (d < dist[v]!) {
      dist[v] = d;
      heap.push(v, d);
    }
  };
  seed(g.segA[a.seg]!, a.t * a.lengthM);
  seed(g.segB[a.seg]!, (1 - a.t) * a.lengthM);
  const ta = g.segA[b.seg]!;
  const tb = g.segB[b.seg]!;
  const toA = b.t * b.lengthM;
  const toB = (1 - b.t) * b.lengthM;
  let found = Infinity;
  while (heap.size > 0) {
    const d = heap.peekKey();
    const v = heap.pop();
    if (d > dist[v]!) continue;
    if (d >= found || d > maxM) break;
    if (v === ta) found = Math.min(found, d + toA);
    if (v === tb) found = Math.min(found, d + toB);
    for (let e = g.adjStart[v]!; e < g.adjStart[v + 1]!; e++) {
      const w = g.adjTo[e]!;
      const dw = d + g.adjM[e]!;
      if (dw < dist[w]!) {
        dist[w] = dw;
        heap.push(w, dw);
      }
    }
  }
  return found <= maxM ? found : Infinity;
}

/** How a line's stops fit a route. */
export interface RouteFit {
  /** Stops snapped within `snapM`, out of all given. */
  snapped: number;
  /** Mean distance of the snapped stops to the route (m). */
  meanSnapM: number;
}

/** How well `stops` fit the route (for choosing among the relations of a line). */
export function routeFit(g: RouteGraph, stops: readonly (readonly [number, number])[], options: Partial<RouteMatchOptions> = {}): RouteFit {
  const o = { ...defaultRouteMatchOptions, ...options };
  let snapped = 0;
  let sum = 0;
  for (const [x, y] of stops) {
    const s = snapToRoute(g, x, y, o.snapM);
    if (s) {
      snapped++;
      sum += s.distanceM;
    }
  }
  return { snapped, meanSnapM: snapped ? sum / snapped : Infinity };
}

/**
 * Distance along the route from each stop to the next (length `stops.length - 1`); null where unknown (see the
 * module comment). Stops in riding order, Lambert 72.
 */
export function hopsAlongRoute(g: RouteGraph, stops: readonly (readonly [number, number])[], options: Partial<RouteMatchOptions> = {}): (number | null)[] {
  const o = { ...defaultRouteMatchOptions, ...options };
  const snaps = stops.map(([x, y]) => snapToRoute(g, x, y, o.snapM));
  const heap = new MinHeap(256);
  const scratch = new Float64Array(g.vx.length);
  const out: (number | null)[] = [];
  for (let k = 0; k + 1 < stops.length; k++) {
    const a = snaps[k];
    const b = snaps[k + 1];
    const [ax, ay] = stops[k]!;
    const [bx, by] = stops[k + 1]!;
    const straight = Math.hypot(bx - ax, by - ay);
    if (!a || !b) {
      out.push(null);
      continue;
    }
    const maxM = o.maxRatio * straight + o.slackM;
    const d = distanceAlong(g, a, b, maxM, heap, scratch);
    out.push(Number.isFinite(d) && d >= o.minRatio * straight ? d : null);
  }
  return out;
}
