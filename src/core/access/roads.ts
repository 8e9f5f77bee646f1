/**
 * Truck routing over the 2013 OpenStreetMap roads (OSM as of 1 January 2013, the newest road data available here:
 * some roads have changed since). Pure code, Lambert 72 metres, shared by the pipeline and its tests:
 *
 * - `buildRoadGraph`: a directed graph from the road lines (motorway down to residential and service streets). Nodes
 *   are the vertices shared by two or more ways and the ways' ends, after snapping vertices within `snapM` (the two
 *   2013 files round coordinates to 7 and 6 decimals, so a shared OSM node can differ by ~0.1 m between them);
 *   links are the pieces of ways between two nodes, with their geometry, length and class; arcs are the directions
 *   a truck may drive them (one-way streets respected). Adjacency is kept as flat CSR arrays.
 * - `dijkstra`: Dijkstra with a binary heap, from many sources at once, forward or on the reversed graph. One
 *   multi-source search on the reversed graph from every motorway access gives, for every node, the fastest truck
 *   route to its nearest access: all sites at once.
 * - `motorwayAccessNodes`: where a truck enters the motorway system (see its doc), `canalQuayNodes`: road nodes
 *   within `quayM` of canal water.
 * - `siteRoute`: from a site polygon, through its best gate on the road network, to the nearest source of a search.
 */
import Flatbush from 'flatbush';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { pointInRings, pointInSite, pointSegmentDistance, pointSiteDistance, prepareSite, segmentEdgeDistance, type SiteShape } from '../geo/geom.ts';
import { toWgs84 } from '../geo/proj.ts';
import { buildShapeIndex } from '../geo/spatialIndex.ts';

/**
 * Truck routing settings. Speeds are ASSUMPTIONS for a loaded truck (over 3.5 t) in Brussels traffic, not
 * measurements; they sit below openrouteservice's free-flow HGV defaults per OSM class (motorway 85, motorway_link
 * 50, trunk 60, primary 60, secondary 60, tertiary 50, residential 30, service 20, living_street 10 km/h; ORS docs,
 * "Waytype Speeds") to allow for junctions, lights and congestion; a lower tagged `maxspeed` caps them.
 */
export const defaultRoadOptions = {
  /** Truck speed per OSM `highway` class, km/h (classes missing here are not routable). */
  speedKmh: {
    /** Assumption: Belgian truck limit on motorways is 90 km/h; 80 for ring and approach traffic (ORS HGV 85). */
    motorway: 80,
    /** Assumption: ramps and interchanges (ORS HGV 50). */
    motorway_link: 40,
    /** Assumption: Brussels trunks are urban expressways and tunnels at 50–70 km/h (ORS HGV 60). */
    trunk: 60,
    /** Assumption: half the trunk speed on its ramps. */
    trunk_link: 30,
    /** Assumption: urban main roads at 50 km/h with lights and traffic (ORS HGV 60). */
    primary: 40,
    /** Assumption: turning lanes and slip roads. */
    primary_link: 30,
    /** Assumption: urban distributor roads (ORS HGV 60). */
    secondary: 35,
    /** Assumption: turning lanes and slip roads. */
    secondary_link: 25,
    /** Assumption: local distributors, much of them 30 km/h zones (ORS HGV 50). */
    tertiary: 30,
    /** Assumption: turning lanes. */
    tertiary_link: 20,
    /** Assumption: minor roads, often industrial estate roads (ORS HGV 30). */
    unclassified: 25,
    /** Assumption: residential streets, 30 km/h zones, parked cars, narrow turns (ORS HGV 30). */
    residential: 20,
    /** Assumption: yards, access and estate roads (ORS HGV 20). */
    service: 15,
    /** Belgian "woonerf"/living street: 20 km/h legal limit, 10 for a truck among pedestrians (ORS HGV 10). */
    living_street: 10,
    /** Assumption: unknown class, as a service road (ORS HGV 20). */
    road: 15,
  } as Readonly<Record<string, number>>,
  /** A tagged `maxspeed` (km/h) lower than the class speed replaces it (OSM convention; 2013 tags). */
  capAtMaxspeed: true,
  /** Classes one-way without an `oneway` tag (OSM convention: motorways and motorway ramps; roundabouts too). */
  onewayByDefault: ['motorway', 'motorway_link'] as readonly string[],
  /** Vertices of different ways closer than this (metres) are one node (the 2013 files round to 6–7 decimals). */
  snapM: 0.5,
  /** `access`/`motor_vehicle` values closing a way to trucks (OSM access tags; `hgv=yes|designated|destination|delivery` reopens). */
  closedAccess: ['no', 'private', 'psv', 'bus', 'taxi', 'emergency', 'official', 'agricultural', 'forestry', 'military', 'bicycle', 'foot'] as readonly string[],
  /** `service` values a truck does not route through (assumption: parking aisles, drive-throughs, emergency and bus ways). */
  closedService: ['parking_aisle', 'drive-through', 'emergency_access', 'bus'] as readonly string[],
  /** A site's gates: road points within this distance of the site (metres, 0 inside); the best gate is kept. */
  gateM: 30,
  /** With no reachable road within `gateM`, the nearest reachable road within this distance of the site (metres) is the gate. */
  maxConnectorM: 200,
  /** A road node within this distance of canal water (metres), outside the water and off bridges, is a canal quay. */
  quayM: 50,
  /** Route lines for the map are simplified to this tolerance (metres, Douglas–Peucker) before going to WGS84 at 5 decimals (~1 m). */
  routeSimplifyM: 2,
};

/** Truck routing settings. */
export type RoadOptions = typeof defaultRoadOptions;

/** OSM tags of a 2013 way (the road files' columns): `highway`, `oneway`, `junction`, `access`, `maxspeed`, … */
export type RoadTags = Record<string, unknown>;

/** Motorway and its ramps: the system a truck "reaches" (the route ends when it enters it). */
export const motorwayClasses: readonly string[] = ['motorway', 'motorway_link'];

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());

/** Link flag: bridge or tunnel (no gate, no quay). */
export const FLAG_BRIDGE = 1;
/** Link flag: motorway or motorway ramp. */
export const FLAG_MOTORWAY = 2;

/**
 * Direction of a way from its tags: 1 one-way along its vertices, -1 one-way against them, 0 both ways.
 * `oneway=yes|1|true` → 1, `-1|reverse` → -1, `no|0|false` → 0; otherwise roundabouts (`junction=roundabout|circular`)
 * and the classes of `onewayByDefault` are one-way, the rest two-way.
 */
export function onewayOf(tags: RoadTags, onewayByDefault: readonly string[] = defaultRoadOptions.onewayByDefault): 1 | -1 | 0 {
  const v = str(tags.oneway).toLowerCase();
  if (v === 'yes' || v === '1' || v === 'true') return 1;
  if (v === '-1' || v === 'reverse') return -1;
  if (v === 'no' || v === '0' || v === 'false') return 0;
  const junction = str(tags.junction).toLowerCase();
  if (junction === 'roundabout' || junction === 'circular') return 1;
  return onewayByDefault.includes(str(tags.highway)) ? 1 : 0;
}

/** Whether a truck may drive a way: a routable class, not closed by `access`/`motor_vehicle`/`hgv` or its `service` kind. */
export function truckAllowed(tags: RoadTags, o: Pick<RoadOptions, 'speedKmh' | 'closedAccess' | 'closedService'> = defaultRoadOptions): boolean {
  if (!(str(tags.highway) in o.speedKmh)) return false;
  const hgv = str(tags.hgv).toLowerCase();
  if (hgv === 'no') return false;
  if (o.closedService.includes(str(tags.service).toLowerCase())) return false;
  if (hgv === 'yes' || hgv === 'designated' || hgv === 'destination' || hgv === 'delivery') return true;
  const mv = str(tags.motor_vehicle).toLowerCase();
  if (mv !== '') return !o.closedAccess.includes(mv);
  return !o.closedAccess.includes(str(tags.access).toLowerCase());
}

/** Truck speed on a way (km/h): its class speed, capped by a lower numeric `maxspeed` when `capAtMaxspeed`. */
export function truckSpeedKmh(tags: RoadTags, o: Pick<RoadOptions, 'speedKmh' | 'capAtMaxspeed'> = defaultRoadOptions): number {
  const base = o.speedKmh[str(tags.highway)] ?? 0;
  if (!o.capAtMaxspeed) return base;
  const m = /^(\d+(?:\.\d+)?)$/.exec(str(tags.maxspeed));
  const max = m ? Number(m[1]) : NaN;
  return max > 0 && max < base ? max : base;
}

/** Vertical level of a way for snapping: `layer`, else 1 on a bridge, -1 in a tunnel, else 0. */
function levelOf(tags: RoadTags): number {
  const layer = Number(str(tags.layer));
  if (str(tags.layer) !== '' && Number.isFinite(layer)) return layer;
  const yes = (v: unknown) => str(v) !== '' && str(v) !== 'no';
  return yes(tags.bridge) ? 1 : yes(tags.tunnel) ? -1 : 0;
}

/**
 * A directed road graph (Lambert 72 metres). Links are ways' pieces between nodes with their geometry; arcs are the
 * drivable directions of links. `outStart`/`outArcs` and `inStart`/`inArcs` are CSR adjacency: the arcs leaving
 * (entering) node n are `outArcs[outStart[n] … outStart[n+1])` (`inArcs[…]`).
 */
export interface RoadGraph {
  nodeCount: number;
  /** Node n at (nodeXY[2n], nodeXY[2n+1]). */
  nodeXY: Float64Array;
  linkCount: number;
  linkFrom: Int32Array;
  linkTo: Int32Array;
  linkLengthM: Float64Array;
  /** Index into `classes` (the OSM `highway` value). */
  linkClass: Uint8Array;
  /** `FLAG_BRIDGE` | `FLAG_MOTORWAY`. */
  linkFlags: Uint8Array;
  /** Link l's vertices are `vertexXY[2k…]` for k in `linkVertexStart[l] … linkVertexStart[l+1]` (first = from node, last = to node). */
  linkVertexStart: Int32Array;
  vertexXY: Float64Array;
  /** The arc driving link l along its vertices (-1 when closed that way), and against them. */
  linkForwardArc: Int32Array;
  linkBackwardArc: Int32Array;
  arcCount: number;
  arcLink: Int32Array;
  /** 1 when the arc runs against its link's vertex order. */
  arcReversed: Uint8Array;
  arcFrom: Int32Array;
  arcTo: Int32Array;
  arcLengthM: Float64Array;
  /** Truck time (seconds) at the class speed. */
  arcTimeS: Float64Array;
  outStart: Int32Array;
  outArcs: Int32Array;
  inStart: Int32Array;
  inArcs: Int32Array;
  /** OSM `highway` values, indexed by `linkClass`. */
  classes: string[];
  /** Ways read, and ways left out (not routable for a truck, or without a line geometry). */
  ways: { used: number; skipped: number };
}

/** Grid snapper: clusters points within `tol` metres; a vertex joins a cluster on its own level, or any when either is a way's end. */
class Snapper {
  private readonly grid = new Map<number, number[]>();
  readonly x: number[] = [];
  readonly y: number[] = [];
  readonly level: number[] = [];
  readonly isEnd: boolean[] = [];
  constructor(private readonly tol: number) {}

  private key(cx: number, cy: number): number {
    return cx * 8388608 + (cy + 4194304);
  }

  snap(x: number, y: number, level: number, isEnd: boolean): number {
    const tol = this.tol;
    const cx = Math.floor(x / tol);
    const cy = Math.floor(y / tol);
    let best = -1;
    let bestD = tol;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const list = this.grid.get(this.key(cx + dx, cy + dy));
        if (!list) continue;
        for (const c of list) {
          const d = Math.hypot(this.x[c]! - x, this.y[c]! - y);
          if (d <= bestD && (level === this.level[c] || isEnd || this.isEnd[c])) {
            best = c;
            bestD = d;
          }
        }
      }
    }
    if (best >= 0) {
      if (isEnd) this.isEnd[best] = true;
      return best;
    }
    const id = this.x.length;
    this.x.push(x);
    this.y.push(y);
    this.level.push(level);
    this.isEnd.push(isEnd);
    const k = this.key(cx, cy);
    const list = this.grid.get(k);
    if (list) list.push(id);
    else this.grid.set(k, [id]);
    return id;
  }
}

/** Growable typed-array builder. */
class Grow<T extends Float64Array | Int32Array | Uint8Array> {
  n = 0;
  constructor(public a: T) {}
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new (this.a.constructor as new (n: number) => T)(Math.max(16, this.a.length * 2));
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  done(): T {
    return this.a.slice(0, this.n) as T;
  }
}

function csr(nodeCount: number, arcCount: number, key: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(nodeCount + 1);
  for (let a = 0; a < arcCount; a++) start[key[a]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
  const fill = start.slice(0, nodeCount);
  const arcs = new Int32Array(arcCount);
  for (let a = 0; a < arcCount; a++) arcs[fill[key[a]!]!++] = a;
  return [start, arcs];
}

/**
 * Builds the truck graph from road lines (Lambert 72; LineString or MultiLineString; properties are the OSM tags of
 * the way). Ways a truck may not drive (`truckAllowed`) are left out. See the module doc for nodes, links and arcs.
 */
export function buildRoadGraph(roads: readonly Feature<Geometry | null, RoadTags | null>[], options: Partial<RoadOptions> = {}): RoadGraph {
  const o: RoadOptions = { ...defaultRoadOptions, ...options };
  const snapper = new Snapper(o.snapM);
  interface Way { clusters: number[]; xy: number[]; cls: number; dir: 1 | -1 | 0; speed: number; flags: number }
  const ways: Way[] = [];
  const classes: string[] = [];
  const classIndex = new Map<string, number>();
  let skipped = 0;
  for (const f of roads) {
    const tags = f.properties ?? {};
    const g = f.geometry;
    const lines = g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : null;
    if (!lines || !truckAllowed(tags, o)) {
      skipped++;
      continue;
    }
    const highway = str(tags.highway);
    let cls = classIndex.get(highway);
    if (cls === undefined) {
      cls = classes.length;
      classes.push(highway);
      classIndex.set(highway, cls);
    }
    const level = levelOf(tags);
    const bridge = (str(tags.bridge) !== '' && str(tags.bridge) !== 'no') || (str(tags.tunnel) !== '' && str(tags.tunnel) !== 'no');
    const flags = (bridge ? FLAG_BRIDGE : 0) | (motorwayClasses.includes(highway) ? FLAG_MOTORWAY : 0);
    for (const line of lines) {
      const clusters: number[] = [];
      const xy: number[] = [];
      line.forEach((p, i) => {
        const x = p[0]!;
        const y = p[1]!;
        const c = snapper.snap(x, y, level, i === 0 || i === line.length - 1);
        if (clusters.length > 0 && clusters[clusters.length - 1] === c) return;
        clusters.push(c);
        xy.push(x, y);
      });
      if (clusters.length < 2) continue;
      ways.push({ clusters, xy, cls, dir: onewayOf(tags, o.onewayByDefault), speed: truckSpeedKmh(tags, o), flags });
    }
  }

  // Nodes: clusters used twice or more (shared by ways, or a way crossing itself) and the ways' ends.
  const uses = new Int32Array(snapper.x.length);
  for (const w of ways) {
    for (const c of w.clusters) uses[c]!++;
    uses[w.clusters[0]!]! += 2;
    uses[w.clusters[w.clusters.length - 1]!]! += 2;
  }
  const nodeOf = new Int32Array(snapper.x.length).fill(-1);
  const nodeXYg = new Grow(new Float64Array(1024));
  let nodeCount = 0;
  for (let c = 0; c < uses.length; c++) {
    if (uses[c]! >= 2) {
      nodeOf[c] = nodeCount++;
      nodeXYg.push(snapper.x[c]!);
      nodeXYg.push(snapper.y[c]!);
    }
  }
  const nodeXY = nodeXYg.done();

  const linkFrom = new Grow(new Int32Array(1024));
  const linkTo = new Grow(new Int32Array(1024));
  const linkLen = new Grow(new Float64Array(1024));
  const linkCls = new Grow(new Uint8Array(1024));
  const linkFlags = new Grow(new Uint8Array(1024));
  const linkVS = new Grow(new Int32Array(1024));
  const vxy = new Grow(new Float64Array(4096));
  const fwd = new Grow(new Int32Array(1024));
  const bwd = new Grow(new Int32Array(1024));
  const arcLink = new Grow(new Int32Array(2048));
  const arcRev = new Grow(new Uint8Array(2048));
  const arcFrom = new Grow(new Int32Array(2048));
  const arcTo = new Grow(new Int32Array(2048));
  const arcLen = new Grow(new Float64Array(2048));
  const arcTime = new Grow(new Float64Array(2048));

  for (const w of ways) {
    let start = 0;
    for (let i = 1; i < w.clusters.length; i++) {
      const n = nodeOf[w.clusters[i]!]!;
      if (n < 0) continue;
      // A link from vertex `start` to vertex `i`, its ends put on the nodes' (snapped) positions.
      const from = nodeOf[w.clusters[start]!]!;
      const first = vxy.n / 2;
      let len = 0;
      for (let k = start; k <= i; k++) {
        const x = k === start ? nodeXY[2 * from]! : k === i ? nodeXY[2 * n]! : w.xy[2 * k]!;
        const y = k === start ? nodeXY[2 * from + 1]! : k === i ? nodeXY[2 * n + 1]! : w.xy[2 * k + 1]!;
        if (k > start) len += Math.hypot(x - vxy.a[vxy.n - 2]!, y - vxy.a[vxy.n - 1]!);
        vxy.push(x);
        vxy.push(y);
      }
      start = i;
      if (len === 0) {
        vxy.n = first * 2;
        continue;
      }
      const l = linkFrom.n;
      linkFrom.push(from);
      linkTo.push(n);
      linkLen.push(len);
      linkCls.push(w.cls);
      linkFlags.push(w.flags);
      linkVS.push(first);
      const seconds = len / (w.speed / 3.6);
      const addArc = (reversed: boolean): number => {
        const a = arcLink.n;
        arcLink.push(l);
        arcRev.push(reversed ? 1 : 0);
        arcFrom.push(reversed ? n : from);
        arcTo.push(reversed ? from : n);
        arcLen.push(len);
        arcTime.push(seconds);
        return a;
      };
      fwd.push(w.dir >= 0 ? addArc(false) : -1);
      bwd.push(w.dir <= 0 ? addArc(true) : -1);
    }
  }
  linkVS.push(vxy.n / 2);

  const arcFromA = arcFrom.done();
  const arcToA = arcTo.done();
  const arcCount = arcFromA.length;
  const [outStart, outArcs] = csr(nodeCount, arcCount, arcFromA);
  const [inStart, inArcs] = csr(nodeCount, arcCount, arcToA);
  return {
    nodeCount,
    nodeXY,
    linkCount: linkFrom.n,
    linkFrom: linkFrom.done(),
    linkTo: linkTo.done(),
    linkLengthM: linkLen.done(),
    linkClass: linkCls.done(),
    linkFlags: linkFlags.done(),
    linkVertexStart: linkVS.done(),
    vertexXY: vxy.done(),
    linkForwardArc: fwd.done(),
    linkBackwardArc: bwd.done(),
    arcCount,
    arcLink: arcLink.done(),
    arcReversed: arcRev.done(),
    arcFrom: arcFromA,
    arcTo: arcToA,
    arcLengthM: arcLen.done(),
    arcTimeS: arcTime.done(),
    outStart,
    outArcs,
    inStart,
    inArcs,
    classes,
    ways: { used: roads.length - skipped, skipped },
  };
}

/** Binary min-heap of (key, node) with lazy deletion (stale entries are skipped by the caller). */
class MinHeap {
  private keys = new Float64Array(1024);
  private vals = new Int32Array(1024);
  size = 0;

  push(key: number, val: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    let i = this.size++;
    const keys = this.keys;
    const vals = this.vals;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      vals[i] = vals[p]!;
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }

  /** Key of the top entry. */
  topKey(): number {
    return this.keys[0]!;
  }

  /** Removes the top entry and returns its value. */
  pop(): number {
    const keys = this.keys;
    const vals = this.vals;
    const top = vals[0]!;
    const n = --this.size;
    if (n > 0) {
      const key = keys[n]!;
      const val = vals[n]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1]! < keys[c]!) c++;
        if (keys[c]! >= key) break;
        keys[i] = keys[c]!;
        vals[i] = vals[c]!;
        i = c;
      }
      keys[i] = key;
      vals[i] = val;
    }
    return top;
  }
}

/** What a search optimises and what it sums alongside, per arc, and which arcs it may use. */
export interface SearchSpec {
  /** Cost per arc (e.g. `arcTimeS` or `arcLengthM`), ≥ 0. */
  weight: Float64Array;
  /** Summed along the best path too (e.g. metres when the cost is seconds); defaults to `weight`. */
  also?: Float64Array;
  /** Only arcs with a non-zero entry are used; all when absent. */
  arcAllowed?: Uint8Array;
  /** On the reversed graph: costs are from each node TO the nearest source (a truck driving to it). */
  reverse?: boolean;
}

/** A finished search. */
export interface SearchResult extends Required<Pick<SearchSpec, 'weight' | 'also' | 'reverse'>> {
  arcAllowed: Uint8Array | undefined;
  /** Cost between each node and its nearest source (Infinity when unreachable). */
  cost: Float64Array;
  /** `also` summed along the same path. */
  alsoSum: Float64Array;
  /** Reverse: the arc leaving the node on its path to the source; forward: the arc reaching it. -1 at sources and unreached nodes. */
  via: Int32Array;
  /** The source the node's best path ends (reverse) or starts (forward) at; -1 when unreached. */
  source: Int32Array;
}

/**
 * Dijkstra with a binary heap over the flat adjacency, from all `sources` at once (cost 0 each). Forward: cost from
 * the nearest source to each node; `reverse`: from each node to its nearest source, following arcs in their driving
 * direction (a reverse search from the motorway accesses gives every node's route to the motorway).
 */
export function dijkstra(g: RoadGraph, sources: ArrayLike<number>, spec: SearchSpec): SearchResult {
  const { weight, arcAllowed } = spec;
  const also = spec.also ?? weight;
  const reverse = spec.reverse ?? false;
  const n = g.nodeCount;
  const cost = new Float64Array(n).fill(Infinity);
  const alsoSum = new Float64Array(n).fill(Infinity);
  const via = new Int32Array(n).fill(-1);
  const source = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new MinHeap();
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    if (cost[s] === 0) continue;
    cost[s] = 0;
    alsoSum[s] = 0;
    source[s] = s;
    heap.push(0, s);
  }
  const start = reverse ? g.inStart : g.outStart;
  const arcs = reverse ? g.inArcs : g.outArcs;
  const other = reverse ? g.arcFrom : g.arcTo;
  while (heap.size > 0) {
    const key = heap.topKey();
    const u = heap.pop();
    if (done[u] || key > cost[u]!) continue;
    done[u] = 1;
    for (let k = start[u]!, end = start[u + 1]!; k < end; k++) {
      const a = arcs[k]!;
      if (arcAllowed && !arcAllowed[a]) continue;
      const v = other[a]!;
      const c = key + weight[a]!;
      if (c < cost[v]!) {
        cost[v] = c;
        alsoSum[v] = alsoSum[u]! + also[a]!;
        via[v] = a;
        source[v] = source[u]!;
        heap.push(c, v);
      }
    }
  }
  return { weight, also, reverse, arcAllowed, cost, alsoSum, via, source };
}

/**
 * Motorway accesses: nodes where a truck coming from an ordinary road enters the motorway system, i.e. nodes with
 * an arc leaving onto a motorway or motorway ramp (`motorway`, `motorway_link`) and an arc arriving from another
 * class: the foot of an on-ramp, or the start of a motorway continuing an ordinary road (e.g. E40 at Reyers). A
 * motorway junction (`highway=motorway_junction`, where an exit leaves the carriageway) is reached only along the
 * motorway, so it is not an access; the junctions serve as a check.
 */
export function motorwayAccessNodes(g: RoadGraph): Int32Array {
  const out: number[] = [];
  const mw = (a: number): boolean => (g.linkFlags[g.arcLink[a]!]! & FLAG_MOTORWAY) !== 0;
  for (let n = 0; n < g.nodeCount; n++) {
    let leavesOnto = false;
    for (let k = g.outStart[n]!; k < g.outStart[n + 1]! && !leavesOnto; k++) leavesOnto = mw(g.outArcs[k]!);
    if (!leavesOnto) continue;
    let fromOther = false;
    for (let k = g.inStart[n]!; k < g.inStart[n + 1]! && !fromOther; k++) fromOther = !mw(g.inArcs[k]!);
    if (fromOther) out.push(n);
  }
  return Int32Array.from(out);
}

/** Arcs off the motorway system (1) and on it (0): the route to the motorway ends where it enters the system. */
export function nonMotorwayArcs(g: RoadGraph): Uint8Array {
  const allowed = new Uint8Array(g.arcCount);
  for (let a = 0; a < g.arcCount; a++) allowed[a] = g.linkFlags[g.arcLink[a]!]! & FLAG_MOTORWAY ? 0 : 1;
  return allowed;
}

/** The fastest truck route from every node to its nearest motorway access (reverse search on time, metres alongside). */
export function searchToMotorway(g: RoadGraph, accesses: ArrayLike<number> = motorwayAccessNodes(g)): SearchResult {
  return dijkstra(g, accesses, { weight: g.arcTimeS, also: g.arcLengthM, arcAllowed: nonMotorwayArcs(g), reverse: true });
}

/** The shortest truck route (metres; time alongside) from every node to its nearest canal quay node. */
export function searchToQuay(g: RoadGraph, quays: ArrayLike<number>): SearchResult {
  return dijkstra(g, quays, { weight: g.arcLengthM, also: g.arcTimeS, reverse: true });
}

/**
 * Canal quays: road nodes within `quayM` of canal water (the edge of a water area or a canal line), not inside a
 * water area (a bridge deck) and with at least one incident link that is neither a bridge or tunnel nor on the
 * motorway system (where a truck can stop and load). Sorted node ids.
 */
export function canalQuayNodes(g: RoadGraph, canal: readonly Feature<Geometry | null, unknown>[], quayM: number = defaultRoadOptions.quayM): Int32Array {
  const { segTree, segs, polyTree, polyRings } = buildShapeIndex(canal);
  if (!segTree) return new Int32Array(0);
  const usable = new Uint8Array(g.nodeCount);
  for (let l = 0; l < g.linkCount; l++) {
    if (g.linkFlags[l]! & (FLAG_BRIDGE | FLAG_MOTORWAY)) continue;
    usable[g.linkFrom[l]!] = 1;
    usable[g.linkTo[l]!] = 1;
  }
  const out: number[] = [];
  for (let n = 0; n < g.nodeCount; n++) {
    if (!usable[n]) continue;
    const x = g.nodeXY[2 * n]!;
    const y = g.nodeXY[2 * n + 1]!;
    const near = segTree.search(x - quayM, y - quayM, x + quayM, y + quayM).some((i) => pointSegmentDistance(x, y, segs[4 * i]!, segs[4 * i + 1]!, segs[4 * i + 2]!, segs[4 * i + 3]!) <= quayM);
    if (!near) continue;
    const inWater = !!polyTree && polyTree.search(x, y, x, y).some((i) => pointInRings(x, y, polyRings[i]!));
    if (!inWater) out.push(n);
  }
  return Int32Array.from(out);
}

/** The graph's gate segments (links off bridges, tunnels and the motorway system) in a Flatbush index. */
export interface GateIndex {
  graph: RoadGraph;
  index: Flatbush;
  /** Segment s is link `segLink[s]`, from its vertex `segVertex[s]` (absolute index) to the next, starting `segOffsetM[s]` along the link. */
  segLink: Int32Array;
  segVertex: Int32Array;
  segOffsetM: Float64Array;
}

/** Indexes the segments where a truck can leave a site: every link but bridges, tunnels and motorways with their ramps. */
export function buildGateIndex(g: RoadGraph): GateIndex {
  const segLink: number[] = [];
  const segVertex: number[] = [];
  const segOffset: number[] = [];
  for (let l = 0; l < g.linkCount; l++) {
    if (g.linkFlags[l]! & (FLAG_BRIDGE | FLAG_MOTORWAY)) continue;
    let off = 0;
    for (let k = g.linkVertexStart[l]!; k + 1 < g.linkVertexStart[l + 1]!; k++) {
      segLink.push(l);
      segVertex.push(k);
      segOffset.push(off);
      off += Math.hypot(g.vertexXY[2 * k + 2]! - g.vertexXY[2 * k]!, g.vertexXY[2 * k + 3]! - g.vertexXY[2 * k + 1]!);
    }
  }
  const index = new Flatbush(Math.max(1, segLink.length));
  for (let s = 0; s < segLink.length; s++) {
    const k = segVertex[s]!;
    const [x1, y1, x2, y2] = [g.vertexXY[2 * k]!, g.vertexXY[2 * k + 1]!, g.vertexXY[2 * k + 2]!, g.vertexXY[2 * k + 3]!];
    index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }
  if (segLink.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return { graph: g, index, segLink: Int32Array.from(segLink), segVertex: Int32Array.from(segVertex), segOffsetM: Float64Array.from(segOffset) };
}

/** Parameter t (0–1) of the point of segment AB nearest the site, and its distance to the site (0 inside or crossing). */
export function nearestOnSegment(ax: number, ay: number, bx: number, by: number, site: SiteShape): { t: number; d: number } {
  return segmentNearSite(ax, ay, bx, by, site, 0).nearest;
}

/**
 * Segment AB against a site: its point nearest the site (`nearest`, t 0–1 and metres), and the first and last
 * points of the stretch within `withinM` of the site (`first`, `last`; NaN when none), taken among AB's ends, its
 * crossings of the site's edge and the feet of the site's vertices on AB: the ends of that stretch up to the
 * site's vertex spacing.
 */
export function segmentNearSite(ax: number, ay: number, bx: number, by: number, site: SiteShape, withinM: number): { nearest: { t: number; d: number }; first: number; last: number } {
  const ux = bx - ax;
  const uy = by - ay;
  const len2 = ux * ux + uy * uy;
  let first = Infinity;
  let last = -Infinity;
  const within = (t: number) => {
    if (t < first) first = t;
    if (t > last) last = t;
  };
  const da = pointSiteDistance(ax, ay, site);
  const db = pointSiteDistance(bx, by, site);
  let nearest = da <= db ? { t: 0, d: da } : { t: 1, d: db };
  if (da <= withinM) within(0);
  if (db <= withinM) within(1);
  const e = site.edges;
  for (let i = 0; i < e.length; i += 4) {
    const cx = e[i]!;
    const cy = e[i + 1]!;
    const dx = e[i + 2]! - cx;
    const dy = e[i + 3]! - cy;
    // A crossing of the edge: the crossing point is on the site's boundary (distance 0).
    const den = ux * dy - uy * dx;
    if (den !== 0) {
      const t = ((cx - ax) * dy - (cy - ay) * dx) / den;
      const s = ((cx - ax) * uy - (cy - ay) * ux) / den;
      if (t >= 0 && t <= 1 && s >= 0 && s <= 1) {
        within(t);
        if (nearest.d > 0) nearest = { t, d: 0 };
      }
    }
    // The nearest pair of two segments has an end of one of them: AB's ends above, the edge's start (each vertex once) here.
    const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((cx - ax) * ux + (cy - ay) * uy) / len2));
    const d = Math.hypot(ax + t * ux - cx, ay + t * uy - cy);
    if (d <= withinM) within(t);
    if (d < nearest.d) nearest = { t, d };
  }
  return { nearest, first: first === Infinity ? NaN : first, last: last === -Infinity ? NaN : last };
}

/** A point on a link where a truck leaves the site. */
export interface Gate {
  link: number;
  /** Absolute index of the segment's first vertex and the position along it (0–1). */
  vertex: number;
  t: number;
  /** Metres from the link's start. */
  offsetM: number;
  x: number;
  y: number;
  /** Straight distance to the site, metres (0 inside or on its edge). */
  siteM: number;
}

function gateAt(ix: GateIndex, s: number, t: number, siteM: number): Gate {
  const g = ix.graph;
  const k = ix.segVertex[s]!;
  const x1 = g.vertexXY[2 * k]!;
  const y1 = g.vertexXY[2 * k + 1]!;
  const x = x1 + t * (g.vertexXY[2 * k + 2]! - x1);
  const y = y1 + t * (g.vertexXY[2 * k + 3]! - y1);
  return { link: ix.segLink[s]!, vertex: k, t, offsetM: ix.segOffsetM[s]! + Math.hypot(x - x1, y - y1), x, y, siteM };
}

/**
 * Candidate gates of a site: on every gate segment within `withinM` of the site, its point nearest the site and the
 * first and last points of its stretch within `withinM` (`segmentNearSite`): cost along a link is linear, so the
 * best point of that stretch is one of its ends.
 */
export function siteGates(ix: GateIndex, site: SiteShape, withinM: number): Gate[] {
  const [a, b, c, d] = site.bbox;
  const g = ix.graph;
  const out: Gate[] = [];
  for (const s of ix.index.search(a - withinM, b - withinM, c + withinM, d + withinM)) {
    const k = ix.segVertex[s]!;
    const ax = g.vertexXY[2 * k]!;
    const ay = g.vertexXY[2 * k + 1]!;
    const bx = g.vertexXY[2 * k + 2]!;
    const by = g.vertexXY[2 * k + 3]!;
    if (segmentEdgeDistance(ax, ay, bx, by, site, withinM + 1) > withinM && !pointInSite(ax, ay, site)) continue;
    const near = segmentNearSite(ax, ay, bx, by, site, withinM);
    if (near.nearest.d > withinM) continue;
    out.push(gateAt(ix, s, near.nearest.t, near.nearest.d));
    for (const t of [near.first, near.last]) {
      if (t === near.nearest.t || Number.isNaN(t)) continue;
      const gate = gateAt(ix, s, t, 0);
      gate.siteM = pointSiteDistance(gate.x, gate.y, site);
      out.push(gate);
    }
  }
  return out;
}

/** The best way from a site to the nearest source of a search. */
export interface SiteRoute {
  gate: Gate;
  /** The arc the truck starts on (driving from the gate), and the node where the route ends (a source). */
  firstArc: number;
  target: number;
  /** The search's cost and `also` from the gate (e.g. seconds and metres, or metres and seconds). */
  cost: number;
  also: number;
  /** Straight distance from the gate to the target, metres. */
  straightM: number;
  /** The route's line from the gate to the target, Lambert 72 metres. */
  coordinates: [number, number][];
}

/** Cost and `also` of driving from a gate to the search's nearest source, by arc `a` of the gate's link. */
function costVia(r: SearchResult, g: RoadGraph, gate: Gate, a: number): [number, number] {
  if (a < 0 || (r.arcAllowed && !r.arcAllowed[a])) return [Infinity, Infinity];
  const len = g.arcLengthM[a]!;
  const rest = g.arcReversed[a] ? gate.offsetM : len - gate.offsetM;
  const share = len > 0 ? Math.min(1, Math.max(0, rest / len)) : 0;
  const end = g.arcTo[a]!;
  return [r.weight[a]! * share + r.cost[end]!, r.also[a]! * share + r.alsoSum[end]!];
}

/**
 * The route from a site (polygon, Lambert 72) to the nearest source of a reverse search: among the gates within
 * `gateM` of the site, the one with the lowest cost; with no reachable gate there, the nearest reachable gate within
 * `maxConnectorM`. Null when no source is reachable from any gate. The leg from the site to its gate is not counted.
 */
export function siteRoute(ix: GateIndex, r: SearchResult, geometry: Polygon | MultiPolygon, options: Partial<Pick<RoadOptions, 'gateM' | 'maxConnectorM'>> = {}): SiteRoute | null {
  if (!r.reverse) throw new Error('siteRoute needs a reverse search (costs from the nodes to the sources)');
  const gateM = options.gateM ?? defaultRoadOptions.gateM;
  const maxConnectorM = options.maxConnectorM ?? defaultRoadOptions.maxConnectorM;
  const g = ix.graph;
  const site = prepareSite(geometry);
  if (site.edges.length === 0) return null;
  type Choice = { gate: Gate; arc: number; cost: number; also: number };
  const evaluate = (gate: Gate): Choice | null => {
    let best: Choice | null = null;
    for (const a of [g.linkForwardArc[gate.link]!, g.linkBackwardArc[gate.link]!]) {
      const [cost, also] = costVia(r, g, gate, a);
      if (cost < Infinity && (!best || cost < best.cost)) best = { gate, arc: a, cost, also };
    }
    return best;
  };
  let pick: Choice | null = null;
  for (const gate of siteGates(ix, site, gateM)) {
    const p = evaluate(gate);
    if (p && (!pick || p.cost < pick.cost)) pick = p;
  }
  if (!pick) {
    // Nearest reachable road within maxConnectorM (ties: the lower cost).
    for (const gate of siteGates(ix, site, maxConnectorM)) {
      if (gate.siteM <= gateM) continue;
      const p = evaluate(gate);
      if (p && (!pick || gate.siteM < pick.gate.siteM || (gate.siteM === pick.gate.siteM && p.cost < pick.cost))) pick = p;
    }
  }
  if (!pick) return null;
  const coordinates = routeLine(g, r, pick.gate, pick.arc);
  const target = r.source[g.arcTo[pick.arc]!]!;
  const straightM = Math.hypot(g.nodeXY[2 * target]! - pick.gate.x, g.nodeXY[2 * target + 1]! - pick.gate.y);
  return { gate: pick.gate, firstArc: pick.arc, target, cost: pick.cost, also: pick.also, straightM, coordinates };
}

/** Appends arc `a`'s vertices in driving order, without its first when `skipFirst` (the node already in the line). */
function pushArc(g: RoadGraph, a: number, line: [number, number][], skipFirst: boolean): void {
  const l = g.arcLink[a]!;
  const s = g.linkVertexStart[l]!;
  const e = g.linkVertexStart[l + 1]!;
  if (g.arcReversed[a]) for (let k = e - 1 - (skipFirst ? 1 : 0); k >= s; k--) line.push([g.vertexXY[2 * k]!, g.vertexXY[2 * k + 1]!]);
  else for (let k = s + (skipFirst ? 1 : 0); k < e; k++) line.push([g.vertexXY[2 * k]!, g.vertexXY[2 * k + 1]!]);
}

/** The line from a gate along arc `a` and then the search's best path to its source (Lambert 72). */
function routeLine(g: RoadGraph, r: SearchResult, gate: Gate, a: number): [number, number][] {
  const line: [number, number][] = [[gate.x, gate.y]];
  const l = g.arcLink[a]!;
  const e = g.linkVertexStart[l + 1]!;
  // The rest of the gate's link: vertices after the gate in driving order.
  if (g.arcReversed[a]) for (let k = gate.t > 0 ? gate.vertex : gate.vertex - 1; k >= g.linkVertexStart[l]!; k--) line.push([g.vertexXY[2 * k]!, g.vertexXY[2 * k + 1]!]);
  else for (let k = gate.vertex + 1; k < e; k++) line.push([g.vertexXY[2 * k]!, g.vertexXY[2 * k + 1]!]);
  let node = g.arcTo[a]!;
  for (let guard = 0; r.via[node]! >= 0 && guard <= g.nodeCount; guard++) {
    const next = r.via[node]!;
    pushArc(g, next, line, true);
    node = g.arcTo[next]!;
  }
  // Drop repeated points (a gate on a vertex).
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
}

/** Douglas–Peucker simplification of a planar line (metres): the ends stay, no point moves more than `toleranceM`. */
export function simplifyLine(line: readonly Position[], toleranceM: number): Position[] {
  if (line.length <= 2 || !(toleranceM > 0)) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    const [ax, ay] = line[i] as [number, number];
    const [bx, by] = line[j] as [number, number];
    let far = -1;
    let farD = toleranceM;
    for (let k = i + 1; k < j; k++) {
      const d = pointSegmentDistance(line[k]![0]!, line[k]![1]!, ax, ay, bx, by);
      if (d > farD) {
        far = k;
        farD = d;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([i, far], [far, j]);
    }
  }
  return line.filter((_, k) => keep[k]);
}

/** A Lambert 72 line as a WGS84 LineString with 5 decimals (about 1 m), simplified to `simplifyM` metres first, repeated points dropped. */
export function lineToWgs84(coordinates: readonly Position[], simplifyM = 0): LineString {
  const out: [number, number][] = [];
  for (const p of simplifyLine(coordinates, simplifyM)) {
    const [lon, lat] = toWgs84(p);
    const q: [number, number] = [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length === 1) out.push([...out[0]!]);
  return { type: 'LineString', coordinates: out };
}
