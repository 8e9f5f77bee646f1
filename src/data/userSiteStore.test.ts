import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../core/export/testSites.ts';
import type { SiteProperties } from '../core/types.ts';
import type { UserSiteRecord } from '../core/usersites/types.ts';
import {
  defaultUserSiteStoreOptions,
  idbUserSiteKv,
  isQuotaError,
  isUserSiteRecord,
  loadUserSites,
  saveUserSites,
  type UserSiteKv,
} from './userSiteStore.ts';

const now = '2026-11-26T10:00:00.000Z';
const later = '2026-11-27T08:30:00.000Z';
const key = defaultUserSiteStoreOptions.key;
const hash = 'inputs-abc';

/** An in-memory store that clones like IndexedDB, with failure modes. */
class FakeKv implements UserSiteKv {
  data = new Map<string, unknown>();
  failGet?: Error;
  failSet?: Error;
  /** Never answers (a blocked or hanging IndexedDB). */
  hang = false;
  writes: string[] = [];
  get(k: string): Promise<unknown> {
    if (this.hang) return new Promise(() => {});
    if (this.failGet) return Promise.reject(this.failGet);
    return Promise.resolve(structuredClone(this.data.get(k)));
  }
  set(k: string, v: unknown): Promise<void> {
    if (this.hang) return new Promise(() => {});
    if (this.failSet) return Promise.reject(this.failSet);
    this.writes.push(k);
    this.data.set(k, structuredClone(v));
    return Promise.resolve();
  }
}

const domError = (name: string, code: number) => Object.assign(new Error(name), { name, code });

function record(id: string, over: Partial<UserSiteRecord> = {}): UserSiteRecord {
  return {
    id,
    name: `Atelier ${id}`,
    externalId: 'P-1',
    origin: { kind: 'import', file: 'percelen.shp', format: 'shapefile', featureNumber: 3, crs: 'EPSG:31370', crsFrom: 'file' },
    geometry: { type: 'Polygon', coordinates: [[[4.35, 50.84], [4.351, 50.84], [4.351, 50.841], [4.35, 50.84]]] },
    areaM2Given: null,
    attributes: { owner: 'citydev', surface: 1200, listed: false, note: null },
    addedAt: now,
    outsideRegion: false,
    repairs: [],
    ...over,
  };
}
const point = record('user-pt', { origin: { kind: 'drawn' }, geometry: { type: 'Point', coordinates: [4.36, 50.85] }, areaM2Given: 800 });
const props = (id: string, over: Partial<SiteProperties> = {}) => fixtureSite(id, { status: 'user', landuse: '', areaM2: NaN, ...over });

describe('save then load', () => {
  it('round-trips records and measurements (NaN kept) in a versioned envelope', async () => {
    const kv = new FakeKv();
    const sites = [{ record: record('user-a'), measured: props('user-a') }, { record: point, measured: null }];
    expect(await saveUserSites(kv, sites, hash, now)).toEqual({ ok: true });
    const stored = kv.data.get(key) as Record<string, unknown>;
    expect(stored).toMatchObject({ version: 1, savedAt: now });
    expect(stored.sites).toEqual([{ record: record('user-a'), measured: { inputsHash: hash, properties: props('user-a') } }, { record: point }]);
    const loaded = await loadUserSites(kv, hash, later);
    expect(loaded).toEqual({ sites, dropped: 0, remeasure: 0, safeToSave: true });
    expect(loaded.sites[0]!.measured!.areaM2).toBeNaN();
  });

  it('gives nothing and no problem when nothing is stored', async () => {
    expect(await loadUserSites(new FakeKv(), hash, now)).toEqual({ sites: [], dropped: 0, remeasure: 0, safeToSave: true });
  });

  it('reuses measurements only from the same data build; others come back unmeasured', async () => {
    const kv = new FakeKv();
    await saveUserSites(kv, [{ record: record('user-a'), measured: props('user-a') }], hash, now);
    const other = await loadUserSites(kv, 'inputs-new', later);
    expect(other.sites).toEqual([{ record: record('user-a'), measured: null }]);
    expect(other.remeasure).toBe(1);
    expect(other.problem).toBeUndefined();
    expect((await loadUserSites(kv, null, later)).sites[0]!.measured).toBeNull();
    // measured properties are not written without a data build to tie them to
    await saveUserSites(kv, [{ record: record('user-a'), measured: props('user-a') }], null, now);
    expect((kv.data.get(key) as { sites: object[] }).sites[0]).toEqual({ record: record('user-a') });
  });

  it('drops measurements that do not belong to the site, without calling the data corrupt', async () => {
    const kv = new FakeKv();
    kv.data.set(key, { version: 1, savedAt: now, sites: [{ record: record('user-a'), measured: { inputsHash: hash, properties: props('user-other') } }] });
    expect(await loadUserSites(kv, hash, later)).toEqual({ sites: [{ record: record('user-a'), measured: null }], dropped: 0, remeasure: 1, safeToSave: true });
  });

  it('stores only the record fields', async () => {
    const kv = new FakeKv();
    await saveUserSites(kv, [{ record: { ...record('user-a'), secret: 'x' } as UserSiteRecord, measured: null }], hash, now);
    expect(JSON.stringify(kv.data.get(key))).not.toContain('secret');
  });
});

describe('corrupt data', () => {
  it.each([
    ['garbage text', 'not an envelope'],
    ['an object without version', { sites: [] }],
    ['a version without sites', { version: 1, savedAt: now }],
    ['an old version without a migration', { version: 0, sites: [] }],
  ])('copies %s to a backup key before anything is written, and reports it', async (_name, value) => {
    const kv = new FakeKv();
    kv.data.set(key, value);
    const r = await loadUserSites(kv, hash, later);
    expect(r).toEqual({ sites: [], problem: 'corrupt', backupKey: `user-sites.backup-${later}`, dropped: 0, remeasure: 0, safeToSave: true });
    expect(kv.data.get(r.backupKey!)).toEqual(value);
    expect(kv.writes).toEqual([r.backupKey]); // the envelope itself is untouched by loading
    expect(kv.data.get(key)).toEqual(value);
  });

  it('keeps the readable sites, counts the broken ones and backs the whole envelope up', async () => {
    const kv = new FakeKv();
    const envelope = { version: 1, savedAt: now, sites: [{ record: record('user-a') }, { record: { ...record('user-b'), geometry: { type: 'LineString', coordinates: [] } } }, 'x', { record: { ...record('osm-1') } }] };
    kv.data.set(key, envelope);
    const r = await loadUserSites(kv, hash, later);
    expect(r.sites.map((s) => s.record.id)).toEqual(['user-a']);
    expect(r).toMatchObject({ problem: 'corrupt', dropped: 3, safeToSave: true });
    expect(kv.data.get(r.backupKey!)).toEqual(envelope);
    // the app may now save: the backup stays
    await saveUserSites(kv, r.sites, hash, later);
    expect(kv.data.get(r.backupKey!)).toEqual(envelope);
  });

  it('never overwrites an earlier backup of the same instant', async () => {
    const kv = new FakeKv();
    kv.data.set(`user-sites.backup-${later}`, 'older copy');
    kv.data.set(key, 'garbage');
    const r = await loadUserSites(kv, hash, later);
    expect(r.backupKey).toBe(`user-sites.backup-${later}-2`);
    expect(kv.data.get(`user-sites.backup-${later}`)).toBe('older copy');
  });

  it('says it is not safe to save when no backup could be made', async () => {
    const kv = new FakeKv();
    kv.data.set(key, 'garbage');
    kv.failSet = domError('QuotaExceededError', 22);
    expect(await loadUserSites(kv, hash, later)).toEqual({ sites: [], problem: 'corrupt', dropped: 0, remeasure: 0, safeToSave: false });
    expect(kv.data.get(key)).toBe('garbage');
  });

  it('runs migrations from older versions, and treats a failing one as corrupt', async () => {
    const kv = new FakeKv();
    kv.data.set(key, { version: 0, items: [{ record: record('user-a') }] });
    const migrations = { 0: (p: Record<string, unknown>) => ({ version: 1, savedAt: now, sites: p.items }) };
    expect((await loadUserSites(kv, hash, later, { migrations })).sites.map((s) => s.record.id)).toEqual(['user-a']);
    const bad = { 0: () => ({ version: 0 }) };
    expect((await loadUserSites(kv, hash, later, { migrations: bad })).problem).toBe('corrupt');
  });
});

describe('a newer version', () => {
  it('is left untouched: reported, not safe to save, and save refuses to write over it', async () => {
    const kv = new FakeKv();
    const newer = { version: 2, savedAt: now, sites: [{ record: record('user-a'), extra: 'v2 field' }] };
    kv.data.set(key, newer);
    expect(await loadUserSites(kv, hash, later)).toEqual({ sites: [], problem: 'newer-version', dropped: 0, remeasure: 0, safeToSave: false });
    expect(await saveUserSites(kv, [{ record: record('user-b'), measured: null }], hash, later)).toEqual({ ok: false, problem: 'newer-version' });
    expect(kv.data.get(key)).toEqual(newer);
    expect(kv.writes).toEqual([]);
    // only when the user chooses to
    expect(await saveUserSites(kv, [{ record: record('user-b'), measured: null }], hash, later, { overwrite: true })).toEqual({ ok: true });
    expect((kv.data.get(key) as { version: number }).version).toBe(1);
  });
});

describe('unavailable storage', () => {
  it('reports a missing store on load and save', async () => {
    expect(await loadUserSites(null, hash, now)).toEqual({ sites: [], problem: 'unavailable', dropped: 0, remeasure: 0, safeToSave: false });
    expect(await saveUserSites(null, [], hash, now)).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('reports a store whose reads fail (private mode) and never writes to it', async () => {
    const kv = new FakeKv();
    kv.data.set(key, { version: 1, savedAt: now, sites: [{ record: record('user-a') }] });
    kv.failGet = domError('InvalidStateError', 11);
    expect(await loadUserSites(kv, hash, later)).toMatchObject({ sites: [], problem: 'unavailable', safeToSave: false });
    expect(await saveUserSites(kv, [], hash, later)).toEqual({ ok: false, problem: 'unavailable' });
    expect(kv.writes).toEqual([]);
  });

  it('reports a store that never answers (blocked) after the timeout', async () => {
    const kv = new FakeKv();
    kv.hang = true;
    expect(await loadUserSites(kv, hash, now, { timeoutMs: 20 })).toMatchObject({ problem: 'unavailable', safeToSave: false });
    expect(await saveUserSites(kv, [], hash, now, { timeoutMs: 20 })).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('reports a store that throws on call, and a full one', async () => {
    const throwing: UserSiteKv = {
      get: () => {
        throw domError('SecurityError', 18);
      },
      set: () => {
        throw domError('SecurityError', 18);
      },
    };
    expect((await loadUserSites(throwing, hash, now)).problem).toBe('unavailable');
    expect(await saveUserSites(throwing, [], hash, now)).toEqual({ ok: false, problem: 'unavailable' });
    const full = new FakeKv();
    full.failSet = domError('QuotaExceededError', 22);
    expect(await saveUserSites(full, [{ record: record('user-a'), measured: null }], hash, now)).toEqual({ ok: false, problem: 'full' });
  });

  it('gives no store without IndexedDB (Node, or a browser that blocks it)', () => {
    expect(idbUserSiteKv()).toBeNull();
    expect(isQuotaError(domError('NS_ERROR_DOM_QUOTA_REACHED', 1014))).toBe(true);
    expect(isQuotaError(domError('SecurityError', 18))).toBe(false);
  });
});

describe('record check', () => {
  it('accepts whole records only', () => {
    expect(isUserSiteRecord(record('user-a'))).toBe(true);
    expect(isUserSiteRecord(point)).toBe(true);
    expect(isUserSiteRecord({ ...record('user-a'), id: 'osm-1' })).toBe(false);
    expect(isUserSiteRecord({ ...record('user-a'), areaM2Given: -5 })).toBe(false);
    expect(isUserSiteRecord({ ...record('user-a'), geometry: { type: 'Point', coordinates: [NaN, 50] } })).toBe(false);
    expect(isUserSiteRecord({ ...record('user-a'), origin: { kind: 'import', file: 'x', format: 'kml', featureNumber: 1, crs: 'EPSG:4326', crsFrom: 'file' } })).toBe(false);
    expect(isUserSiteRecord({ ...record('user-a'), attributes: { a: { nested: 1 } } })).toBe(false);
  });
});
