import { describe, expect, it } from 'vitest';
import { prepareSite } from '../geo/geom.ts';
import { MinHeap } from './heap.ts';
import { buildTransitNetwork, defaultTransitOptions, pointOrigin, siteOrigin, stopToStopMin, travelTimes, waitMin, walkMinPerM, type TransitLine, type TransitOptions, type TransitStop } from './transit.ts';

/**
 * Round numbers: walking 80 m/min on the straight line (4.8 km/h, no detour), trams at 200 m/min (12 km/h) and
 * buses at 100 m/min (6 km/h) on the straight line, waits of 5 min (tram) and 2 min (bus), a transfer penalty of 3.
 */
const o: Partial<TransitOptions> = {
  walkKmh: 4.8,
  walkDetour: 1,
  hopDetour: 1,
  tramKmh: 12,
  busKmh: 6,
  metroKmh: 30,
  tramHeadwayMin: 10,
  busHeadwayMin: 4,
  metroHeadwayMin: 2,
  transferPenaltyMin: 3,
  maxAccessWalkM: 500,
  maxTransferWalkM: 200,
  maxMinutes: 60,
};
const stop = (id: string, x: number, y: number): TransitStop => ({ id, x, y });
const line = (id: string, mode: TransitLine['mode'], stopIds: string[], hopM?: (number | null)[]): TransitLine => ({ id, mode, stopIds, ...(hopM ? { hopM } : {}) });

describe('MinHeap', () => {
  it('pops items in key order, growing past its first capacity', () => {
    const h = new MinHeap(2);
    const keys = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 200) / 3);
    keys.forEach((k, i) => h.push(i, k));
    const out: number[] = [];
    while (h.size > 0) {
      const k = h.peekKey();
      const i = h.pop();
      expect(keys[i]).toBe(k);
      out.push(k);
    }
    expect(out).toEqual([...keys].sort((a, b) => a - b));
    expect(h.pop()).toBe(-1);
    expect(h.peekKey()).toBe(Infinity);
  });
});

describe('walking and waiting', () => {
  it('states minutes per metre and the wait as half the headway', () => {
    expect(walkMinPerM({ walkKmh: 4.8, walkDetour: 1 })).toBeCloseTo(1 / 80);
    expect(walkMinPerM({ walkKmh: 4.8, walkDetour: 1.3 })).toBeCloseTo(1.3 / 80);
    const full = { ...defaultTransitOptions, ...o };
    expect([waitMin('metro', full), waitMin('tram', full), waitMin('bus', full)]).toEqual([1, 5, 2]);
  });
});

describe('travelTimes on one tram line', () => {
  // A ── B ── C along x, 1 km apart; riding A→C takes 10 min.
  const stops = [stop('A', 0, 0), stop('B', 1000, 0), stop('C', 2000, 0)];
  const net = buildTransitNetwork(stops, [line('T>C', 'tram', ['A', 'B', 'C'])], [{ x: 2000, y: 160 }, { x: 0, y: 400 }, { x: 0, y: -80 }], o);

  it('walks to the line, waits, rides, walks on: 1 + 5 + 10 + 2 = 18 min', () => {
    const { destMin, stopMin } = travelTimes(net, pointOrigin(0, -80));
    expect(destMin[0]).toBeCloseTo(18, 9);
    expect(stopMin[0]).toBeCloseTo(1, 9); // A on foot
    expect(stopMin[1]).toBeCloseTo(11, 9); // B aboard: 1 + 5 + 5
    expect(stopMin[2]).toBeCloseTo(16, 9);
  });

  it('takes walking all the way when it is shorter (480 m: 6 min) and 0 min for the origin itself', () => {
    const { destMin } = travelTimes(net, pointOrigin(0, -80));
    expect(destMin[1]).toBeCloseTo(6, 9);
    expect(destMin[2]).toBe(0);
  });

  it('rides only the way the line runs: from C, A is reached on foot only (25 min) or not at all', () => {
    const { destMin } = travelTimes(net, pointOrigin(2000, 0));
    expect(destMin[1]).toBeCloseTo(Math.hypot(2000, 400) / 80, 9);
    const short = buildTransitNetwork(stops, [line('T>C', 'tram', ['A', 'B', 'C'])], [{ x: 0, y: 400 }], { ...o, maxMinutes: 20 });
    expect(travelTimes(short, pointOrigin(2000, 0)).destMin[0]).toBe(Infinity);
  });

  it('reports what it built', () => {
    expect(net.report).toMatchObject({ stops: 3, lines: 1, lineStops: 3, hops: 2, hopsAlongRoute: 0, missingStopRefs: 0, transferLinks: 0, destinationsWithoutStop: 0 });
  });

  it('leaves stops beyond the longest access walk out: walking only', () => {
    const far = travelTimes(net, pointOrigin(0, -600)).destMin;
    expect(far[0]).toBeCloseTo(Math.hypot(2000, 760) / 80, 9);
  });
});

describe('travelTimes with a change of line', () => {
  // Tram A→B east (6 km, 30 min); bus stop B2 100 m east of B, bus B2→D north (3 km, 30 min); on foot A→D: 85 min.
  const stops = [stop('A', 0, 0), stop('B', 6000, 0), stop('B2', 6100, 0), stop('D', 6100, 3000)];
  const lines = [line('T', 'tram', ['A', 'B']), line('54', 'bus', ['B2', 'D'])];
  const dest = [{ x: 6100, y: 3000 }];
  const long = { ...o, maxMinutes: 120 };

  it('adds the transfer walk, the second wait and the penalty: 0 + 5 + 30 + 1.25 + 2 + 3 + 30 = 71.25', () => {
    const net = buildTransitNetwork(stops, lines, dest, long);
    expect(travelTimes(net, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(71.25, 9);
    expect(net.report.transferLinks).toBe(2); // B→B2 and B2→B
  });

  it('charges no transfer penalty on the first boarding, one on the second', () => {
    const without = buildTransitNetwork(stops, lines, dest, { ...long, transferPenaltyMin: 0 });
    const withTen = buildTransitNetwork(stops, lines, dest, { ...long, transferPenaltyMin: 10 });
    expect(travelTimes(without, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(68.25, 9);
    expect(travelTimes(withTen, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(78.25, 9);
  });

  it('cannot change lines when the stops are farther apart than the transfer walk: on foot', () => {
    const net = buildTransitNetwork(stops, lines, dest, { ...long, maxTransferWalkM: 50 });
    expect(net.report.transferLinks).toBe(0);
    expect(travelTimes(net, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(Math.hypot(6100, 3000) / 80, 9);
  });

  it('alights and reboards at the same stop paying the wait and the penalty', () => {
    const same = [stop('A', 0, 0), stop('B', 6000, 0), stop('D', 6000, 3000)];
    const net = buildTransitNetwork(same, [line('T', 'tram', ['A', 'B']), line('54', 'bus', ['B', 'D'])], [{ x: 6000, y: 3000 }], long);
    expect(travelTimes(net, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(5 + 30 + 2 + 3 + 30, 9);
  });

  it('takes the faster of two lines between the same stops', () => {
    const two = [stop('A', 0, 0), stop('B', 3000, 0)];
    const net = buildTransitNetwork(two, [line('bus', 'bus', ['A', 'B']), line('metro', 'metro', ['A', 'B'])], [{ x: 3000, y: 0 }], o);
    // bus: 2 + 30 = 32; metro: 1 + 3000 / 500 = 7
    expect(travelTimes(net, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(7, 9);
  });
});

describe('hop lengths', () => {
  const stops = [stop('A', 0, 0), stop('B', 1000, 0), stop('C', 2000, 0)];
  it('rides the distance along the route when given, else the straight line × hopDetour', () => {
    const along = buildTransitNetwork(stops, [line('T', 'tram', ['A', 'B', 'C'], [1400, null])], [{ x: 2000, y: 0 }], { ...o, hopDetour: 1.5 });
    // 5 + 1400/200 + 1500/200 = 19.5
    expect(travelTimes(along, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(19.5, 9);
    expect(along.report).toMatchObject({ hops: 2, hopsAlongRoute: 1 });
  });

  it('skips stops it does not know, adding up the route distances across them', () => {
    const net = buildTransitNetwork(stops, [line('T', 'tram', ['A', 'X', 'C'], [700, 900])], [{ x: 2000, y: 0 }], o);
    expect(net.report).toMatchObject({ missingStopRefs: 1, hops: 1, hopsAlongRoute: 1, lineStops: 2 });
    expect(travelTimes(net, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(5 + 1600 / 200, 9);
    // with one unknown part the straight line is used: A → C 2000 m
    const half = buildTransitNetwork(stops, [line('T', 'tram', ['A', 'X', 'C'], [700, null])], [{ x: 2000, y: 0 }], o);
    expect(travelTimes(half, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(5 + 2000 / 200, 9);
  });
});

describe('origins and horizon', () => {
  it('measures access from a site’s edge: a stop inside the site is 0 m away', () => {
    const stops = [stop('A', 50, 50), stop('B', 3050, 50)];
    const net = buildTransitNetwork(stops, [line('M', 'metro', ['A', 'B'])], [{ x: 3050, y: 50 }], o);
    const site = prepareSite({ type: 'Polygon', coordinates: [[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]] });
    expect(travelTimes(net, siteOrigin(site)).destMin[0]).toBeCloseTo(1 + 3000 / 500, 9);
    // from the site's corner edge, walking to B: 2950 m east of the edge
    const walkOnly = buildTransitNetwork(stops, [], [{ x: 3050, y: 50 }], o);
    expect(travelTimes(walkOnly, siteOrigin(site)).destMin[0]).toBeCloseTo(2950 / 80, 9);
  });

  it('reports Infinity beyond maxMinutes and never expands past it', () => {
    const stops = [stop('A', 0, 0), stop('B', 10_000, 0)];
    const net = buildTransitNetwork(stops, [line('T', 'tram', ['A', 'B'])], [{ x: 10_000, y: 0 }], { ...o, maxMinutes: 45 });
    expect(travelTimes(net, pointOrigin(0, 0)).destMin[0]).toBe(Infinity); // 5 + 50 min by tram, 125 on foot
    expect(travelTimes(net, pointOrigin(0, 0)).stopMin[1]).toBe(Infinity);
  });

  it('handles an empty network: walking only', () => {
    const net = buildTransitNetwork([], [], [{ x: 800, y: 0 }], o);
    expect(travelTimes(net, pointOrigin(0, 0)).destMin[0]).toBeCloseTo(10, 9);
    expect(net.report.destinationsWithoutStop).toBe(1);
  });
});

describe('stopToStopMin', () => {
  it('gives running times between stops, with or without the first wait', () => {
    const stops = [stop('A', 0, 0), stop('B', 1000, 0), stop('C', 2000, 0)];
    const net = buildTransitNetwork(stops, [line('T', 'tram', ['A', 'B', 'C'])], [], o);
    expect(stopToStopMin(net, 'A', 'C', false)).toBeCloseTo(10, 9);
    expect(stopToStopMin(net, 'A', 'C')).toBeCloseTo(15, 9);
    expect(stopToStopMin(net, 'C', 'A')).toBe(Infinity);
    expect(stopToStopMin(net, 'A', 'nowhere')).toBeNaN();
  });
});

describe('travelTimes against a brute-force search on a random network', () => {
  /** Deterministic pseudo-random numbers. */
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  it('equals Bellman-Ford over the same links for every destination', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = rng(seed);
      const stops = Array.from({ length: 60 }, (_, i) => stop(`s${i}`, r() * 5000, r() * 5000));
      const modes = ['metro', 'tram', 'bus'] as const;
      const lines = Array.from({ length: 8 }, (_, i) => {
        const ids = Array.from({ length: 6 + Math.floor(r() * 8) }, () => `s${Math.floor(r() * 60)}`);
        return line(`L${i}`, modes[i % 3]!, ids);
      });
      const dests = Array.from({ length: 30 }, () => ({ x: r() * 5000, y: r() * 5000 }));
      const opts = { ...o, maxAccessWalkM: 700, maxTransferWalkM: 300, maxMinutes: 1000 };
      const net = buildTransitNetwork(stops, lines, dests, opts);
      const ox = r() * 5000;
      const oy = r() * 5000;
      const got = travelTimes(net, pointOrigin(ox, oy)).destMin;

      // Brute force: relax every link until nothing changes, from the same first boardings.
      const walk = 1 / 80;
      const best = new Float64Array(net.nodeCount).fill(Infinity);
      stops.forEach((s, i) => {
        const d = Math.hypot(s.x - ox, s.y - oy);
        if (d > opts.maxAccessWalkM) return;
        for (let k = net.boardStart[i]!; k < net.boardStart[i + 1]!; k++) best[net.boardNode[k]!] = Math.min(best[net.boardNode[k]!]!, d * walk + net.boardWaitMin[k]!);
      });
      for (let changed = true; changed; ) {
        changed = false;
        for (let n = 0; n < net.nodeCount; n++) {
          if (!Number.isFinite(best[n]!)) continue;
          for (let e = net.linkStart[n]!; e < net.linkStart[n + 1]!; e++) {
            const t = best[n]! + net.linkMin[e]!;
            if (t < best[net.linkTo[e]!]! - 1e-12) {
              best[net.linkTo[e]!] = t;
              changed = true;
            }
          }
        }
      }
      dests.forEach((d, j) => {
        let t = Math.hypot(d.x - ox, d.y - oy) * walk;
        stops.forEach((s, i) => {
          const w = Math.hypot(s.x - d.x, s.y - d.y);
          if (w <= opts.maxAccessWalkM) t = Math.min(t, best[i]! + w * walk);
        });
        expect(got[j]).toBeCloseTo(t, 9);
      });
    }
  });
});
