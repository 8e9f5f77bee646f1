import { describe, expect, it } from 'vitest';
import {
  addToShortlist,
  clearShortlist,
  hasShortlisted,
  isShortlistFull,
  isValidSiteId,
  moveShortlistItem,
  moveShortlistItemBy,
  normalizeShortlist,
  removeFromShortlist,
  sanitizeNote,
  setShortlistNote,
  shortlistLimits,
  shortlistReducer,
  toggleShortlisted,
  type Shortlist,
} from './shortlist';

const now = '2026-11-26T10:00:00.000Z';
const ids = (list: Shortlist) => list.map((i) => i.siteId);
const listOf = (...siteIds: string[]): Shortlist =>
  siteIds.reduce<Shortlist>((l, id) => addToShortlist(l, id, now), []);

describe('add / has / remove / toggle', () => {
  it('adds at the end with an empty note and the given time', () => {
    const list = addToShortlist([], 'osm-1', now);
    expect(list).toEqual([{ siteId: 'osm-1', note: '', addedAt: now }]);
    expect(hasShortlisted(list, 'osm-1')).toBe(true);
    expect(hasShortlisted(list, 'osm-2')).toBe(false);
  });

  it('does not add twice, invalid ids, or beyond the cap (same array back)', () => {
    const list = listOf('a');
    expect(addToShortlist(list, 'a', now)).toBe(list);
    expect(addToShortlist(list, '', now)).toBe(list);
    expect(addToShortlist(list, 'has space', now)).toBe(list);
    const full = listOf(...Array.from({ length: shortlistLimits.maxItems }, (_, i) => `s${i}`));
    expect(full).toHaveLength(shortlistLimits.maxItems);
    expect(isShortlistFull(full)).toBe(true);
    expect(addToShortlist(full, 'one-more', now)).toBe(full);
  });

  it('removes, and returns the same array when absent', () => {
    const list = listOf('a', 'b', 'c');
    expect(ids(removeFromShortlist(list, 'b'))).toEqual(['a', 'c']);
    expect(removeFromShortlist(list, 'zz')).toBe(list);
  });

  it('toggles', () => {
    const list = toggleShortlisted([], 'a', now);
    expect(ids(list)).toEqual(['a']);
    expect(ids(toggleShortlisted(list, 'a', now))).toEqual([]);
  });

  it('does not mutate its input', () => {
    const list = listOf('a', 'b');
    const frozen = Object.freeze(list.map((i) => Object.freeze({ ...i })));
    expect(() => {
      addToShortlist(frozen, 'c', now);
      removeFromShortlist(frozen, 'a');
      moveShortlistItem(frozen, 'a', 1);
      setShortlistNote(frozen, 'a', 'x');
    }).not.toThrow();
  });
});

describe('move', () => {
  const list = listOf('a', 'b', 'c', 'd');

  it('moves to an index', () => {
    expect(ids(moveShortlistItem(list, 'a', 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(moveShortlistItem(list, 'd', 0))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('clamps the index and ignores unknown sites or no-op moves', () => {
    expect(ids(moveShortlistItem(list, 'b', 99))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(moveShortlistItem(list, 'c', -5))).toEqual(['c', 'a', 'b', 'd']);
    expect(moveShortlistItem(list, 'zz', 0)).toBe(list);
    expect(moveShortlistItem(list, 'b', 1)).toBe(list);
    expect(moveShortlistItem(list, 'b', Number.NaN)).toBe(list);
  });

  it('moves up and down', () => {
    expect(ids(moveShortlistItemBy(list, 'c', -1))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(moveShortlistItemBy(list, 'c', 1))).toEqual(['a', 'b', 'd', 'c']);
    expect(moveShortlistItemBy(list, 'a', -1)).toBe(list);
    expect(moveShortlistItemBy(list, 'd', 1)).toBe(list);
  });
});

describe('notes', () => {
  it('sets a sanitised note and leaves others alone', () => {
    const list = setShortlistNote(listOf('a', 'b'), 'b', '  good\r\naccess\tto canal \u0007 ');
    expect(list[1]!.note).toBe('good access to canal');
    expect(list[0]!.note).toBe('');
  });

  it('returns the same array when absent or unchanged', () => {
    const list = setShortlistNote(listOf('a'), 'a', 'x');
    expect(setShortlistNote(list, 'a', ' x ')).toBe(list);
    expect(setShortlistNote(list, 'zz', 'y')).toBe(list);
  });

  it('caps notes in code points without splitting surrogate pairs', () => {
    const long = '🏭'.repeat(300);
    const note = sanitizeNote(long);
    expect(Array.from(note)).toHaveLength(shortlistLimits.maxNoteChars);
    expect(note).toBe('🏭'.repeat(shortlistLimits.maxNoteChars));
  });

  it('removes bidi overrides and keeps accents', () => {
    expect(sanitizeNote('Forêt \u202Eevil\u202C ë Ø')).toBe('Forêt evil ë Ø');
    expect(sanitizeNote(42)).toBe('');
  });

  it('drops lone surrogates but keeps real pairs', () => {
    expect(sanitizeNote('a\uD800b 🏭 c\uDFFF')).toBe('ab 🏭 c');
    expect(() => encodeURIComponent(sanitizeNote('x\uDBFF'))).not.toThrow();
  });
});

describe('validation and normalisation', () => {
  it('validates site ids', () => {
    expect(isValidSiteId('osm-landuse-123')).toBe(true);
    expect(isValidSiteId('')).toBe(false);
    expect(isValidSiteId(12)).toBe(false);
    expect(isValidSiteId('a\nb')).toBe(false);
    expect(isValidSiteId('x'.repeat(shortlistLimits.maxSiteIdChars + 1))).toBe(false);
  });

  it('keeps valid entries, drops the rest and counts them', () => {
    const { items, dropped } = normalizeShortlist(
      [
        { siteId: 'a', note: 'n\n1', addedAt: '2026-01-01T00:00:00Z' },
        { siteId: 'a', note: 'dup' },
        null,
        'b',
        { siteId: 7 },
        { siteId: 'c', addedAt: 'not a date', note: ['x'] },
      ],
      now,
    );
    expect(items).toEqual([
      { siteId: 'a', note: 'n 1', addedAt: '2026-01-01T00:00:00Z' },
      { siteId: 'c', note: '', addedAt: now },
    ]);
    expect(dropped).toBe(4);
  });

  it('counts the notes cut to the length cap', () => {
    const long = 'x'.repeat(shortlistLimits.maxNoteChars + 1);
    const r = normalizeShortlist([{ siteId: 'a', note: long }, { siteId: 'b', note: 'short' }, { siteId: 'c', note: 'é'.repeat(10_001) }], now);
    expect(r.items.map((i) => i.note.length)).toEqual([shortlistLimits.maxNoteChars, 5, shortlistLimits.maxNoteChars]);
    expect(r.shortened).toBe(2);
    expect(normalizeShortlist([{ siteId: 'a', note: 'x'.repeat(shortlistLimits.maxNoteChars) }], now).shortened).toBe(0);
  });

  it('caps the number of items', () => {
    const many = Array.from({ length: shortlistLimits.maxItems + 5 }, (_, i) => ({ siteId: `s${i}` }));
    const { items, dropped } = normalizeShortlist(many, now);
    expect(items).toHaveLength(shortlistLimits.maxItems);
    expect(dropped).toBe(5);
  });
});

describe('shortlistReducer', () => {
  it('applies every action', () => {
    let list: Shortlist = [];
    list = shortlistReducer(list, { type: 'add', siteId: 'a', now });
    list = shortlistReducer(list, { type: 'toggle', siteId: 'b', now });
    list = shortlistReducer(list, { type: 'add', siteId: 'c', now });
    list = shortlistReducer(list, { type: 'move', siteId: 'c', toIndex: 0 });
    list = shortlistReducer(list, { type: 'moveBy', siteId: 'a', delta: 1 });
    list = shortlistReducer(list, { type: 'note', siteId: 'b', note: 'hi' });
    list = shortlistReducer(list, { type: 'remove', siteId: 'c' });
    expect(list).toEqual([
      { siteId: 'b', note: 'hi', addedAt: now },
      { siteId: 'a', note: '', addedAt: now },
    ]);
    expect(shortlistReducer(list, { type: 'clear' })).toEqual([]);
    expect(clearShortlist([])).toEqual([]);
    const replacement = listOf('z');
    expect(shortlistReducer(list, { type: 'replace', items: replacement })).toBe(replacement);
  });
});
