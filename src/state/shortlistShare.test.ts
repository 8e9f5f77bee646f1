import { describe, expect, it } from 'vitest';
import { addToShortlist, setShortlistNote, shortlistLimits, type Shortlist } from './shortlist';
import { decodeShortlistParam, encodeShortlistParam } from './shortlistShare';

const now = '2026-11-26T10:00:00.000Z';
const later = '2026-12-01T08:00:00.000Z';

function listOf(entries: [string, string?][]): Shortlist {
  let list: Shortlist = [];
  for (const [id, note] of entries) {
    list = addToShortlist(list, id, now);
    if (note) list = setShortlistNote(list, id, note);
  }
  return list;
}

describe('encode / decode', () => {
  it('round-trips ids and notes in order (timestamps become the decode time)', () => {
    const list = listOf([['osm-landuse-1', 'près du canal; "quai" ë Ø 🏭'], ['urbis-22'], ['osm-3', 'a=b&c#d']]);
    const { param, droppedNotes, droppedItems } = encodeShortlistParam(list);
    expect(droppedNotes + droppedItems).toBe(0);
    expect(param).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(decodeShortlistParam(param, later)).toEqual({
      items: list.map((i) => ({ ...i, addedAt: later })),
    });
  });

  it('is URL-safe: unchanged by encodeURIComponent and a URL round trip', () => {
    const { param } = encodeShortlistParam(listOf([['a', '?/+= ~']]));
    expect(encodeURIComponent(param)).toBe(param);
    const url = new URL(`https://example.test/#map=1/2/3&sl=${param}`);
    expect(new URLSearchParams(url.hash.slice(1)).get('sl')).toBe(param);
  });

  it('writes an empty value for an empty list and reads it back as empty', () => {
    expect(encodeShortlistParam([]).param).toBe('');
    expect(decodeShortlistParam('', now)).toEqual({ items: [] });
  });

  it('fits the length cap by dropping notes from the end, then items', () => {
    const notes = listOf(Array.from({ length: 20 }, (_, i): [string, string] => [`site-${i}`, 'n'.repeat(200)]));
    const small = encodeShortlistParam(notes, { maxParamChars: 1000 });
    expect(small.param.length).toBeLessThanOrEqual(1000);
    expect(small.droppedItems).toBe(0);
    expect(small.droppedNotes).toBeGreaterThan(0);
    const back = decodeShortlistParam(small.param, now).items;
    expect(back).toHaveLength(20);
    expect(back[0]!.note).toBe('n'.repeat(200));
    expect(back[19]!.note).toBe('');

    const tiny = encodeShortlistParam(notes, { maxParamChars: 40 });
    expect(tiny.param.length).toBeLessThanOrEqual(40);
    expect(tiny.droppedItems).toBeGreaterThan(0);
    expect(tiny.droppedNotes).toBe(20);
  });

  it('keeps a full list of 50 ids with short notes under the default cap', () => {
    const full = listOf(
      Array.from({ length: shortlistLimits.maxItems }, (_, i): [string, string] => [`osm-landuse-${1000 + i}`, 'ok']),
    );
    const { param, droppedItems, droppedNotes } = encodeShortlistParam(full);
    expect(droppedItems + droppedNotes).toBe(0);
    expect(param.length).toBeLessThan(3000);
  });
});

describe('decode of bad input never throws', () => {
  it.each([
    ['no version', 'abc', 'malformed'],
    ['bad base64 chars', '1.ab$cd', 'malformed'],
    ['impossible base64 length', '1.a', 'malformed'],
    ['invalid UTF-8', `1.${Buffer.from([0xff, 0xfe]).toString('base64url')}`, 'malformed'],
    ['newer version', '3.YWJj', 'unknown-version'],
    ['too long', `1.${'A'.repeat(9000)}`, 'malformed'],
  ])('%s → empty list, %s', (_label, input, problem) => {
    expect(decodeShortlistParam(input, now)).toEqual({ items: [], problem });
  });

  it('detects a link cut anywhere in the shortlist value (an end marker is encoded)', () => {
    const { param } = encodeShortlistParam(listOf([['osm-landuse-12345', 'near the canal'], ['osm-landuse-678']]));
    for (let k = 1; k < param.length - 2; k++) expect(decodeShortlistParam(param.slice(0, -k), now)).toEqual({ items: [], problem: 'malformed' });
  });

  it('still reads links of format 1 (no end marker)', () => {
    const body = ['osm-1\tnote', 'osm-2'].join('\n');
    expect(decodeShortlistParam(`1.${Buffer.from(body).toString('base64url')}`, now).items.map((i) => i.siteId)).toEqual(['osm-1', 'osm-2']);
  });

  it('reports non-strings as malformed', () => {
    expect(decodeShortlistParam(undefined, now)).toEqual({ items: [], problem: 'malformed' });
    expect(decodeShortlistParam(42, now)).toEqual({ items: [], problem: 'malformed' });
  });

  it('keeps valid lines of a partly bad list and flags it', () => {
    const body = ['ok-1\tfine', '', 'has space', 'ok-1', `ok-2\t${'x'.repeat(400)}\u202e`].join('\n');
    const param = `1.${Buffer.from(body, 'utf8').toString('base64url')}`;
    const { items, problem } = decodeShortlistParam(param, now);
    expect(problem).toBe('partial');
    expect(items.map((i) => i.siteId)).toEqual(['ok-1', 'ok-2']);
    expect(items[1]!.note).toHaveLength(shortlistLimits.maxNoteChars);
  });

  it('caps the number of items read', () => {
    const body = Array.from({ length: 80 }, (_, i) => `s${i}`).join('\n');
    const { items, problem } = decodeShortlistParam(`1.${Buffer.from(body).toString('base64url')}`, now);
    expect(items).toHaveLength(shortlistLimits.maxItems);
    expect(problem).toBe('partial');
  });
});
