import { describe, expect, it } from 'vitest';
import type { AccessReach } from '../core/access/types.ts';
import { reachDrawing, reachMaxMinutes, shippedSiteId } from './useSiteReach.ts';

const route = { type: 'LineString' as const, coordinates: [[4.3, 50.83], [4.29, 50.82]] };
const reach: Pick<AccessReach, 'sectors' | 'sites'> = {
  sectors: ['21001A00-', '21004B12-', '21009C3-', '21015D1-'],
  sites: {
    'osm-w1': { transit: [[2, 3], [0, 12], [3, 30], [1, 31]], motorwayRoute: route },
    'osm-w2': { transit: [[1, 44]], motorwayRoute: null },
  },
};

describe('the reach drawn for a site', () => {
  it('keeps the sectors within 30 minutes, inclusive, as codes with their minutes, quickest first, with the route', () => {
    expect(reachMaxMinutes).toBe(30);
    expect(reachDrawing(reach, 'osm-w1')).toEqual({
      sectors: [
        { code: '21009C3-', minutes: 3 },
        { code: '21001A00-', minutes: 12 },
        { code: '21015D1-', minutes: 30 },
      ],
      route,
      key: 'osm-w1',
    });
    expect(reachDrawing(reach, 'osm-w1', 10)?.sectors).toEqual([{ code: '21009C3-', minutes: 3 }]);
  });

  it('draws a site that reaches nothing within 30 minutes and has no route as empty, and nothing for a site not in the file', () => {
    expect(reachDrawing(reach, 'osm-w2')).toEqual({ sectors: [], route: null, key: 'osm-w2' });
    expect(reachDrawing(reach, 'user-1')).toBeNull();
    expect(reachDrawing(reach, 'toString')).toBeNull();
  });

  it('asks only for a shipped site: not a user site, not one whose data has not arrived', () => {
    const sites = new Map([
      ['osm-w1', { status: 'available' as const }],
      ['user-1', { status: 'user' as const }],
    ]);
    expect(shippedSiteId('osm-w1', sites)).toBe('osm-w1');
    expect(shippedSiteId('user-1', sites)).toBeNull();
    expect(shippedSiteId('osm-w9', sites)).toBeNull();
    expect(shippedSiteId(null, sites)).toBeNull();
  });
});
