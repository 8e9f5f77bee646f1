/**
 * The user's own sites stored in the browser (IndexedDB through idb-keyval in the app, a fake in tests), as one
 * versioned envelope under one key:
 *
 *   { version: 1, savedAt, sites: [{ record, measured?: { inputsHash, properties } }] }
 *
 * `inputsHash` is the geodata manifest's: measured values are given back only when the data build is the same,
 * otherwise the site comes back unmeasured and the app measures it again. Never throws, mirroring the shortlist's
 * storage (src/state/shortlistStorage.ts):
 *
 * - nothing stored: no sites, no problem;
 * - IndexedDB missing, blocked or failing to read (private mode, disabled storage, a store that does not answer):
 *   `problem: 'unavailable'`, `safeToSave: false`: the app keeps the sites in memory for the session, and never
 *   writes over what the store may hold;
 * - stored data that cannot be read in full (not an envelope, a broken entry): it is copied verbatim to a backup key
 *   (`user-sites.backup-<timestamp>`) BEFORE anything is written, the readable sites come back, and
 *   `problem: 'corrupt'` names the `backupKey`. If no copy could be made, `safeToSave` is false;
 * - an envelope of a newer version: left untouched (`problem: 'newer-version'`, `safeToSave: false`), and
 *   {@link saveUserSites} refuses to write over it unless told to.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { metricKeys, userStatus, type SiteProperties } from '../core/types.ts';
import { importCrsList, type UserSiteRecord } from '../core/usersites/types.ts';

/** The part of a key-value store used here (idb-keyval in the app, a Map in tests); values are structured-cloned. */
export interface UserSiteKv {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** Version written by this build. */
export const userSiteStoreVersion = 1;

/** One stored site: the record and, when measured, what it measured on which data build. */
export interface StoredUserSite {
  record: UserSiteRecord;
  measured?: { inputsHash: string; properties: SiteProperties };
}

/** The stored envelope of the current version. */
export interface UserSitesEnvelopeV1 {
  version: 1;
  /** ISO timestamp of the save. */
  savedAt: string;
  sites: StoredUserSite[];
}

/** Upgrades an envelope of version n (the key) to version n + 1; throw or return garbage to mark it unreadable. */
export type UserSiteMigrations = Readonly<Record<number, (payload: Record<string, unknown>) => unknown>>;

/** Options of the user-site store. */
export interface UserSiteStoreOptions {
  /** Key of the envelope. */
  key: string;
  /** A read or write that has not answered after this long counts as unavailable, ms. */
  timeoutMs: number;
  /** Upgrades from older versions, by version number. */
  migrations: UserSiteMigrations;
}

/** Defaults of the user-site store. */
export const defaultUserSiteStoreOptions: UserSiteStoreOptions = {
  // In the app's own database (idbUserSiteKv), so other apps on the origin do not collide with it.
  key: 'user-sites',
  // IndexedDB answers in milliseconds; a store that hangs (some private modes) must not hold the sites back.
  timeoutMs: 5000,
  // Version 1 is the first; add `1: (v1) => v2` here when the format changes.
  migrations: {},
};

/** Why the stored sites could not be used (fully). */
export type UserSiteLoadProblem = 'unavailable' | 'corrupt' | 'newer-version';

/** One loaded site: its record, and its measured properties when they belong to the current data build. */
export interface LoadedUserSite {
  record: UserSiteRecord;
  measured: SiteProperties | null;
}

/** Result of {@link loadUserSites}. */
export interface LoadUserSitesResult {
  /** The sites that could be read (possibly fewer than stored). */
  sites: LoadedUserSite[];
  problem?: UserSiteLoadProblem;
  /** Key holding a copy of the stored data that could not be read in full. */
  backupKey?: string;
  /** Stored entries dropped as unreadable (they are in the backup). */
  dropped: number;
  /** Sites coming back unmeasured although they were measured: another data build, or unreadable measurements. */
  remeasure: number;
  /** False when saving now would destroy stored data that could not be read and was not backed up, or is newer. */
  safeToSave: boolean;
}

/** Result of {@link saveUserSites}. */
export type SaveUserSitesResult = { ok: true } | { ok: false; problem: 'full' | 'unavailable' | 'newer-version' };

/** What to save of one site: its record and its measured properties (null when not measured). */
export interface UserSiteToSave {
  record: UserSiteRecord;
  measured: SiteProperties | null;
}

class Timeout extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  if (!Number.isFinite(ms) || ms <= 0) return p;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Timeout('timeout')), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/**
 * The browser's store: idb-keyval in database `bxl-explorer`, object store `kv`; null when IndexedDB is missing or
 * opening it throws (the app then reports 'unavailable'). Opening fails later in some private modes: the calls reject
 * and load reports 'unavailable' too.
 */
export function idbUserSiteKv(factory: () => UseStore = () => createStore('bxl-explorer', 'kv')): UserSiteKv | null {
  try {
    if (typeof indexedDB === 'undefined') return null;
    const store = factory();
    return { get: (key) => get(key, store), set: (key, value) => set(key, value, store) };
  } catch {
    return null;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isFiniteNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A position: two or three finite numbers. */
const isPosition = (p: unknown): boolean => Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every(isFiniteNum);
const isRing = (r: unknown): boolean => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
const isPolygonCoords = (c: unknown): boolean => Array.isArray(c) && c.length >= 1 && c.every(isRing);

function isGeometry(g: unknown): boolean {
  if (!isRecord(g)) return false;
  if (g.type === 'Point') return isPosition(g.coordinates);
  if (g.type === 'Polygon') return isPolygonCoords(g.coordinates);
  if (g.type === 'MultiPolygon') return Array.isArray(g.coordinates) && g.coordinates.length >= 1 && g.coordinates.every(isPolygonCoords);
  return false;
}

const importFormats = ['geojson', 'flatgeobuf', 'shapefile', 'geopackage', 'csv'];
const crsSources = ['file', 'coordinates', 'user'];

function isOrigin(o: unknown): boolean {
  if (!isRecord(o)) return false;
  if (o.kind === 'drawn') return true;
  return (
    o.kind === 'import' &&
    isStr(o.file) &&
    importFormats.includes(o.format as string) &&
    Number.isInteger(o.featureNumber) &&
    (o.featureNumber as number) >= 1 &&
    (importCrsList as readonly unknown[]).includes(o.crs) &&
    crsSources.includes(o.crsFrom as string)
  );
}

const isAttribute = (v: unknown): boolean => v === null || isStr(v) || typeof v === 'boolean' || isFiniteNum(v);

/** Whether a stored value is a whole, usable record (nothing is guessed: a broken record goes to the backup). */
export function isUserSiteRecord(r: unknown): r is UserSiteRecord {
  return (
    isRecord(r) &&
    isStr(r.id) &&
    r.id.startsWith('user-') &&
    isStr(r.name) &&
    isStr(r.externalId) &&
    isOrigin(r.origin) &&
    isGeometry(r.geometry) &&
    (r.areaM2Given === null || (isFiniteNum(r.areaM2Given) && r.areaM2Given > 0)) &&
    isRecord(r.attributes) &&
    Object.values(r.attributes).every(isAttribute) &&
    isStr(r.addedAt) &&
    typeof r.outsideRegion === 'boolean' &&
    Array.isArray(r.repairs) &&
    r.repairs.every(isStr)
  );
}

/** Measured properties worth reusing: a user site's, with every metric a number (NaN allowed: unknown). */
function isMeasured(p: unknown, id: string): p is SiteProperties {
  return isRecord(p) && p.siteId === id && p.status === userStatus && metricKeys.every((k) => typeof p[k] === 'number');
}

type Versioned = Record<string, unknown> & { version: number };
const isVersioned = (v: unknown): v is Versioned => isRecord(v) && Number.isInteger(v.version);

type Parsed = { sites: unknown[] } | { problem: 'corrupt' | 'newer-version' };

/** Reads and migrates a stored value to the current version's entries. */
function parseStored(value: unknown, migrations: UserSiteMigrations): Parsed {
  if (!isVersioned(value)) return { problem: 'corrupt' };
  let payload = value;
  while (payload.version < userSiteStoreVersion) {
    const migrate = migrations[payload.version];
    if (!migrate) return { problem: 'corrupt' };
    try {
      const next: unknown = migrate(payload);
      // A migration must move forward, or the loop would never end.
      if (!isVersioned(next) || next.version <= payload.version) return { problem: 'corrupt' };
      payload = next;
    } catch {
      return { problem: 'corrupt' };
    }
  }
  if (payload.version > userSiteStoreVersion) return { problem: 'newer-version' };
  return Array.isArray(payload.sites) ? { sites: payload.sites } : { problem: 'corrupt' };
}

/** `user-sites.backup-<timestamp>`, made unique with `-2`, `-3`… if a backup of that instant exists already. */
async function backUp(kv: UserSiteKv, value: unknown, key: string, now: string, timeoutMs: number): Promise<string | undefined> {
  const base = `${key}.backup-${now}`;
  try {
    for (let k = 1; k <= 20; k++) {
      const slot = k === 1 ? base : `${base}-${k}`;
      if ((await withTimeout(kv.get(slot), timeoutMs)) !== undefined) continue;
      await withTimeout(kv.set(slot, value), timeoutMs);
      return slot;
    }
  } catch {
    // Full or unavailable: reported through safeToSave.
  }
  return undefined;
}

/**
 * Reads the stored sites; never throws. `inputsHash` is the current manifest's (null when unknown: nothing measured
 * is reused); `now` (ISO) names a backup.
 */
export async function loadUserSites(
  kv: UserSiteKv | null,
  inputsHash: string | null,
  now: string,
  options: Partial<UserSiteStoreOptions> = {},
): Promise<LoadUserSitesResult> {
  const opts = { ...defaultUserSiteStoreOptions, ...options };
  const unavailable: LoadUserSitesResult = { sites: [], problem: 'unavailable', dropped: 0, remeasure: 0, safeToSave: false };
  if (!kv) return unavailable;
  let value: unknown;
  try {
    value = await withTimeout(kv.get(opts.key), opts.timeoutMs);
  } catch {
    return unavailable;
  }
  if (value === undefined) return { sites: [], dropped: 0, remeasure: 0, safeToSave: true };

  const parsed = parseStored(value, opts.migrations);
  if ('problem' in parsed && parsed.problem === 'newer-version') {
    return { sites: [], problem: 'newer-version', dropped: 0, remeasure: 0, safeToSave: false };
  }
  const sites: LoadedUserSite[] = [];
  let dropped = 0;
  let remeasure = 0;
  if ('sites' in parsed) {
    for (const entry of parsed.sites) {
      if (!isRecord(entry) || !isUserSiteRecord(entry.record)) {
        dropped++;
        continue;
      }
      const m = entry.measured;
      const reusable = isRecord(m) && inputsHash !== null && m.inputsHash === inputsHash && isMeasured(m.properties, entry.record.id);
      if (m !== undefined && !reusable) remeasure++;
      sites.push({ record: entry.record, measured: reusable ? (m.properties as SiteProperties) : null });
    }
  }
  const corrupt = 'problem' in parsed || dropped > 0;
  if (!corrupt) return { sites, dropped, remeasure, safeToSave: true };
  const backupKey = await backUp(kv, value, opts.key, now, opts.timeoutMs);
  return { sites, problem: 'corrupt', dropped, remeasure, safeToSave: backupKey !== undefined, ...(backupKey ? { backupKey } : {}) };
}

/** Whether an error from a write means the storage quota is exhausted (names differ across browsers). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** Options of {@link saveUserSites}. */
export interface SaveUserSitesOptions extends UserSiteStoreOptions {
  /** Write even over an envelope of a newer version (the user chose to). */
  overwrite: boolean;
}

/**
 * Writes the sites as the current version; never throws. Measured properties are stored with `inputsHash` (not at
 * all when it is null). Refuses to replace an envelope of a newer version unless `overwrite`; the app also honours
 * `safeToSave` from the load before its first save.
 */
export async function saveUserSites(
  kv: UserSiteKv | null,
  sites: readonly UserSiteToSave[],
  inputsHash: string | null,
  now: string,
  options: Partial<SaveUserSitesOptions> = {},
): Promise<SaveUserSitesResult> {
  const opts = { ...defaultUserSiteStoreOptions, overwrite: false, ...options };
  if (!kv) return { ok: false, problem: 'unavailable' };
  try {
    if (!opts.overwrite) {
      const current = await withTimeout(kv.get(opts.key), opts.timeoutMs);
      if (isVersioned(current) && current.version > userSiteStoreVersion) return { ok: false, problem: 'newer-version' };
    }
    const envelope: UserSitesEnvelopeV1 = {
      version: 1,
      savedAt: now,
      // Only the known fields, so stray UI fields never reach storage.
      sites: sites.map(({ record, measured }) => ({
        record: {
          id: record.id,
          name: record.name,
          externalId: record.externalId,
          origin: record.origin,
          geometry: record.geometry,
          areaM2Given: record.areaM2Given,
          attributes: record.attributes,
          addedAt: record.addedAt,
          outsideRegion: record.outsideRegion,
          repairs: record.repairs,
        },
        ...(measured && inputsHash !== null ? { measured: { inputsHash, properties: measured } } : {}),
      })),
    };
    await withTimeout(kv.set(opts.key, envelope), opts.timeoutMs);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}
