import { describe, expect, it } from 'vitest';
import { addToShortlist, setShortlistNote, type Shortlist } from './shortlist';
import {
  defaultShortlistStorageOptions,
  isQuotaError,
  loadShortlist,
  safeStorage,
  saveShortlist,
  shortlistBackupKeys,
  type StorageLike,
} from './shortlistStorage';

const now = '2026-11-26T10:00:00.000Z';
const key = defaultShortlistStorageOptions.key;

/** In-memory Storage with optional failure modes. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failGet?: Error;
  failSet?: Error;
  quotaChars = Infinity;
  getItem(k: string) {
    if (this.failGet) throw this.failGet;
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failSet) throw this.failSet;
    let used = v.length;
    for (const [kk, vv] of this.data) if (kk !== k) used += vv.length;
    if (used > this.quotaChars) throw domError('QuotaExceededError', 22);
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

function domError(name: string, code: number): Error {
  return Object.assign(new Error(name), { name, code });
}

const sample: Shortlist = setShortlistNote(
  addToShortlist(addToShortlist([], 'osm-1', now), 'osm-2', now),
  'osm-2',
  'près du canal; "quai" ë',
);

describe('save then load', () => {
  it('round-trips a versioned payload', () => {
    const s = new FakeStorage();
    expect(saveShortlist(s, sample)).toEqual({ ok: true });
    expect(JSON.parse(s.data.get(key)!)).toEqual({ version: 1, items: sample });
    expect(loadShortlist(s, now)).toEqual({ items: sample, dropped: 0, safeToSave: true });
  });

  it('loads an empty list with no problem when nothing is stored', () => {
    expect(loadShortlist(new FakeStorage(), now)).toEqual({ items: [], dropped: 0, safeToSave: true });
  });

  it('stores only the item fields', () => {
    const s = new FakeStorage();
    const extra = [{ ...sample[0]!, secret: 'x' }] as unknown as Shortlist;
    saveShortlist(s, extra);
    expect(s.data.get(key)).not.toContain('secret');
  });
});

describe('unavailable storage', () => {
  it('reports a missing storage on load and save', () => {
    expect(loadShortlist(null, now)).toMatchObject({ items: [], problem: 'unavailable', safeToSave: false });
    expect(saveShortlist(null, sample)).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('turns a throwing storage getter into null', () => {
    expect(
      safeStorage(() => {
        throw domError('SecurityError', 18);
      }),
    ).toBeNull();
    const s = new FakeStorage();
    expect(safeStorage(() => s)).toBe(s);
    expect(safeStorage(() => undefined)).toBeNull();
  });

  it('getItem throwing while setItem works: unavailable and not safe to save, so stored items are never overwritten', () => {
    const s = new FakeStorage();
    saveShortlist(s, sample);
    const before = s.data.get(key);
    s.failGet = domError('SecurityError', 18);
    const result = loadShortlist(s, now);
    expect(result).toMatchObject({ items: [], problem: 'unavailable', safeToSave: false });
    expect(s.data.get(key)).toBe(before);
    expect(loadShortlist(null, now).safeToSave).toBe(false);
  });

  it('reports getItem and setItem throwing SecurityError as unavailable', () => {
    const s = new FakeStorage();
    s.failGet = domError('SecurityError', 18);
    s.failSet = domError('SecurityError', 18);
    expect(loadShortlist(s, now)).toMatchObject({ items: [], problem: 'unavailable' });
    expect(saveShortlist(s, sample)).toEqual({ ok: false, problem: 'unavailable' });
  });
});

describe('full storage', () => {
  it('reports a quota error as full and keeps the previous data', () => {
    const s = new FakeStorage();
    saveShortlist(s, sample.slice(0, 1));
    const before = s.data.get(key);
    s.quotaChars = 10;
    expect(saveShortlist(s, sample)).toEqual({ ok: false, problem: 'full' });
    expect(s.data.get(key)).toBe(before);
  });

  it('recognises quota errors across browsers', () => {
    expect(isQuotaError(domError('QuotaExceededError', 22))).toBe(true);
    expect(isQuotaError(domError('NS_ERROR_DOM_QUOTA_REACHED', 1014))).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(domError('SecurityError', 18))).toBe(false);
    expect(isQuotaError('full')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('unreadable data is backed up, never silently lost', () => {
  it.each([
    ['not JSON', '{oops'],
    ['empty', ''],
    ['an array', '[1,2]'],
    ['no version', '{"items":[]}'],
    ['version 0', '{"version":0,"items":[]}'],
    ['items not a list', '{"version":1,"items":{}}'],
  ])('%s: empty list, problem unreadable, raw text copied to the backup key', (_label, raw) => {
    const s = new FakeStorage();
    s.data.set(key, raw);
    const result = loadShortlist(s, now);
    expect(result).toMatchObject({ items: [], problem: 'unreadable', backupKey: `${key}.backup`, safeToSave: true });
    expect(s.data.get(`${key}.backup`)).toBe(raw);
    // The app saving afterwards cannot lose the original.
    saveShortlist(s, sample);
    expect(s.data.get(`${key}.backup`)).toBe(raw);
  });

  it('keeps the valid items of a partly broken list and backs the whole up', () => {
    const raw = JSON.stringify({
      version: 1,
      items: [
        { siteId: 'osm-1', note: 'ok', addedAt: now },
        { siteId: '' },
        42,
        { siteId: 'osm-1' },
        { siteId: 'osm-3' },
      ],
    });
    const s = new FakeStorage();
    s.data.set(key, raw);
    const result = loadShortlist(s, now);
    expect(result.items.map((i) => i.siteId)).toEqual(['osm-1', 'osm-3']);
    expect(result).toMatchObject({ problem: 'unreadable', dropped: 3, backupKey: `${key}.backup` });
    expect(s.data.get(`${key}.backup`)).toBe(raw);
  });

  it('a note longer than the cap: kept in a backup copy before anything is saved, and counted for the notice', () => {
    const long = 'n'.repeat(10_001);
    const raw = JSON.stringify({ version: 1, items: [{ siteId: 'osm-1', note: long, addedAt: now }, { siteId: 'osm-2', note: 'ok', addedAt: now }] });
    const s = new FakeStorage();
    s.data.set(key, raw);
    const result = loadShortlist(s, now);
    expect(result.items.map((i) => i.note.length)).toEqual([280, 2]);
    expect(result).toMatchObject({ shortenedNotes: 1, backupKey: `${key}.backup`, safeToSave: true });
    expect(result.problem).toBeUndefined();
    saveShortlist(s, result.items);
    expect(s.data.get(`${key}.backup`)).toBe(raw);
    expect(JSON.parse(s.data.get(`${key}.backup`)!).items[0].note).toBe(long);
  });

  it('a note longer than the cap with no backup possible: not safe to save', () => {
    const s = new FakeStorage();
    for (const slot of shortlistBackupKeys()) s.data.set(slot, `old ${slot}`);
    s.data.set(key, JSON.stringify({ version: 1, items: [{ siteId: 'osm-1', note: 'n'.repeat(300), addedAt: now }] }));
    expect(loadShortlist(s, now)).toMatchObject({ shortenedNotes: 1, safeToSave: false });
  });

  it('reports a newer version as unknown-version and backs it up', () => {
    const raw = '{"version":2,"sites":["a"]}';
    const s = new FakeStorage();
    s.data.set(key, raw);
    expect(loadShortlist(s, now)).toMatchObject({ items: [], problem: 'unknown-version', backupKey: `${key}.backup` });
  });

  it('does not back up the same text twice, and uses the next slot for different text', () => {
    const s = new FakeStorage();
    s.data.set(key, 'garbage-1');
    loadShortlist(s, now);
    expect(loadShortlist(s, now).backupKey).toBe(`${key}.backup`);
    s.data.set(key, 'garbage-2');
    expect(loadShortlist(s, now).backupKey).toBe(`${key}.backup.2`);
    expect(s.data.get(`${key}.backup`)).toBe('garbage-1');
  });

  it('is not safe to save when no backup slot is free or storage is full', () => {
    const s = new FakeStorage();
    for (const slot of shortlistBackupKeys()) s.data.set(slot, `old ${slot}`);
    s.data.set(key, 'garbage');
    expect(loadShortlist(s, now)).toMatchObject({ items: [], problem: 'unreadable', safeToSave: false });
    expect(loadShortlist(s, now).backupKey).toBeUndefined();

    const full = new FakeStorage();
    full.data.set(key, 'garbage');
    full.quotaChars = 7;
    expect(loadShortlist(full, now)).toMatchObject({ problem: 'unreadable', safeToSave: false });
  });
});

describe('migrations', () => {
  const migrations = {
    // A made-up version 0 format that stored bare ids.
    0: (p: Record<string, unknown>) => ({ version: 1, items: (p.ids as string[]).map((siteId) => ({ siteId })) }),
  };

  it('upgrades an older payload through the hook', () => {
    const s = new FakeStorage();
    s.data.set(key, '{"version":0,"ids":["a","b"]}');
    const result = loadShortlist(s, now, { migrations });
    expect(result.items).toEqual([
      { siteId: 'a', note: '', addedAt: now },
      { siteId: 'b', note: '', addedAt: now },
    ]);
    expect(result.problem).toBeUndefined();
  });

  it('treats a throwing or non-advancing migration as unreadable', () => {
    const s = new FakeStorage();
    s.data.set(key, '{"version":0}');
    expect(loadShortlist(s, now, { migrations }).problem).toBe('unreadable');
    const stuck = { 0: (p: Record<string, unknown>) => p };
    expect(loadShortlist(s, now, { migrations: stuck }).problem).toBe('unreadable');
  });
});
