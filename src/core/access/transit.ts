/**
 * Public-transport travel times from a site to every statistical sector (issue 13): a frequency-based model of the
 * STIB network, with one shortest-path search (Dijkstra, binary heap) per site over stops and line stops, not N×M
 * straight lines.
 *
 * The network (Lambert 72 metres, minutes):
 * - a node per stop, and a node per line stop (a line and direction at one stop: being aboard there);
 * - riding: line stop → next line stop of the same line and direction, distance along the line (the OSM route when it
 *   matched, else the straight line × `hopDetour`) at the mode's commercial speed (which includes the stops);
 * - alighting: line stop → its stop, 0 min; boarding again: stop → line stop, half the mode's mean headway (the
 *   expected wait of someone arriving at random) plus `transferPenaltyMin`;
 * - transfers on foot: stop → stop within `maxTransferWalkM`;
 * - from the site: to the line stops of every stop within `maxAccessWalkM` of its edge, walking plus the wait (no
 *   transfer penalty on the first boarding); to a sector point: from every stop within `maxAccessWalkM` of it.
 * Walking is the straight line × `walkDetour` at `walkKmh`. A sector's time is the smaller of walking all the way and
 * the best trip by transit; beyond `maxMinutes` it is not reached (Infinity).
 */
import KDBush from 'kdbush';
import { pointSiteDistance, type SiteShape } from '../geo/geom.ts';
import { MinHeap } from './heap.ts';

/** Modes of the STIB network. */
export const transitModes = ['metro', 'tram', 'bus'] as const;
/** One mode. */
export type TransitMode = (typeof transitModes)[number];

/** Parameters of the model; each with its source. They are written into `access-reach.json` for the user. */
export const defaultTransitOptions = {
  /** Metro commercial speed including station stops, km/h. SOURCE: STIB, "Le saviez-vous ?" in Metro Belgique no. 4127, 25 Nov 2019 ("28 km/h de vitesse moyenne, en tenant compte des arrêts en station"); fr.wikipedia "Métro de Bruxelles" infobox: 28.0 km/h. */
  metroKmh: 28,
  /** Tram commercial speed, km/h. SOURCE: Bruxelles Mobilité, data.mobility.brussels observatory "commercial speed": 16.2 km/h on STIB tram lines in 2022 (16.0 in STIB's 2016 activity report). */
  tramKmh: 16.2,
  /** Bus commercial speed, km/h. SOURCE: same observatory page: STIB buses fell "from 18 to 15.5 km/h" (16.1 in the 2016 activity report). */
  busKmh: 15.5,
  /** Mean weekday headway of one metro line, min. ASSUMPTION from STIB's offer: 2–2.5 min on the shared trunks in the peak, i.e. about 5 per line (DH, Sept 2021), 10 per line in the evening (La Capitale, Aug 2022). */
  metroHeadwayMin: 6,
  /** Mean weekday headway of one tram line, min. ASSUMPTION from STIB's offer (March 2023): 6 min on the trunks of 3/4 and 7/25, 12 on their branches; 10 on lines 19 and 55. */
  tramHeadwayMin: 10,
  /** Mean weekday headway of one bus line, min. ASSUMPTION: 4 min on line 71, the busiest (peak, 2022), 8 on line 20 (peak); most lines run every 10–20 min off-peak. */
  busHeadwayMin: 12,
  /** Added to every boarding after the first (changing vehicles), min. ASSUMPTION, beside the wait itself. */
  transferPenaltyMin: 3,
  /** Walking speed, km/h. ASSUMPTION: 1.33 m/s, a usual planning value for adults. */
  walkKmh: 4.8,
  /** Walked distance / straight-line distance. ASSUMPTION: on a square street grid it averages 4/π ≈ 1.27 over all directions. */
  walkDetour: 1.3,
  /** Distance along the line / straight line between two stops, where no OSM route geometry matched (12 % of hops). SOURCE: this build's hops measured along the OSM routes: median 1.03 (2,788 hops over 100 m; the build prints it), rounded up. */
  hopDetour: 1.05,
  /** Longest walk (straight line) from the site's edge to a stop, and from a stop to a sector's point, m. ASSUMPTION: about 20 min on foot (1250 m × 1.3 at 4.8 km/h), so a site 1.2 km from a metro station still reaches it. */
  maxAccessWalkM: 1250,
  /** Longest walk (straight line) between two stops to change lines, m. ASSUMPTION. */
  maxTransferWalkM: 250,
  /** Horizon of the search, min: the longest time reported (the labour shed's widest band). */
  maxMinutes: 45,
  /** Matching a line to its OSM route: a stop farther than this from the route does not snap, m. ASSUMPTION: STIB stop points sit on pavements and at station entrances. */
  routeSnapM: 75,
  /** Route pieces (reassembled from vector tiles) are joined across gaps up to this, m. SOURCE: with 60 m, 174 of the 176 OSM routes of the mirror become one connected piece (25 m: 131). */
  routeGapM: 60,
  /** A hop along the route is refused when shorter than this share of the straight line. ASSUMPTION (snapping may shorten a hop a little). */
  routeMinRatio: 0.7,
  /** …or longer than this multiple of the straight line plus `routeSlackM`. ASSUMPTION (longer means the path went the wrong way round). */
  routeMaxRatio: 2.5,
  /** See `routeMaxRatio`, m. ASSUMPTION. */
  routeSlackM: 300,
  /** A route matches a line direction when at least this share of its stops snap to it. ASSUMPTION; the others use `hopDetour`. */
  routeMinSnapShare: 0.8,
};

/** Model parameters. */
export type TransitOptions = typeof defaultTransitOptions;

/** A stop (Lambert 72 metres). */
export interface TransitStop {
  id: string;
  x: number;
  y: number;
}

/** One line in one direction: its stops in order. */
export interface TransitLine {
  /** Line and direction, for reports, e.g. `71>DELTA`. */
  id: string;
  mode: TransitMode;
  /** Stop ids in riding order; ids with no stop are skipped (the line runs on to its next known stop). */
  stopIds: readonly string[];
  /**
   * Distance along the line from each stop of `stopIds` to the next (metres), when known from a route geometry; null
   * (or absent) where unknown: the straight line × `hopDetour` is used. Length `stopIds.length - 1`.
   */
  hopM?: readonly (number | null)[];
}

/** A hop between two consecutive stops of a line that both have a position: its length and how it was known. */
export interface LineHop {
  metres: number;
  /** True when measured along the route (every hop in between had a length), false for the straight line × `hopDetour`. */
  alongRoute: boolean;
}

/**
 * Walks `line`'s stops in riding order, calling `visit` for each one `locate` finds ([x, y] metres; undefined for a
 * stop without coordinates, skipped) with the hop from the previous found stop (null at the first): its length
 * along the route where every hop in between has a measured length (`hopM`), else the straight line × `hopDetour`.
 */
export function walkLineStops(
  line: Pick<TransitLine, 'stopIds' | 'hopM'>,
  locate: (id: string) => readonly [number, number] | undefined,
  hopDetour: number,
  visit: (id: string, hop: LineHop | null) => void,
): void {
  let prev: readonly [number, number] | undefined;
  // Distance along the route since the previous found stop; null once a hop of unknown length is crossed.
  let along: number | null = 0;
  line.stopIds.forEach((id, k) => {
    if (k > 0 && along !== null) {
      const h = line.hopM?.[k - 1];
      along = typeof h === 'number' && Number.isFinite(h) && h >= 0 ? along + h : null;
    }
    const p = locate(id);
    if (!p) return;
    const hop = prev ? { metres: along ?? Math.hypot(p[0] - prev[0], p[1] - prev[1]) * hopDetour, alongRoute: along !== null } : null;
    visit(id, hop);
    prev = p;
    along = 0;
  });
}

/** A destination point (Lambert 72): a sector's point. */
export interface TransitDestination {
  x: number;
  y: number;
}

/** What building the network found. */
export interface TransitNetworkReport {
  stops: number;
  lines: number;
  /** Line stops (nodes aboard). */
  lineStops: number;
  /** Rides between consecutive line stops; of them, those measured along a route geometry. */
  hops: number;
  hopsAlongRoute: number;
  /** Stop references of lines with no stop (skipped). */
  missingStopRefs: number;
  /** Walking links between stops (each direction counted). */
  transferLinks: number;
  /** Destinations with no stop within `maxAccessWalkM` (reached on foot only). */
  destinationsWithoutStop: number;
}

/** The network, built once, searched from every site. */
export interface TransitNetwork {
  options: TransitOptions;
  stopIds: readonly string[];
  stopX: Float64Array;
  stopY: Float64Array;
  stopIndex: KDBush | null;
  /** Nodes: stops first (0 … stops−1), then line stops. */
  nodeCount: number;
  /** Outgoing links of every node (compressed rows): targets and minutes. */
  linkStart: Int32Array;
  linkTo: Int32Array;
  linkMin: Float64Array;
  /** Line stops of each stop (compressed rows) and the wait to board each. */
  boardStart: Int32Array;
  boardNode: Int32Array;
  boardWaitMin: Float64Array;
  destX: Float64Array;
  destY: Float64Array;
  /** Stops within walking distance of each destination (compressed rows) and the walk, minutes. */
  egressStart: Int32Array;
  egressStop: Int32Array;
  egressMin: Float64Array;
  report: TransitNetworkReport;
}

/** Walking minutes per straight-line metre. */
export const walkMinPerM = (o: Pick<TransitOptions, 'walkKmh' | 'walkDetour'>): number => (o.walkDetour * 60) / (o.walkKmh * 1000);

/** Mean wait to board a mode (half its mean headway), minutes. */
export function waitMin(mode: TransitMode, o: TransitOptions): number {
  return (mode === 'metro' ? o.metroHeadwayMin : mode === 'tram' ? o.tramHeadwayMin : o.busHeadwayMin) / 2;
}

/** Commercial speed of a mode, metres per minute. */
function speedMPerMin(mode: TransitMode, o: TransitOptions): number {
  return ((mode === 'metro' ? o.metroKmh : mode === 'tram' ? o.tramKmh : o.busKmh) * 1000) / 60;
}

/** Compressed rows from (row, value…) entries. */
function rows(count: number, rowOf: Int32Array): Int32Array {
  const start = new Int32Array(count + 1);
  for (const r of rowOf) start[r + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  return start;
}

function buildKd(xs: Float64Array, ys: Float64Array): KDBush | null {
  if (xs.length === 0) return null;
  const kd = new KDBush(xs.length);
  for (let i = 0; i < xs.length; i++) kd.add(xs[i]!, ys[i]!);
  kd.finish();
  return kd;
}

/** Builds the network of `stops` and `lines` and the walking links to `destinations` (Lambert 72). */
export function buildTransitNetwork(
  stops: readonly TransitStop[],
  lines: readonly TransitLine[],
  destinations: readonly TransitDestination[],
  options: Partial<TransitOptions> = {},
): TransitNetwork {
  const o: TransitOptions = { ...defaultTransitOptions, ...options };
  const nStops = stops.length;
  const stopX = Float64Array.from(stops, (s) => s.x);
  const stopY = Float64Array.from(stops, (s) => s.y);
  const indexOf = new Map<string, number>();
  stops.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i);
  });
  const walk = walkMinPerM(o);

  // Line stops: one node per kept stop of each line, and the links between them.
  const from: number[] = [];
  const to: number[] = [];
  const minutes: number[] = [];
  const link = (a: number, b: number, m: number) => {
    from.push(a);
    to.push(b);
    minutes.push(m);
  };
  const boardStop: number[] = [];
  const boardNodes: number[] = [];
  const boardWait: number[] = [];
  let node = nStops;
  let hops = 0;
  let hopsAlongRoute = 0;
  let missingStopRefs = 0;
  for (const line of lines) {
    const speed = speedMPerMin(line.mode, o);
    const wait = waitMin(line.mode, o);
    let prev = -1;
    const locate = (id: string): [number, number] | undefined => {
      const s = indexOf.get(id);
      if (s === undefined) return void missingStopRefs++;
      return [stopX[s]!, stopY[s]!];
    };
    walkLineStops(line, locate, o.hopDetour, (id, hop) => {
      const s = indexOf.get(id)!;
      const here = node++;
      link(here, s, 0); // alight
      boardStop.push(s);
      boardNodes.push(here);
      boardWait.push(wait);
      if (hop) {
        if (hop.alongRoute) hopsAlongRoute++;
        hops++;
        link(prev, here, hop.metres / speed);
      }
      prev = here;
    });
  }
  const nodeCount = node;

  // Walking between stops to change lines.
  const stopIndex = buildKd(stopX, stopY);
  let transferLinks = 0;
  if (stopIndex) {
    for (let i = 0; i < nStops; i++) {
      for (const j of stopIndex.within(stopX[i]!, stopY[i]!, o.maxTransferWalkM)) {
        if (j === i) continue;
        link(i, j, Math.hypot(stopX[j]! - stopX[i]!, stopY[j]! - stopY[i]!) * walk);
        transferLinks++;
      }
    }
  }
  // Boarding again at a stop one has reached: the wait and the transfer penalty.
  boardStop.forEach((s, k) => link(s, boardNodes[k]!, boardWait[k]! + o.transferPenaltyMin));

  const fromArr = Int32Array.from(from);
  const linkStart = rows(nodeCount, fromArr);
  const fill = linkStart.slice(0, nodeCount);
  const linkTo = new Int32Array(from.length);
  const linkMin = new Float64Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const at = fill[from[e]!]!++;
    linkTo[at] = to[e]!;
    linkMin[at] = minutes[e]!;
  }

  const boardStopArr = Int32Array.from(boardStop);
  const boardStart = rows(nStops, boardStopArr);
  const bFill = boardStart.slice(0, nStops);
  const boardNode = new Int32Array(boardStop.length);
  const boardWaitMin = new Float64Array(boardStop.length);
  boardStop.forEach((s, k) => {
    const at = bFill[s]!++;
    boardNode[at] = boardNodes[k]!;
    boardWaitMin[at] = boardWait[k]!;
  });

  // Egress: stops within walking distance of each destination.
  const destX = Float64Array.from(destinations, (d) => d.x);
  const destY = Float64Array.from(destinations, (d) => d.y);
  const eRow: number[] = [];
  const eStop: number[] = [];
  const eMin: number[] = [];
  let destinationsWithoutStop = 0;
  destinations.forEach((d, j) => {
    const near = stopIndex ? stopIndex.within(d.x, d.y, o.maxAccessWalkM) : [];
    if (near.length === 0) destinationsWithoutStop++;
    for (const s of near) {
      eRow.push(j);
      eStop.push(s);
      eMin.push(Math.hypot(stopX[s]! - d.x, stopY[s]! - d.y) * walk);
    }
  });
  const eRowArr = Int32Array.from(eRow);
  const egressStart = rows(destinations.length, eRowArr);
  const eFill = egressStart.slice(0, destinations.length);
  const egressStop = new Int32Array(eRow.length);
  const egressMin = new Float64Array(eRow.length);
  eRow.forEach((j, k) => {
    const at = eFill[j]!++;
    egressStop[at] = eStop[k]!;
    egressMin[at] = eMin[k]!;
  });

  return {
    options: o,
    stopIds: stops.map((s) => s.id),
    stopX,
    stopY,
    stopIndex,
    nodeCount,
    linkStart,
    linkTo,
    linkMin,
    boardStart,
    boardNode,
    boardWaitMin,
    destX,
    destY,
    egressStart,
    egressStop,
    egressMin,
    report: {
      stops: nStops,
      lines: lines.length,
      lineStops: nodeCount - nStops,
      hops,
      hopsAlongRoute,
      missingStopRefs,
      transferLinks,
      destinationsWithoutStop,
    },
  };
}

/** Where a search starts: a box around it and the straight-line distance to it (0 inside a site). */
export interface TransitOrigin {
  /** [minX, minY, maxX, maxY], Lambert 72 metres. */
  bbox: readonly [number, number, number, number];
  distanceM(x: number, y: number): number;
}

/** A point as an origin. */
export function pointOrigin(x: number, y: number): TransitOrigin {
  return { bbox: [x, y, x, y], distanceM: (px, py) => Math.hypot(px - x, py - y) };
}

/** Reusable buffers for `travelTimes` (one per network; not shared between concurrent searches). */
export interface TransitScratch {
  best: Float64Array;
  heap: MinHeap;
}

/** Buffers sized for `net`. */
export function transitScratch(net: TransitNetwork): TransitScratch {
  return { best: new Float64Array(net.nodeCount), heap: new MinHeap(Math.max(16, net.nodeCount)) };
}

/**
 * Minutes from `origin` to every destination of the network (walking all the way, or by transit, whichever is
 * shorter); Infinity beyond `maxMinutes`. Also gives the minutes to every stop (`stopMin`, arrival on foot or
 * alighting; Infinity when not reached).
 */
export function travelTimes(net: TransitNetwork, origin: TransitOrigin, scratch: TransitScratch = transitScratch(net)): { destMin: Float64Array; stopMin: Float64Array } {
  const o = net.options;
  const walk = walkMinPerM(o);
  const best = scratch.best;
  best.fill(Infinity);
  const heap = scratch.heap;
  heap.clear();
  const nStops = net.stopX.length;

  // From the site's edge to the line stops of the stops within walking distance (first boarding: the wait only).
  if (net.stopIndex) {
    const r = o.maxAccessWalkM;
    const [x0, y0, x1, y1] = origin.bbox;
    for (const s of net.stopIndex.range(x0 - r, y0 - r, x1 + r, y1 + r)) {
      const d = origin.distanceM(net.stopX[s]!, net.stopY[s]!);
      if (d > r) continue;
      const t = d * walk;
      if (t < best[s]!) {
        best[s] = t; // reached on foot (it may serve to walk on to a sector, not to board with a transfer penalty)
      }
      for (let k = net.boardStart[s]!; k < net.boardStart[s + 1]!; k++) {
        const n = net.boardNode[k]!;
        const tb = t + net.boardWaitMin[k]!;
        if (tb < best[n]! && tb <= o.maxMinutes) {
          best[n] = tb;
          heap.push(n, tb);
        }
      }
    }
  }
  // A stop reached on foot from the site is no boarding point with a penalty: its walking label is settled apart.
  const walkedTo = new Float64Array(nStops);
  for (let s = 0; s < nStops; s++) walkedTo[s] = best[s]!;
  for (let s = 0; s < nStops; s++) best[s] = Infinity;

  while (heap.size > 0) {
    const t = heap.peekKey();
    const n = heap.pop();
    if (t > best[n]!) continue; // stale
    for (let e = net.linkStart[n]!; e < net.linkStart[n + 1]!; e++) {
      const m = net.linkTo[e]!;
      const tm = t + net.linkMin[e]!;
      if (tm < best[m]! && tm <= o.maxMinutes) {
        best[m] = tm;
        heap.push(m, tm);
      }
    }
  }

  const stopMin = new Float64Array(nStops);
  for (let s = 0; s < nStops; s++) stopMin[s] = Math.min(best[s]!, walkedTo[s]!);
  const nDest = net.destX.length;
  const destMin = new Float64Array(nDest);
  for (let j = 0; j < nDest; j++) {
    let t = origin.distanceM(net.destX[j]!, net.destY[j]!) * walk;
    for (let k = net.egressStart[j]!; k < net.egressStart[j + 1]!; k++) {
      // Walking site → stop → sector is no better than walking straight on: only stops reached by transit count.
      const tt = best[net.egressStop[k]!]! + net.egressMin[k]!;
      if (tt < t) t = tt;
    }
    destMin[j] = t <= o.maxMinutes ? t : Infinity;
  }
  return { destMin, stopMin };
}

/**
 * Minutes by transit between two stops of the network, riding and changing as the model does, as if starting aboard
 * nothing at stop `fromId` (the first boarding pays its wait, no transfer penalty): for checks against published
 * running times. Infinity when not reached within `maxMinutes` (pass a larger horizon in the options to check long
 * lines). `withWait` false leaves the first wait out (running time only).
 */
export function stopToStopMin(net: TransitNetwork, fromId: string, toId: string, withWait = true): number {
  const a = net.stopIds.indexOf(fromId);
  const b = net.stopIds.indexOf(toId);
  if (a < 0 || b < 0) return NaN;
  const best = new Float64Array(net.nodeCount).fill(Infinity);
  const heap = new MinHeap(64);
  for (let k = net.boardStart[a]!; k < net.boardStart[a + 1]!; k++) {
    const n = net.boardNode[k]!;
    const t = withWait ? net.boardWaitMin[k]! : 0;
    if (t < best[n]!) {
      best[n] = t;
      heap.push(n, t);
    }
  }
  while (heap.size > 0) {
    const t = heap.peekKey();
    const n = heap.pop();
    if (t > best[n]!) continue;
    if (n === b) return t;
    for (let e = net.linkStart[n]!; e < net.linkStart[n + 1]!; e++) {
      const m = net.linkTo[e]!;
      const tm = t + net.linkMin[e]!;
      if (tm < best[m]! && tm <= net.options.maxMinutes) {
        best[m] = tm;
        heap.push(m, tm);
      }
    }
  }
  return Infinity;
}

/** A site polygon as an origin: distances from its edge, 0 inside (as the site's distance metrics). */
export function siteOrigin(site: SiteShape): TransitOrigin {
  const [x0, y0, x1, y1] = site.bbox;
  return { bbox: [x0, y0, x1, y1], distanceM: (x, y) => pointSiteDistance(x, y, site) };
}
