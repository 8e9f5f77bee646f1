/**
 * Shortlist state: an ordered list of starred sites with a short note each. Pure update functions; each returns
 * the same array when nothing changes, so the UI can skip re-rendering and saving.
 */

/** One starred site. */
export interface ShortlistItem {
  siteId: string;
  /** User note, sanitised and capped (see {@link sanitizeNote}). */
  note: string;
  /** ISO 8601 timestamp of when the site was starred. */
  addedAt: string;
}

/** The shortlist, in the user's order. */
export type Shortlist = readonly ShortlistItem[];

/** Limits of the shortlist. */
export interface ShortlistLimits {
  /** Most sites on the list. */
  maxItems: number;
  /** Most characters (code points) in a note. */
  maxNoteChars: number;
  /** Most characters in a site id; longer ids are not from our data. */
  maxSiteIdChars: number;
}

/** Limits of the shortlist. */
export const shortlistLimits: ShortlistLimits = {
  // A shortlist is for a handful of sites; 50 keeps share links and storage small.
  maxItems: 50,
  // One tweet-sized remark.
  maxNoteChars: 280,
  // Site ids are like `osm-landuse-123`; anything longer is garbage.
  maxSiteIdChars: 120,
};

// C0/C1 controls, plus bidi overrides/isolates that could make a shared note render misleadingly.
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const siteIdForbidden = /[\u0000-\u001f\u007f-\u009f\s]/;

/** Whether a value can be a site id: a non-empty string without spaces or controls, not too long. */
export function isValidSiteId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= shortlistLimits.maxSiteIdChars &&
    !siteIdForbidden.test(value)
  );
}

/** Note text as code points: breaks/tabs become spaces, controls and lone surrogates go, trimmed; not capped. */
function noteCodePoints(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  // Lone surrogates (\p{Cs} under /u) cannot be URL-encoded and would break share links.
  const cleaned = value.replace(/[\t\r\n]+/g, ' ').replace(controlChars, '').replace(/\p{Cs}/gu, '');
  return Array.from(cleaned.trim());
}

/** Safe note text: breaks/tabs become spaces, controls and lone surrogates go; capped in code points, trimmed. */
export function sanitizeNote(value: unknown): string {
  return noteCodePoints(value).slice(0, shortlistLimits.maxNoteChars).join('').trim();
}

/** Whether {@link sanitizeNote} would cut this note to the cap (losing text, not just controls). */
export function isNoteTooLong(value: unknown): boolean {
  return noteCodePoints(value).length > shortlistLimits.maxNoteChars;
}

/** Whether the site is on the list. */
export function hasShortlisted(list: Shortlist, siteId: string): boolean {
  return list.some((item) => item.siteId === siteId);
}

/** Whether the list has reached its cap. */
export function isShortlistFull(list: Shortlist): boolean {
  return list.length >= shortlistLimits.maxItems;
}

/** Adds a site at the end (no change when present, full or the id is invalid); `now` is an ISO timestamp. */
export function addToShortlist(list: Shortlist, siteId: string, now: string): Shortlist {
  if (!isValidSiteId(siteId) || hasShortlisted(list, siteId) || isShortlistFull(list)) return list;
  return [...list, { siteId, note: '', addedAt: now }];
}

/** Removes a site (no change when absent). */
export function removeFromShortlist(list: Shortlist, siteId: string): Shortlist {
  return hasShortlisted(list, siteId) ? list.filter((item) => item.siteId !== siteId) : list;
}

/** Adds the site when absent, removes it when present (the star button). */
export function toggleShortlisted(list: Shortlist, siteId: string, now: string): Shortlist {
  return hasShortlisted(list, siteId) ? removeFromShortlist(list, siteId) : addToShortlist(list, siteId, now);
}

/** Moves a site to a position (clamped to the list); no change when absent or already there. */
export function moveShortlistItem(list: Shortlist, siteId: string, toIndex: number): Shortlist {
  const from = list.findIndex((item) => item.siteId === siteId);
  if (from < 0 || !Number.isFinite(toIndex)) return list;
  const to = Math.min(Math.max(Math.trunc(toIndex), 0), list.length - 1);
  if (to === from) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Moves a site up (delta −1) or down (+1) by some places, clamped. */
export function moveShortlistItemBy(list: Shortlist, siteId: string, delta: number): Shortlist {
  const from = list.findIndex((item) => item.siteId === siteId);
  return from < 0 ? list : moveShortlistItem(list, siteId, from + delta);
}

/** Sets the note of a site (sanitised, capped); no change when absent or equal. */
export function setShortlistNote(list: Shortlist, siteId: string, note: string): Shortlist {
  const clean = sanitizeNote(note);
  const index = list.findIndex((item) => item.siteId === siteId);
  if (index < 0 || list[index]!.note === clean) return list;
  const next = list.slice();
  next[index] = { ...list[index]!, note: clean };
  return next;
}

/** Empties the list. */
export function clearShortlist(list: Shortlist): Shortlist {
  return list.length === 0 ? list : [];
}

/** Result of {@link normalizeShortlist}: the valid items, how many entries were dropped and notes cut. */
export interface NormalizedShortlist {
  items: ShortlistItem[];
  dropped: number;
  /** Kept items whose note was longer than the cap and was cut. */
  shortened: number;
}

/**
 * Keeps the valid entries of untrusted data (storage, share link): valid site id, first occurrence only, up to
 * the cap; notes sanitised (too long ones cut and counted), a missing or bad `addedAt` replaced by `now`.
 */
export function normalizeShortlist(entries: readonly unknown[], now: string): NormalizedShortlist {
  const items: ShortlistItem[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  let shortened = 0;
  for (const entry of entries) {
    const e = entry as Partial<Record<keyof ShortlistItem, unknown>> | null;
    const siteId = typeof e === 'object' && e !== null ? e.siteId : undefined;
    if (!isValidSiteId(siteId) || seen.has(siteId) || items.length >= shortlistLimits.maxItems) {
      dropped++;
      continue;
    }
    seen.add(siteId);
    const at = e!.addedAt;
    const addedAt = typeof at === 'string' && at.length <= 40 && !Number.isNaN(Date.parse(at)) ? at : now;
    if (isNoteTooLong(e!.note)) shortened++;
    items.push({ siteId, note: sanitizeNote(e!.note), addedAt });
  }
  return { items, dropped, shortened };
}

/** Shortlist changes as actions, for a reducer-style store; `now` is an ISO timestamp. */
export type ShortlistAction =
  | { type: 'add' | 'toggle'; siteId: string; now: string }
  | { type: 'remove'; siteId: string }
  | { type: 'move'; siteId: string; toIndex: number }
  | { type: 'moveBy'; siteId: string; delta: number }
  | { type: 'note'; siteId: string; note: string }
  | { type: 'clear' }
  | { type: 'replace'; items: Shortlist };

/** Applies one action (same array back when nothing changes). */
export function shortlistReducer(list: Shortlist, action: ShortlistAction): Shortlist {
  switch (action.type) {
    case 'add':
      return addToShortlist(list, action.siteId, action.now);
    case 'toggle':
      return toggleShortlisted(list, action.siteId, action.now);
    case 'remove':
      return removeFromShortlist(list, action.siteId);
    case 'move':
      return moveShortlistItem(list, action.siteId, action.toIndex);
    case 'moveBy':
      return moveShortlistItemBy(list, action.siteId, action.delta);
    case 'note':
      return setShortlistNote(list, action.siteId, action.note);
    case 'clear':
      return clearShortlist(list);
    case 'replace':
      return action.items;
  }
}
