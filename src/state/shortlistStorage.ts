/**
 * Versioned persistence of the shortlist over a Storage-like object (localStorage in the app, a fake in tests).
 * Never throws: storage may be missing (privacy mode, SecurityError), full, or hold data from a broken or newer
 * build.
 *
 * Nothing is lost silently: when the stored text cannot be read in full (garbage, unknown version, some
 * entries invalid, or notes longer than the cap that loading cuts), load copies it verbatim to a backup key
 * (`<key>.backup`, `.backup.2`, `.backup.3`) BEFORE the app can save over it, and reports `backupKey`. If no
 * backup could be made (all slots hold other data, or storage is full), `safeToSave` is false and the app should
 * not save until the user agrees to overwrite. A storage whose reads fail is never written to (`safeToSave` false):
 * what it holds is unknown, so a save could replace a longer list.
 */
import { normalizeShortlist, type Shortlist, type ShortlistItem } from './shortlist';

/** The part of the Web Storage API used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Version written by this build. */
export const shortlistStorageVersion = 1;

/** Stored payload of the current version. */
export interface StoredShortlistV1 {
  version: 1;
  items: ShortlistItem[];
}

/** Upgrades a payload of version n (the key) to version n + 1; throw or return garbage to mark it unreadable. */
export type ShortlistMigrations = Readonly<Record<number, (payload: Record<string, unknown>) => unknown>>;

/** Options of the shortlist storage. */
export interface ShortlistStorageOptions {
  /** Storage key of the shortlist. */
  key: string;
  /** How many backup keys may hold unreadable data before load gives up on backing up. */
  backupSlots: number;
  /** Upgrades from older versions, by version number. */
  migrations: ShortlistMigrations;
}

/** Defaults of the shortlist storage. */
export const defaultShortlistStorageOptions: ShortlistStorageOptions = {
  // Prefixed so other apps on the same origin (localhost during development) do not collide.
  key: 'bxl-explorer.shortlist',
  // Bounded so repeated corruption cannot fill storage with backups.
  backupSlots: 3,
  // Version 1 is the first; add `1: (v1) => v2` here when the format changes.
  migrations: {},
};

/** Why the stored shortlist could not be used (fully). */
export type LoadProblem = 'unavailable' | 'unreadable' | 'unknown-version';

/** Result of {@link loadShortlist}. */
export interface LoadShortlistResult {
  /** The items that could be read (possibly fewer than stored). */
  items: ShortlistItem[];
  problem?: LoadProblem;
  /** Stored entries dropped as invalid, duplicate or beyond the cap. */
  dropped: number;
  /** Notes longer than the cap, cut on load (the stored text is backed up first); absent when none. */
  shortenedNotes?: number;
  /** Key holding a copy of the stored text that could not be read in full. */
  backupKey?: string;
  /** False when saving now would destroy stored data that could not be backed up. */
  safeToSave: boolean;
}

/** Result of {@link saveShortlist}. */
export type SaveShortlistResult = { ok: true } | { ok: false; problem: 'full' | 'unavailable' };

/** Gets a storage through a getter that may throw (e.g. `() => window.localStorage` with cookies blocked). */
export function safeStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

/** Keys that may hold backups of unreadable shortlist data, in the order they are used. */
export function shortlistBackupKeys(options: Partial<ShortlistStorageOptions> = {}): string[] {
  const { key, backupSlots } = { ...defaultShortlistStorageOptions, ...options };
  return Array.from({ length: backupSlots }, (_, i) => (i === 0 ? `${key}.backup` : `${key}.backup.${i + 1}`));
}

/** Copies raw text to the first free backup slot (or finds it already there); undefined when impossible. */
function backUp(storage: StorageLike, raw: string, options: ShortlistStorageOptions): string | undefined {
  try {
    for (const slot of shortlistBackupKeys(options)) {
      const existing = storage.getItem(slot);
      if (existing === raw) return slot;
      if (existing === null) {
        storage.setItem(slot, raw);
        return slot;
      }
    }
  } catch {
    // Full or unavailable: reported through safeToSave.
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Parsed = { items: unknown[] } | { problem: 'unreadable' | 'unknown-version' };

/** A parsed payload: an object with an integer version. */
type Versioned = Record<string, unknown> & { version: number };

const isVersioned = (v: unknown): v is Versioned => isRecord(v) && Number.isInteger(v.version);

/** Parses and migrates stored text to the current version's item list. */
function parseStored(raw: string, migrations: ShortlistMigrations): Parsed {
  let payload: Versioned;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isVersioned(parsed)) return { problem: 'unreadable' };
    payload = parsed;
  } catch {
    return { problem: 'unreadable' };
  }
  while (payload.version < shortlistStorageVersion) {
    const migrate = migrations[payload.version];
    if (!migrate) return { problem: 'unreadable' };
    try {
      const next: unknown = migrate(payload);
      // A migration must move forward, or the loop would never end.
      if (!isVersioned(next) || next.version <= payload.version) return { problem: 'unreadable' };
      payload = next;
    } catch {
      return { problem: 'unreadable' };
    }
  }
  if (payload.version !== shortlistStorageVersion) return { problem: 'unknown-version' };
  return Array.isArray(payload.items) ? { items: payload.items } : { problem: 'unreadable' };
}

/** Reads the shortlist; never throws. `now` (ISO) stands in for missing timestamps. */
export function loadShortlist(
  storage: StorageLike | null,
  now: string,
  options: Partial<ShortlistStorageOptions> = {},
): LoadShortlistResult {
  const opts = { ...defaultShortlistStorageOptions, ...options };
  // Unreadable storage (missing, or getItem throws while setItem may work): the session list must never replace
  // what it holds.
  if (!storage) return { items: [], problem: 'unavailable', dropped: 0, safeToSave: false };
  let raw: string | null;
  try {
    raw = storage.getItem(opts.key);
  } catch {
    return { items: [], problem: 'unavailable', dropped: 0, safeToSave: false };
  }
  if (raw === null) return { items: [], dropped: 0, safeToSave: true };

  const parsed = parseStored(raw, opts.migrations);
  const { items, dropped, shortened } = 'items' in parsed ? normalizeShortlist(parsed.items, now) : { items: [], dropped: 0, shortened: 0 };
  const problem = 'problem' in parsed ? parsed.problem : dropped > 0 ? 'unreadable' : undefined;
  const notes = shortened > 0 ? { shortenedNotes: shortened } : {};
  if (!problem && shortened === 0) return { items, dropped, safeToSave: true };

  const backupKey = backUp(storage, raw, opts);
  return { items, ...(problem ? { problem } : {}), dropped, ...notes, safeToSave: backupKey !== undefined, ...(backupKey ? { backupKey } : {}) };
}

/** Whether an error from setItem means the storage quota is exhausted (names differ across browsers). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown };
  return (
    e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014
  );
}

/** Writes the shortlist as the current version; never throws. */
export function saveShortlist(
  storage: StorageLike | null,
  items: Shortlist,
  options: Partial<ShortlistStorageOptions> = {},
): SaveShortlistResult {
  const { key } = { ...defaultShortlistStorageOptions, ...options };
  if (!storage) return { ok: false, problem: 'unavailable' };
  // Only the known fields, so stray UI fields never reach storage.
  const stored = items.map(({ siteId, note, addedAt }) => ({ siteId, note, addedAt }));
  const payload: StoredShortlistV1 = { version: 1, items: stored };
  try {
    storage.setItem(key, JSON.stringify(payload));
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}
