import { describe, expect, it } from 'vitest';
import { distanceAlong, hopsAlongRoute, routeFit, routeGraph, snapToRoute } from './routeGeometry.ts';

describe('routeGraph and snapToRoute', () => {
  it('snaps a point to the nearest segment within snapM, with its place along it', () => {
    const g = routeGraph([[[0, 0], [1000, 0]]]);
    expect(snapToRoute(g, 250, 30)).toMatchObject({ t: 0.25, lengthM: 1000, distanceM: 30 });
    expect(snapToRoute(g, 250, 80, 75)).toBeNull();
    expect(snapToRoute(g, -20, 0)).toMatchObject({ t: 0, distanceM: 20 });
  });

  it('joins pieces sharing a vertex, and pieces a small gap apart, but not a wide one', () => {
    const shared = routeGraph([[[0, 0], [500, 0]], [[500, 0], [1000, 0]]]);
    const a = snapToRoute(shared, 100, 0)!;
    const b = snapToRoute(shared, 900, 0)!;
    expect(distanceAlong(shared, a, b, 5000)).toBeCloseTo(800, 9);
    // a 40 m tile-edge gap is bridged (by its straight line)
    const gap = routeGraph([[[0, 0], [500, 0]], [[540, 0], [1000, 0]]], { gapM: 60 });
    expect(distanceAlong(gap, snapToRoute(gap, 100, 0)!, snapToRoute(gap, 900, 0)!, 5000)).toBeCloseTo(800, 9);
    // a 200 m gap is not
    const wide = routeGraph([[[0, 0], [400, 0]], [[600, 0], [1000, 0]]], { gapM: 60 });
    expect(distanceAlong(wide, snapToRoute(wide, 100, 0)!, snapToRoute(wide, 900, 0)!, 5000)).toBe(Infinity);
  });

  it('reads pieces in any order and direction', () => {
    const g = routeGraph([[[1000, 1000], [1000, 0]], [[0, 0], [1000, 0]].reverse()]);
    expect(distanceAlong(g, snapToRoute(g, 0, 0)!, snapToRoute(g, 1000, 1000)!, 5000)).toBeCloseTo(2000, 9);
  });

  it('gives the distance within one segment without a search, and Infinity beyond maxM', () => {
    const g = routeGraph([[[0, 0], [1000, 0], [1000, 1000]]]);
    expect(distanceAlong(g, snapToRoute(g, 200, 5)!, snapToRoute(g, 700, -5)!, 1)).toBeCloseTo(500, 9);
    expect(distanceAlong(g, snapToRoute(g, 0, 0)!, snapToRoute(g, 1000, 1000)!, 1500)).toBe(Infinity);
  });
});

describe('hopsAlongRoute', () => {
  // An L: east 1 km, then north 1 km; stops at the start, the corner, and the end.
  const g = routeGraph([[[0, 0], [1000, 0], [1000, 1000]]]);

  it('measures each hop along the route, not the straight line', () => {
    expect(hopsAlongRoute(g, [[0, 10], [1000, 1000]])[0]).toBeCloseTo(2000, 9);
    // the middle stop snaps to the nearer leg (5 m off the first, 10 m off the second)
    const hops = hopsAlongRoute(g, [[0, 0], [990, 5], [1000, 1000]]);
    expect(hops[0]).toBeCloseTo(990, 9);
    expect(hops[1]).toBeCloseTo(1010, 9);
  });

  it('leaves a hop unknown when a stop does not snap or the path is implausible', () => {
    expect(hopsAlongRoute(g, [[0, 0], [500, 500]])).toEqual([null]); // 500 m off the route
    // a 3 km detour for 100 m of straight line is refused (maxRatio 2.5 × 100 + 300 slack)
    const u = routeGraph([[[0, 0], [0, 1500], [100, 1500], [100, 0]]]);
    expect(hopsAlongRoute(u, [[0, 0], [100, 0]])).toEqual([null]);
    expect(hopsAlongRoute(u, [[0, 0], [100, 0]], { maxRatio: 40 })[0]).toBeCloseTo(3100, 9);
  });

  it('gives nothing for fewer than two stops', () => {
    expect(hopsAlongRoute(g, [[0, 0]])).toEqual([]);
    expect(hopsAlongRoute(g, [])).toEqual([]);
  });
});

describe('routeFit', () => {
  it('counts the stops that snap and their mean distance', () => {
    const g = routeGraph([[[0, 0], [1000, 0]]]);
    expect(routeFit(g, [[0, 10], [500, 30], [500, 500]])).toEqual({ snapped: 2, meanSnapM: 20 });
    expect(routeFit(g, [[500, 500]])).toEqual({ snapped: 0, meanSnapM: Infinity });
    expect(routeFit(routeGraph([]), [[0, 0]]).snapped).toBe(0);
  });
});
