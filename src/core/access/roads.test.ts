import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Polygon } from 'geojson';
import { prepareSite } from '../geo/geom.ts';
import { toWgs84 } from '../geo/proj.ts';
import {
  buildGateIndex,
  buildRoadGraph,
  canalQuayNodes,
  defaultRoadOptions,
  dijkstra,
  FLAG_BRIDGE,
  FLAG_MOTORWAY,
  lineToWgs84,
  motorwayAccessNodes,
  nearestOnSegment,
  segmentNearSite,
  onewayOf,
  searchToMotorway,
  searchToQuay,
  siteGates,
  siteRoute,
  simplifyLine,
  truckAllowed,
  truckSpeedKmh,
  type RoadGraph,
  type RoadTags,
} from './roads.ts';

const way = (coords: [number, number][], tags: RoadTags): Feature<LineString, RoadTags> => ({ type: 'Feature', properties: tags, geometry: { type: 'LineString', coordinates: coords } });
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
const nodeAt = (g: RoadGraph, x: number, y: number): number => {
  for (let n = 0; n < g.nodeCount; n++) if (Math.hypot(g.nodeXY[2 * n]! - x, g.nodeXY[2 * n + 1]! - y) < 1) return n;
  return -1;
};
/** Seconds to drive `m` metres at `kmh`. */
const sec = (m: number, kmh: number): number => m / (kmh / 3.6);
const kmh = defaultRoadOptions.speedKmh as Record<string, number>;

describe('onewayOf', () => {
  it('reads oneway=yes/1/true as along the way, -1 as against it, no/0/false as both ways', () => {
    for (const v of ['yes', '1', 'true', 'YES']) expect(onewayOf({ highway: 'residential', oneway: v })).toBe(1);
    expect(onewayOf({ highway: 'residential', oneway: '-1' })).toBe(-1);
    for (const v of ['no', '0', 'false']) expect(onewayOf({ highway: 'motorway', oneway: v })).toBe(0);
  });

  it('makes motorways, motorway ramps and roundabouts one-way when untagged, other classes and links two-way', () => {
    expect(onewayOf({ highway: 'motorway' })).toBe(1);
    expect(onewayOf({ highway: 'motorway_link' })).toBe(1);
    expect(onewayOf({ highway: 'tertiary', junction: 'roundabout' })).toBe(1);
    expect(onewayOf({ highway: 'primary' })).toBe(0);
    expect(onewayOf({ highway: 'trunk_link' })).toBe(0);
    expect(onewayOf({ highway: 'trunk_link' }, ['motorway', 'motorway_link', 'trunk_link'])).toBe(1);
  });
});

describe('truckAllowed', () => {
  it('keeps the classes with a speed and drops the others', () => {
    expect(truckAllowed({ highway: 'residential' })).toBe(true);
    expect(truckAllowed({ highway: 'motorway' })).toBe(true);
    expect(truckAllowed({ highway: 'construction' })).toBe(false);
    expect(truckAllowed({ highway: 'footway' })).toBe(false);
    expect(truckAllowed({})).toBe(false);
  });

  it('honours access, motor_vehicle, hgv and service', () => {
    expect(truckAllowed({ highway: 'service', access: 'private' })).toBe(false);
    expect(truckAllowed({ highway: 'service', access: 'destination' })).toBe(true);
    expect(truckAllowed({ highway: 'primary', access: 'psv' })).toBe(false);
    expect(truckAllowed({ highway: 'primary', motor_vehicle: 'no' })).toBe(false);
    expect(truckAllowed({ highway: 'primary', access: 'no', motor_vehicle: 'yes' })).toBe(true);
    expect(truckAllowed({ highway: 'service', access: 'designated', hgv: 'no' })).toBe(false);
    expect(truckAllowed({ highway: 'service', access: 'no', hgv: 'destination' })).toBe(true);
    expect(truckAllowed({ highway: 'service', service: 'parking_aisle' })).toBe(false);
    expect(truckAllowed({ highway: 'service', service: 'alley' })).toBe(true);
  });
});

describe('truckSpeedKmh', () => {
  it('is the class speed, capped by a lower numeric maxspeed', () => {
    expect(truckSpeedKmh({ highway: 'primary' })).toBe(kmh.primary);
    expect(truckSpeedKmh({ highway: 'primary', maxspeed: '30' })).toBe(30);
    expect(truckSpeedKmh({ highway: 'primary', maxspeed: '70' })).toBe(kmh.primary);
    expect(truckSpeedKmh({ highway: 'motorway', maxspeed: '70' })).toBe(70);
    expect(truckSpeedKmh({ highway: 'primary', maxspeed: 'BE:urban' })).toBe(kmh.primary);
    expect(truckSpeedKmh({ highway: 'primary', maxspeed: '30' }, { ...defaultRoadOptions, capAtMaxspeed: false })).toBe(kmh.primary);
  });
});

describe('buildRoadGraph', () => {
  it('makes nodes of shared vertices and ends only, and links between them with length, time and class', () => {
    const g = buildRoadGraph([
      way([[0, 0], [100, 0], [200, 0]], { highway: 'primary' }),
      way([[100, 0], [100, 100]], { highway: 'residential' }),
    ]);
    expect(g.nodeCount).toBe(4); // (0,0), (100,0) shared, (200,0), (100,100)
    expect(g.linkCount).toBe(3);
    expect(g.arcCount).toBe(6);
    const l = [...Array(g.linkCount).keys()].find((i) => g.classes[g.linkClass[i]!] === 'residential')!;
    expect(g.linkLengthM[l]).toBeCloseTo(100, 9);
    const a = g.linkForwardArc[l]!;
    expect(g.arcTimeS[a]).toBeCloseTo(sec(100, kmh.residential!), 9);
    expect(g.ways).toEqual({ used: 2, skipped: 0 });
  });

  it('keeps interior vertices that no other way uses inside the link geometry', () => {
    const g = buildRoadGraph([way([[0, 0], [30, 40], [60, 0]], { highway: 'residential' })]);
    expect(g.nodeCount).toBe(2);
    expect(g.linkCount).toBe(1);
    expect(g.linkLengthM[0]).toBeCloseTo(100, 9);
    expect(g.linkVertexStart[1]! - g.linkVertexStart[0]!).toBe(3);
  });

  it('snaps vertices closer than snapM (0.5 m) and keeps farther ones apart', () => {
    const near = buildRoadGraph([way([[0, 0], [100, 0]], { highway: 'primary' }), way([[100.3, 0.1], [100, 100]], { highway: 'primary' })]);
    expect(near.nodeCount).toBe(3);
    const far = buildRoadGraph([way([[0, 0], [100, 0]], { highway: 'primary' }), way([[100.7, 0], [100, 100]], { highway: 'primary' })]);
    expect(far.nodeCount).toBe(4);
  });

  it('joins a bridge and the road below only at a way end, not where their interiors pass over each other', () => {
    const ground = way([[0, 0], [50, 0], [100, 0]], { highway: 'primary' });
    const bridge = way([[50, -50], [50, 0], [50, 50]], { highway: 'primary', bridge: 'yes', layer: '1' });
    const over = buildRoadGraph([ground, bridge]);
    expect([over.nodeCount, over.linkCount]).toEqual([4, 2]); // four ends, neither way split
    const ramp = way([[50, 0], [50, 50]], { highway: 'primary', bridge: 'yes', layer: '1' });
    const joined = buildRoadGraph([ground, ramp]);
    expect([joined.nodeCount, joined.linkCount]).toEqual([4, 3]); // the ground road split where the ramp starts
  });

  it('drives one-way streets only their way: oneway=yes along the vertices, -1 against them', () => {
    const g = buildRoadGraph([way([[0, 0], [100, 0]], { highway: 'residential', oneway: 'yes' }), way([[0, 10], [100, 10]], { highway: 'residential', oneway: '-1' })]);
    const [a, b] = [0, 1];
    expect(g.linkBackwardArc[a]).toBe(-1);
    expect(g.arcFrom[g.linkForwardArc[a]!]).toBe(nodeAt(g, 0, 0));
    expect(g.linkForwardArc[b]).toBe(-1);
    expect(g.arcFrom[g.linkBackwardArc[b]!]).toBe(nodeAt(g, 100, 10));
    expect(g.arcTo[g.linkBackwardArc[b]!]).toBe(nodeAt(g, 0, 10));
  });

  it('leaves out what a truck may not drive, and flags bridges and motorways', () => {
    const g = buildRoadGraph([
      way([[0, 0], [100, 0]], { highway: 'motorway' }),
      way([[0, 10], [100, 10]], { highway: 'tertiary', tunnel: 'yes' }),
      way([[0, 20], [100, 20]], { highway: 'service', access: 'private' }),
      way([[0, 30], [100, 30]], { highway: 'construction' }),
    ]);
    expect(g.linkCount).toBe(2);
    expect(g.ways).toEqual({ used: 2, skipped: 2 });
    expect(g.linkFlags[0]! & FLAG_MOTORWAY).toBeTruthy();
    expect(g.linkFlags[1]! & FLAG_BRIDGE).toBeTruthy();
    expect(g.arcCount).toBe(3); // motorway one-way by default, tunnel both ways
  });

  it('splits MultiLineStrings into their lines and skips points and empty lines', () => {
    const g = buildRoadGraph([
      { type: 'Feature', properties: { highway: 'residential' }, geometry: { type: 'MultiLineString', coordinates: [[[0, 0], [10, 0]], [[20, 0], [30, 0]], [[40, 0]]] } },
      { type: 'Feature', properties: { highway: 'residential' }, geometry: { type: 'Point', coordinates: [0, 0] } },
      { type: 'Feature', properties: { highway: 'residential' }, geometry: null },
    ]);
    expect(g.linkCount).toBe(2);
    expect(g.ways.skipped).toBe(2);
  });
});

/** A random grid network (100 m blocks) of mixed classes with one-way streets both ways. */
function randomNetwork(seed: number, n = 6): RoadGraph {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const classes = ['primary', 'secondary', 'residential', 'service'];
  const ways: Feature<LineString, RoadTags>[] = [];
  const tags = (): RoadTags => ({ highway: classes[Math.floor(rnd() * classes.length)]!, oneway: rnd() < 0.3 ? 'yes' : rnd() < 0.2 ? '-1' : 'no' });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i + 1 < n && rnd() < 0.85) ways.push(way([[i * 100, j * 100], [(i + 1) * 100, j * 100]], tags()));
      if (j + 1 < n && rnd() < 0.85) ways.push(way([[i * 100, j * 100], [i * 100 + 30, j * 100 + 50], [i * 100, (j + 1) * 100]], tags()));
    }
  }
  return buildRoadGraph(ways);
}

/** Bellman-Ford from one node, forward: the reference for Dijkstra. */
function bellmanFord(g: RoadGraph, from: number, w: Float64Array): Float64Array {
  const d = new Float64Array(g.nodeCount).fill(Infinity);
  d[from] = 0;
  for (let it = 0; it < g.nodeCount; it++) {
    let changed = false;
    for (let a = 0; a < g.arcCount; a++) {
      const c = d[g.arcFrom[a]!]! + w[a]!;
      if (c < d[g.arcTo[a]!]!) {
        d[g.arcTo[a]!] = c;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return d;
}

describe('dijkstra', () => {
  it('finds the known shortest times on a small network, forward and reversed', () => {
    // A square with a one-way side: 0→1 primary 1000 m, 1→2 residential, 0→3 residential, 3→2 primary; 1→2 one-way.
    const g = buildRoadGraph([
      way([[0, 0], [1000, 0]], { highway: 'primary' }),
      way([[1000, 0], [1000, 200]], { highway: 'residential', oneway: 'yes' }),
      way([[0, 0], [0, 200]], { highway: 'residential' }),
      way([[0, 200], [1000, 200]], { highway: 'primary' }),
    ]);
    const [n0, n1, n2, n3] = [nodeAt(g, 0, 0), nodeAt(g, 1000, 0), nodeAt(g, 1000, 200), nodeAt(g, 0, 200)];
    const f = dijkstra(g, [n0], { weight: g.arcTimeS, also: g.arcLengthM });
    const viaSouth = sec(1000, kmh.primary!) + sec(200, kmh.residential!);
    expect(f.cost[n2]).toBeCloseTo(viaSouth, 9);
    expect(f.alsoSum[n2]).toBeCloseTo(1200, 9);
    // Reversed, from n2: 1→2 is allowed, 2→1 is not, so from n1 the cost is the one-way leg.
    const r = dijkstra(g, [n2], { weight: g.arcTimeS, reverse: true });
    expect(r.cost[n1]).toBeCloseTo(sec(200, kmh.residential!), 9);
    expect(r.cost[n3]).toBeCloseTo(sec(1000, kmh.primary!), 9);
    expect(r.via[n2]).toBe(-1);
    expect(r.source[n0]).toBe(n2);
    // Forward from n2 back to n1: not along the one-way, round the square.
    const back = dijkstra(g, [n2], { weight: g.arcLengthM });
    expect(back.cost[n1]).toBeCloseTo(1000 + 200 + 1000, 9);
  });

  it('matches Bellman-Ford: the reverse multi-source cost of each node is its least forward cost to any source', () => {
    for (const seed of [1, 7, 42, 1234]) {
      const g = randomNetwork(seed);
      const sources = [0, Math.floor(g.nodeCount / 2), g.nodeCount - 1];
      const r = dijkstra(g, sources, { weight: g.arcTimeS, also: g.arcLengthM, reverse: true });
      for (let n = 0; n < g.nodeCount; n++) {
        const d = bellmanFord(g, n, g.arcTimeS);
        const best = Math.min(...sources.map((s) => d[s]!));
        if (best === Infinity) expect(r.cost[n]).toBe(Infinity);
        else expect(r.cost[n]).toBeCloseTo(best, 6);
        // Following `via` reaches the recorded source with the recorded cost and length.
        if (r.cost[n]! < Infinity) {
          let node = n;
          let t = 0;
          let m = 0;
          while (r.via[node]! >= 0) {
            const a = r.via[node]!;
            expect(g.arcFrom[a]).toBe(node);
            t += g.arcTimeS[a]!;
            m += g.arcLengthM[a]!;
            node = g.arcTo[a]!;
          }
          expect(node).toBe(r.source[n]);
          expect(t).toBeCloseTo(r.cost[n]!, 6);
          expect(m).toBeCloseTo(r.alsoSum[n]!, 6);
        }
      }
    }
  });

  it('skips arcs not allowed, and leaves unreachable nodes at Infinity', () => {
    const g = buildRoadGraph([way([[0, 0], [100, 0]], { highway: 'primary' }), way([[100, 0], [200, 0]], { highway: 'primary' }), way([[500, 0], [600, 0]], { highway: 'primary' })]);
    const allowed = new Uint8Array(g.arcCount).fill(1);
    allowed[g.linkForwardArc[1]!] = 0;
    allowed[g.linkBackwardArc[1]!] = 0;
    const r = dijkstra(g, [nodeAt(g, 0, 0)], { weight: g.arcLengthM, arcAllowed: allowed });
    expect(r.cost[nodeAt(g, 100, 0)]).toBe(100);
    expect(r.cost[nodeAt(g, 200, 0)]).toBe(Infinity);
    expect(r.cost[nodeAt(g, 600, 0)]).toBe(Infinity);
    expect(r.source[nodeAt(g, 600, 0)]).toBe(-1);
  });
});

describe('motorwayAccessNodes', () => {
  it('is the foot of an on-ramp and the start of a motorway continuing a road; not an exit ramp end nor the carriageway', () => {
    const g = buildRoadGraph([
      way([[0, 0], [1000, 0]], { highway: 'primary' }),
      way([[1000, 0], [1200, 300]], { highway: 'motorway_link' }), // on-ramp from the primary's end
      way([[1200, 300], [2000, 300], [3000, 300]], { highway: 'motorway' }),
      way([[2000, 300], [2200, 0]], { highway: 'motorway_link' }), // exit ramp down to a secondary
      way([[2200, 0], [2600, 0]], { highway: 'secondary' }),
      way([[4000, 300], [3000, 300]], { highway: 'trunk', oneway: 'yes' }), // a trunk running into the motorway's start
      way([[3000, 300], [5000, 300]], { highway: 'motorway' }),
    ]);
    const acc = [...motorwayAccessNodes(g)].map((n) => [g.nodeXY[2 * n], g.nodeXY[2 * n + 1]]);
    expect(acc).toEqual(expect.arrayContaining([[1000, 0], [3000, 300]]));
    expect(acc).toHaveLength(2);
  });
});

/** The one-way test network: a site south of a street one can only drive westwards, the motorway to the east. */
function onewayNetwork(onewayStreet = '-1'): RoadGraph {
  return buildRoadGraph([
    way([[0, 0], [1000, 0]], { highway: 'residential', oneway: onewayStreet }),
    way([[0, 0], [0, 300]], { highway: 'residential' }),
    way([[0, 300], [1000, 300]], { highway: 'primary' }),
    way([[1000, 300], [1000, 0]], { highway: 'primary' }),
    way([[1000, 0], [1000, -500]], { highway: 'motorway_link' }),
    way([[1000, -500], [2000, -500]], { highway: 'motorway' }),
  ]);
}
const site = box(40, -30, 60, -10);

describe('siteRoute to the motorway', () => {
  it('goes round the block when the street by the site is one-way the other way (known km and minutes)', () => {
    const g = onewayNetwork('-1');
    const r = siteRoute(buildGateIndex(g), searchToMotorway(g), site)!;
    expect(r).not.toBeNull();
    // The gate is the west end of the street's stretch along the site (its corner at x = 40), 10 m from it.
    expect(r.gate.x).toBeCloseTo(40, 9);
    expect(r.gate.y).toBeCloseTo(0, 9);
    expect(r.gate.siteM).toBeCloseTo(10, 9);
    expect(r.also).toBeCloseTo(40 + 300 + 1000 + 300, 6);
    expect(r.cost).toBeCloseTo(sec(340, kmh.residential!) + sec(1300, kmh.primary!), 6);
    expect(r.straightM).toBeCloseTo(960, 6);
    expect(r.target).toBe(nodeAt(g, 1000, 0));
    expect(r.coordinates).toEqual([[40, 0], [0, 0], [0, 300], [1000, 300], [1000, 0]]);
  });

  it('drives straight along the street when it is two-way, or one-way the right way', () => {
    for (const oneway of ['no', 'yes']) {
      const g = onewayNetwork(oneway);
      const r = siteRoute(buildGateIndex(g), searchToMotorway(g), site)!;
      expect(r.also).toBeCloseTo(940, 6);
      expect(r.cost).toBeCloseTo(sec(940, kmh.residential!), 6);
      expect(r.coordinates).toEqual([[60, 0], [1000, 0]]);
    }
  });

  it('ends at the first motorway access: no distance is counted on the ramp or the motorway', () => {
    const g = onewayNetwork('no');
    const s = searchToMotorway(g);
    expect(s.cost[nodeAt(g, 1000, 0)]).toBe(0);
    expect(s.cost[nodeAt(g, 1000, -500)]).toBe(Infinity);
  });

  it('picks the best of several gates around the site', () => {
    // The site touches a slow service road to the west and a primary to the east, which leads to the access.
    const g = buildRoadGraph([
      way([[0, -1000], [0, 1000]], { highway: 'service' }),
      way([[0, 1000], [1000, 1000]], { highway: 'service' }),
      way([[100, -1000], [100, 1000]], { highway: 'primary' }),
      way([[100, 1000], [1000, 1000]], { highway: 'primary' }),
      way([[1000, 1000], [1000, 1500]], { highway: 'motorway_link' }),
    ]);
    const r = siteRoute(buildGateIndex(g), searchToMotorway(g), box(10, -20, 90, 20))!;
    expect(r.gate.x).toBeCloseTo(100, 9);
    expect(r.gate.y).toBeCloseTo(20, 6); // the gate nearest the access along the primary, at the site's corner
    expect(r.also).toBeCloseTo(980 + 900, 6);
  });

  it('starts inside the site when a road crosses it', () => {
    const g = onewayNetwork('no');
    const r = siteRoute(buildGateIndex(g), searchToMotorway(g), box(400, -50, 600, 50))!;
    expect(r.gate.siteM).toBe(0);
    expect(r.gate.x).toBeCloseTo(600, 6);
    expect(r.also).toBeCloseTo(400, 6);
  });

  it('reaches a road up to maxConnectorM (200 m) from the site, else gives null', () => {
    const g = onewayNetwork('no');
    const ix = buildGateIndex(g);
    const s = searchToMotorway(g);
    const near = siteRoute(ix, s, box(450, -200, 550, -150))!;
    expect(near.gate.siteM).toBeCloseTo(150, 6);
    expect(near.gate.x).toBeCloseTo(550, 6);
    expect(siteRoute(ix, s, box(450, -400, 550, -250))).toBeNull();
    expect(siteRoute(ix, s, box(450, -400, 550, -250), { maxConnectorM: 300 })).not.toBeNull();
  });

  it('never leaves a site onto a motorway, a ramp or a bridge', () => {
    const g = buildRoadGraph([
      way([[0, 0], [1000, 0]], { highway: 'motorway', oneway: 'no' }),
      way([[0, 50], [1000, 50]], { highway: 'primary', bridge: 'yes' }),
      way([[0, 150], [1000, 150]], { highway: 'primary' }),
      way([[1000, 150], [1000, 0]], { highway: 'motorway_link' }),
    ]);
    const r = siteRoute(buildGateIndex(g), searchToMotorway(g), box(400, 10, 600, 30))!;
    expect(r.gate.y).toBeCloseTo(150, 6);
    expect(r.gate.siteM).toBeCloseTo(120, 6);
    expect(r.also).toBeCloseTo(1000 - r.gate.x, 6);
  });

  it('gives null when no access is reachable from the site', () => {
    const g = buildRoadGraph([way([[0, 0], [1000, 0]], { highway: 'primary' }), way([[5000, 0], [5000, 500]], { highway: 'motorway_link' })]);
    expect(siteRoute(buildGateIndex(g), searchToMotorway(g), site)).toBeNull();
  });

  it('refuses a forward search', () => {
    const g = onewayNetwork('no');
    expect(() => siteRoute(buildGateIndex(g), dijkstra(g, [0], { weight: g.arcLengthM }), site)).toThrow(/reverse/);
  });
});

describe('siteGates and nearestOnSegment', () => {
  const shape = prepareSite(box(0, 0, 100, 100));
  it('finds the point of a segment nearest the site, and the stretch within a distance', () => {
    expect(nearestOnSegment(-50, 120, 150, 120, shape)).toEqual({ t: 0.75, d: 20 });
    expect(segmentNearSite(-50, 120, 150, 120, shape, 30)).toEqual({ nearest: { t: 0.75, d: 20 }, first: 0.25, last: 0.75 });
    expect(segmentNearSite(-50, 120, 150, 120, shape, 10).first).toBeNaN();
    const through = segmentNearSite(-100, 50, 200, 50, shape, 30);
    expect([through.nearest.d, through.first, through.last]).toEqual([0, 1 / 3, 2 / 3]);
    expect(nearestOnSegment(150, -50, 150, 150, shape).d).toBeCloseTo(50, 9);
    const crossing = nearestOnSegment(-50, 50, 50, 50, shape);
    expect(crossing.d).toBe(0);
    expect(nearestOnSegment(-50, 50, -10, 50, shape)).toEqual({ t: 1, d: 10 });
  });

  it('lists gates within the distance only', () => {
    const g = buildRoadGraph([way([[-50, 120], [50, 120]], { highway: 'residential' }), way([[-50, 200], [50, 200]], { highway: 'residential' })]);
    const gates = siteGates(buildGateIndex(g), shape, 30);
    expect(gates.length).toBeGreaterThan(0);
    expect(gates.every((x) => x.y === 120 && x.siteM <= 30)).toBe(true);
  });
});

describe('canal quays', () => {
  // Canal water: a band 40 m wide along y = 0…40, and a canal axis line further east.
  const canal = [
    { type: 'Feature' as const, properties: { kind: 'water' }, geometry: box(0, 0, 1000, 40) },
    { type: 'Feature' as const, properties: { kind: 'axis' }, geometry: { type: 'LineString' as const, coordinates: [[2000, 20], [3000, 20]] } },
  ];

  it('are road nodes within quayM of the water, outside it and off bridges and motorways', () => {
    const g = buildRoadGraph([
      way([[0, -30], [300, -30], [500, -30], [1000, -30]], { highway: 'residential' }), // quay road 30 m from the water
      way([[500, -30], [500, -200]], { highway: 'residential' }), // side street
      way([[300, -30], [300, 80]], { highway: 'primary', bridge: 'yes' }), // bridge across: its far end is 40 m from the water
      way([[300, 80], [300, 300]], { highway: 'primary' }),
      way([[700, 20], [800, 20]], { highway: 'service' }), // a pier in the water
      way([[2500, 60], [2600, 60]], { highway: 'residential' }), // 40 m from the axis
      way([[0, 200], [1000, 200]], { highway: 'motorway', oneway: 'no' }),
    ]);
    const q = [...canalQuayNodes(g, canal)].map((n) => [g.nodeXY[2 * n], g.nodeXY[2 * n + 1]]);
    expect(q).toEqual(expect.arrayContaining([[0, -30], [500, -30], [1000, -30], [300, -30], [300, 80], [2500, 60], [2600, 60]]));
    expect(q).not.toContainEqual([700, 20]);
    expect(q).not.toContainEqual([500, -200]);
    expect(q).toHaveLength(7);
    expect(canalQuayNodes(g, canal, 20)).toHaveLength(0);
    expect(canalQuayNodes(g, [])).toHaveLength(0);
  });

  it('gives the shortest road distance from a site to the nearest quay', () => {
    const g = buildRoadGraph([
      way([[0, -30], [1000, -30]], { highway: 'residential' }),
      way([[500, -30], [500, -600]], { highway: 'residential' }),
    ]);
    const r = siteRoute(buildGateIndex(g), searchToQuay(g, canalQuayNodes(g, canal)), box(510, -520, 600, -480))!;
    expect(r.gate.x).toBeCloseTo(500, 9);
    expect(r.gate.y).toBeCloseTo(-480, 6);
    expect(r.cost).toBeCloseTo(450, 6);
    expect(r.target).toBe(nodeAt(g, 500, -30));
  });
});

describe('lineToWgs84', () => {
  it('gives a WGS84 LineString with 5 decimals, repeated points dropped', () => {
    const line = lineToWgs84([[150000, 170000], [150000.1, 170000.1], [151000, 170000]]);
    expect(line.type).toBe('LineString');
    expect(line.coordinates).toHaveLength(2);
    const [lon, lat] = toWgs84([150000, 170000]);
    expect(line.coordinates[0]).toEqual([Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5]);
    for (const p of line.coordinates) for (const v of p) expect(Math.abs(v * 1e5 - Math.round(v * 1e5))).toBeLessThan(1e-6);
    expect(lineToWgs84([[150000, 170000]]).coordinates).toHaveLength(2);
  });

  it('simplifies first when asked: points within the tolerance of the line go, the ends and corners stay', () => {
    const line = [[150000, 170000], [150100, 170001], [150200, 170000], [150200, 170300]];
    expect(simplifyLine(line, 2)).toEqual([[150000, 170000], [150200, 170000], [150200, 170300]]);
    expect(simplifyLine(line, 0.5)).toEqual(line);
    expect(simplifyLine(line, 0)).toEqual(line);
    expect(lineToWgs84(line, 2).coordinates).toHaveLength(3);
  });
});
