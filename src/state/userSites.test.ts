import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../core/export/testSites.ts';
import type { SiteProperties } from '../core/types.ts';
import type { UserSiteRecord } from '../core/usersites/types.ts';
import {
  addUserSites,
  clearUserSitesMeasured,
  emptyUserSites,
  removeAllUserSites,
  removeUserSite,
  removeUserSites,
  renameUserSite,
  sanitizeUserSiteName,
  selectUnmeasuredUserSites,
  selectUserSiteFeatures,
  selectUserSitesById,
  setUserSiteMeasured,
  setUserSitesMeasured,
  userSiteIdentity,
  userSiteKey,
  userSiteLimits,
  userSitesFromStored,
  withUserSites,
} from './userSites.ts';

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[4.35 + x, 50.84], [4.351 + x, 50.84], [4.351 + x, 50.841], [4.35 + x, 50.84]]],
});

function record(id: string, over: Partial<UserSiteRecord> = {}): UserSiteRecord {
  return {
    id,
    name: `Site ${id}`,
    externalId: '',
    origin: { kind: 'import', file: 'parcels.geojson', format: 'geojson', featureNumber: 1, crs: 'EPSG:4326', crsFrom: 'file' },
    geometry: square(id.length / 1000),
    areaM2Given: null,
    attributes: { owner: 'citydev', surface: 1200 },
    addedAt: '2026-11-26T10:00:00.000Z',
    outsideRegion: false,
    repairs: [],
    ...over,
  };
}

/** Properties as the measuring would write them (identity fields deliberately wrong: the state sets them). */
const measured = (id: string, over: Partial<SiteProperties> = {}): SiteProperties =>
  fixtureSite(id, { status: 'available', landuse: 'brownfield', name: 'wrong', ...over });

describe('adding sites', () => {
  it('appends a batch in order, never replacing earlier sites', () => {
    const first = addUserSites(emptyUserSites, [record('user-a'), record('user-b')]);
    expect(first.addedIds).toEqual(['user-a', 'user-b']);
    const second = addUserSites(first.state, [record('user-c', { geometry: square(1) })]);
    expect(second.state.sites.map((e) => e.record.id)).toEqual(['user-a', 'user-b', 'user-c']);
    expect(second.duplicates).toBe(0);
    expect(first.state.sites).toHaveLength(2); // the old state is untouched
  });

  it('keeps ids unique: a taken id gets -2, -3…, in the batch too', () => {
    const s = addUserSites(emptyUserSites, [record('user-a')]).state;
    const r = addUserSites(s, [record('user-a', { geometry: square(2) }), record('user-a', { geometry: square(3) })]);
    expect(r.addedIds).toEqual(['user-a-2', 'user-a-3']);
    expect(r.renamedIds).toBe(2);
    expect(new Set(r.state.sites.map((e) => e.record.id)).size).toBe(3);
  });

  it('keeps sites equal to existing ones (same name and geometry) and reports them as duplicates', () => {
    const s = addUserSites(emptyUserSites, [record('user-a'), record('user-b')]).state;
    // the same file imported again: new ids, same names and outlines
    const again = addUserSites(s, [record('user-x', { name: 'Site user-a', geometry: record('user-a').geometry }), record('user-y', { geometry: square(9) })]);
    expect(again.state.sites).toHaveLength(4);
    expect(again.duplicates).toBe(1);
    expect(again.duplicateIds).toEqual(['user-x']);
    // "remove the new copies"
    expect(removeUserSites(again.state, again.duplicateIds).sites.map((e) => e.record.id)).toEqual(['user-a', 'user-b', 'user-y']);
  });

  it('counts a renamed or moved site as no duplicate, and a repeated row within one batch as one', () => {
    const s = addUserSites(emptyUserSites, [record('user-a')]).state;
    expect(addUserSites(s, [record('user-b', { name: 'Other', geometry: record('user-a').geometry })]).duplicates).toBe(0);
    expect(addUserSites(s, [record('user-b', { name: 'Site user-a', geometry: square(5) })]).duplicates).toBe(0);
    const rows = addUserSites(emptyUserSites, [record('user-p', { name: 'P' }), record('user-q', { name: ' P ', geometry: record('user-p', { name: 'P' }).geometry })]);
    expect(rows.duplicateIds).toEqual(['user-q']);
    expect(userSiteKey({ name: ' P', geometry: square(0) })).toBe(userSiteKey({ name: 'P ', geometry: square(0) }));
  });

  it('returns the same state for an empty batch', () => {
    const s = addUserSites(emptyUserSites, [record('user-a')]).state;
    expect(addUserSites(s, []).state).toBe(s);
  });

  it('restores stored entries with their measurements, identity taken from the record', () => {
    const s = userSitesFromStored([
      { record: record('user-a'), measured: measured('user-a') },
      { record: record('user-a', { geometry: square(4) }), measured: measured('user-a') },
    ]);
    expect(s.sites.map((e) => e.record.id)).toEqual(['user-a', 'user-a-2']);
    expect(s.sites[1]!.measured!.siteId).toBe('user-a-2');
    expect(s.sites[0]!.measured).toMatchObject({ status: 'user', landuse: '', name: 'Site user-a' });
  });
});

describe('renaming and removing', () => {
  const s = addUserSites(emptyUserSites, [record('user-a'), record('user-b')]).state;

  it('renames the record and the measured name, sanitised; the same state when nothing changes', () => {
    const m = setUserSiteMeasured(s, 'user-a', measured('user-a'));
    const r = renameUserSite(m, 'user-a', '  Quai\n"Nord"\u202e ');
    expect(r.sites[0]!.record.name).toBe('Quai "Nord"');
    expect(r.sites[0]!.measured!.name).toBe('Quai "Nord"');
    expect(r.sites[1]).toBe(m.sites[1]);
    expect(renameUserSite(r, 'user-a', 'Quai "Nord"')).toBe(r);
    expect(renameUserSite(r, 'user-zz', 'x')).toBe(r);
    expect(sanitizeUserSiteName('x'.repeat(500))).toHaveLength(userSiteLimits.maxNameChars);
    expect(sanitizeUserSiteName(42)).toBe('');
  });

  it('removes one, several or all; the same state when none is there', () => {
    expect(removeUserSite(s, 'user-a').sites.map((e) => e.record.id)).toEqual(['user-b']);
    expect(removeUserSite(s, 'user-zz')).toBe(s);
    expect(removeAllUserSites(s)).toEqual(emptyUserSites);
    expect(removeAllUserSites(emptyUserSites)).toBe(emptyUserSites);
  });
});

describe('measuring and selectors', () => {
  const s = addUserSites(emptyUserSites, [record('user-a', { externalId: 'P-17', outsideRegion: true }), record('user-b', { geometry: { type: 'Point', coordinates: [4.36, 50.85] } })]).state;

  it('sets measured properties with the record identity, and lists what is left to measure', () => {
    expect(selectUnmeasuredUserSites(s).map((r) => r.id)).toEqual(['user-a', 'user-b']);
    const m = setUserSitesMeasured(s, [{ id: 'user-a', properties: measured('anything') }, { id: 'user-zz', properties: measured('x') }]);
    const p = m.sites[0]!.measured!;
    expect(p).toMatchObject({ siteId: 'user-a', status: 'user', landuse: '', name: 'Site user-a', userExternalId: 'P-17', outsideRegion: true });
    expect(JSON.parse(p.userOrigin!)).toEqual(record('user-a').origin);
    expect(JSON.parse(p.userAttributes!)).toEqual({ owner: 'citydev', surface: 1200 });
    expect(p.distMetroM).toBe(measured('x').distMetroM); // the measuring's values stay
    expect(selectUnmeasuredUserSites(m).map((r) => r.id)).toEqual(['user-b']);
    expect(setUserSitesMeasured(s, [{ id: 'user-zz', properties: measured('x') }])).toBe(s);
    expect(userSiteIdentity(record('user-a')).status).toBe('user');
  });

  it('gives measured sites as features (points stay points) and by id, memoised per state', () => {
    const m = setUserSitesMeasured(s, [{ id: 'user-a', properties: measured('a') }, { id: 'user-b', properties: measured('b', { areaM2: NaN }) }]);
    const f = selectUserSiteFeatures(m);
    expect(f.map((x) => [x.id, x.geometry.type, x.properties.siteId])).toEqual([['user-a', 'Polygon', 'user-a'], ['user-b', 'Point', 'user-b']]);
    expect(selectUserSiteFeatures(m)).toBe(f);
    expect(selectUserSiteFeatures(s)).toEqual([]); // nothing measured yet
    expect([...selectUserSitesById(m).keys()]).toEqual(['user-a', 'user-b']);
    expect(selectUserSitesById(m)).toBe(selectUserSitesById(m));
  });

  it('merges them after the shipped sites, memoised; the shipped map itself without user sites', () => {
    const shipped = new Map([['osm-1', fixtureSite('osm-1')]]);
    expect(withUserSites(shipped, s)).toBe(shipped); // none measured
    const m = setUserSiteMeasured(s, 'user-a', measured('a'));
    const merged = withUserSites(shipped, m);
    expect([...merged.keys()]).toEqual(['osm-1', 'user-a']);
    expect(withUserSites(shipped, m)).toBe(merged);
    expect(shipped.size).toBe(1);
  });

  it('forgets measurements when the data changed', () => {
    const m = setUserSiteMeasured(s, 'user-a', measured('a'));
    const c = clearUserSitesMeasured(m);
    expect(selectUnmeasuredUserSites(c)).toHaveLength(2);
    expect(clearUserSitesMeasured(c)).toBe(c);
  });
});

describe('reshapeUserSite', () => {
  it('replaces the outline and drops the measured values so the site is measured again', async () => {
    const { addUserSites, emptyUserSites, reshapeUserSite, selectUnmeasuredUserSites } = await import('./userSites.ts');
    const square = (d: number) => ({ type: 'Polygon' as const, coordinates: [[[4.35, 50.85], [4.35 + d, 50.85], [4.35 + d, 50.85 + d], [4.35, 50.85 + d], [4.35, 50.85]]] });
    const record = { id: 'user-a', name: 'A', externalId: '', origin: { kind: 'drawn' as const }, geometry: square(0.001), areaM2Given: null, attributes: {}, addedAt: '2026-11-30T00:00:00Z', outsideRegion: false, repairs: [] };
    const measured = { siteId: 'user-a', areaM2: 7700 } as unknown as import('../core/types.ts').SiteProperties;
    const s0 = addUserSites(emptyUserSites, [{ record, measured }]).state;
    expect(selectUnmeasuredUserSites(s0)).toEqual([]);
    const s1 = reshapeUserSite(s0, 'user-a', square(0.002));
    expect(s1.sites[0]!.record.geometry).toEqual(square(0.002));
    expect(s1.sites[0]!.measured).toBeNull();
    expect(selectUnmeasuredUserSites(s1).map((r) => r.id)).toEqual(['user-a']);
    expect(reshapeUserSite(s1, 'user-a', square(0.002))).toBe(s1);
    expect(reshapeUserSite(s1, 'nobody', square(0.003))).toBe(s1);
  });
});
