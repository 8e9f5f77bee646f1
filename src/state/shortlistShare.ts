/**
 * Share-link codec of the shortlist: the value of one URL-hash key (suggested `sl=`), holding site ids and
 * notes. Format `2.<base64url(UTF-8 text)>` where the text has one line per item, `siteId` or `siteId<TAB>note`,
 * then an end mark (U+0003); tabs, line breaks and control characters cannot occur in site ids or sanitised notes,
 * so no escaping is needed, and base64url ([A-Za-z0-9_-]) passes through encodeURIComponent and URLSearchParams
 * unchanged. A link cut anywhere in the value decodes (if at all) to a prefix of the text, which lacks the end mark
 * since it occurs nowhere else: a cut link is rejected rather than read as a shorter list or a shorter id.
 * Format 1 (the same without the end mark) is still read.
 * Sector and map view travel in their own hash keys (src/state/hash.ts), not here.
 */
import { normalizeShortlist, sanitizeNote, type Shortlist, type ShortlistItem } from './shortlist';

/** Hash key of a shared shortlist (read once by the app, then dropped from the URL by the hash sync). */
export const shortlistHashKey = 'sl';

/** Options of the share codec. */
export interface ShortlistShareOptions {
  /** Longest parameter written; notes, then items, are dropped from the end to fit. */
  maxParamChars: number;
  /** Longest parameter read; longer input is rejected unread. */
  maxInputChars: number;
}

/** Defaults of the share codec. */
export const defaultShortlistShareOptions: ShortlistShareOptions = {
  // Keeps the whole link near 4000 chars (map, layers, sector and the rest take ~1000), which chat apps and mail accept.
  maxParamChars: 3000,
  // Generous for hand-edited links, small enough to parse instantly.
  maxInputChars: 8000,
};

/** Format written; readable formats are this and the legacy '1'. */
const version = '2';
const legacyVersion = '1';
/** Last character of a format-2 text (a control character, removed from notes and invalid in site ids). */
const endMark = '\u0003';

/** Result of {@link encodeShortlistParam}. */
export interface EncodedShortlist {
  /** Hash value; '' for an empty list (leave the key out). */
  param: string;
  /** Notes left out to fit the length cap (counted from the end of the list). */
  droppedNotes: number;
  /** Items left out to fit the length cap. */
  droppedItems: number;
}

/** Why a shared shortlist could not be read (fully). */
export type ShareProblem = 'malformed' | 'unknown-version' | 'partial';

/** Result of {@link decodeShortlistParam}. */
export interface DecodedShortlist {
  items: ShortlistItem[];
  problem?: ShareProblem;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url to text; throws on bad characters or invalid UTF-8. */
function fromBase64Url(data: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(data) || data.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function build(items: readonly { siteId: string; note: string }[]): string {
  if (items.length === 0) return '';
  const text = items.map(({ siteId, note }) => (note ? `${siteId}\t${note}` : siteId)).join('\n') + endMark;
  return `${version}.${toBase64Url(text)}`;
}

/** Encodes the shortlist (ids and notes, not timestamps) for the URL hash, within the length cap. */
export function encodeShortlistParam(
  list: Shortlist,
  options: Partial<ShortlistShareOptions> = {},
): EncodedShortlist {
  const { maxParamChars } = { ...defaultShortlistShareOptions, ...options };
  const items = list.map(({ siteId, note }) => ({ siteId, note: sanitizeNote(note) }));
  let droppedNotes = 0;
  let droppedItems = 0;
  let param = build(items);
  // Notes are the bulk and the least essential: drop them from the end first, then whole items.
  for (let i = items.length - 1; i >= 0 && param.length > maxParamChars; i--) {
    if (!items[i]!.note) continue;
    items[i] = { siteId: items[i]!.siteId, note: '' };
    droppedNotes++;
    param = build(items);
  }
  while (items.length > 0 && param.length > maxParamChars) {
    items.pop();
    droppedItems++;
    param = build(items);
  }
  return { param, droppedNotes, droppedItems };
}

/** Decodes a hash value into shortlist items (addedAt = `now`, ISO); never throws. */
export function decodeShortlistParam(
  text: unknown,
  now: string,
  options: Partial<ShortlistShareOptions> = {},
): DecodedShortlist {
  const { maxInputChars } = { ...defaultShortlistShareOptions, ...options };
  if (typeof text !== 'string') return { items: [], problem: 'malformed' };
  const value = text.trim();
  if (value === '') return { items: [] };
  if (value.length > maxInputChars) return { items: [], problem: 'malformed' };
  const dot = value.indexOf('.');
  if (dot < 0) return { items: [], problem: 'malformed' };
  const format = value.slice(0, dot);
  if (format !== version && format !== legacyVersion) return { items: [], problem: 'unknown-version' };
  let body: string;
  try {
    body = fromBase64Url(value.slice(dot + 1));
  } catch {
    return { items: [], problem: 'malformed' };
  }
  if (format === version) {
    if (!body.endsWith(endMark)) return { items: [], problem: 'malformed' }; // cut
    body = body.slice(0, -endMark.length);
  }
  const entries = body.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    return tab < 0 ? { siteId: line } : { siteId: line.slice(0, tab), note: line.slice(tab + 1) };
  });
  const { items, dropped } = normalizeShortlist(entries, now);
  return dropped > 0 ? { items, problem: 'partial' } : { items };
}
