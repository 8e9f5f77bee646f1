/**
 * URL hash codec: `#map=zoom/lat/lng/bearing&layers=a,b&lang=nl&site=id`.
 * Each key has one field codec in `hashFields`; a later slice adds its own (e.g. `sector=`, `w=`)
 * by extending SharedState and appending a field. Unknown keys are kept in `extraHash` and written back.
 * Decoding never throws and falls back per key: a malformed value leaves that key at its default (the rest of
 * the link still applies), and every part not applied as written is listed in `ignored` for the user.
 */
import { isLang } from '../i18n/i18n.ts';
import { decodePlannerHash, encodePlannerHash } from './planner.ts';
import { readScoringHash, encodeScoringHash } from './scoringCodec.ts';
import { decodeShortlistParam, shortlistHashKey } from './shortlistShare.ts';
import type { IgnoredPart, SharedState, View } from './state.ts';
import { isToggleId, type ToggleId } from './toggles.ts';

/** What a field codec read: the partial state to apply and the parts it ignored. */
export interface HashRead {
  state?: Partial<SharedState>;
  ignored?: IgnoredPart[];
}

/** Codec of one hash key; `read` never throws. */
export interface HashField {
  key: string;
  read(value: string): HashRead;
  write(state: SharedState): string | undefined;
}

/** Options of the hash reader. */
export const defaultHashOptions = {
  // Longer than any value this app writes (a shared shortlist is ≤ 3000) plus hand-edited slack; longer parts are ignored.
  maxPartChars: 10_000,
  // Shown parts are clipped: the notice names them, it need not reprint them.
  maxShownChars: 60,
  // Unknown keys up to this length are kept (and written back) for links from newer versions.
  maxExtraChars: 3500,
};

const clip = (s: string): string => (s.length > defaultHashOptions.maxShownChars ? `${s.slice(0, defaultHashOptions.maxShownChars)}…` : s);

/** The whole `key=value` of a part, ignored because it could not be used. */
const unknownPart = (key: string, value: string): HashRead => ({ ignored: [{ key, part: clip(`${key}=${value}`), reason: 'unknown' }] });

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/** Parse `zoom/lat/lng[/bearing]`, rejecting values outside the world. */
export function parseView(value: string): View | undefined {
  const [z, lat, lng, b] = value.split('/').map(num);
  if (z === undefined || lat === undefined || lng === undefined) return undefined;
  if (z < 0 || z > 24 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return undefined;
  const bearing = b ?? 0;
  return { zoom: z, lat, lng, bearing: ((bearing % 360) + 360) % 360 };
}

/** `zoom/lat/lng/bearing` with ~1 m precision. */
export function formatView(v: View): string {
  const bearing = Math.round(v.bearing * 10) / 10;
  return `${v.zoom.toFixed(2)}/${v.lat.toFixed(5)}/${v.lng.toFixed(5)}/${bearing}`;
}

/** `layers=`: known ids apply; unknown ones are reported, and with no known id at all the default layers stay. */
function readLayers(v: string): HashRead {
  // Empty is what the app writes when every layer is off.
  if (v === '') return { state: { visible: [] } };
  const ids = v.split(',').filter(Boolean);
  const known = ids.filter((x): x is ToggleId => isToggleId(x));
  const unknown = ids.filter((x) => !isToggleId(x));
  const ignored = unknown.length ? unknownPart('layers', unknown.join(',')).ignored : undefined;
  return { ...(known.length ? { state: { visible: known } } : {}), ...(ignored ? { ignored } : {}) };
}

/** Field codecs, in the order they appear in the URL. */
export const hashFields: HashField[] = [
  {
    key: 'map',
    read: (v) => {
      const view = parseView(v);
      return view ? { state: { view } } : unknownPart('map', v);
    },
    write: (s) => (s.view ? formatView(s.view) : undefined),
  },
  { key: 'layers', read: readLayers, write: (s) => s.visible?.join(',') },
  { key: 'lang', read: (v) => (isLang(v) ? { state: { lang: v } } : unknownPart('lang', v)), write: (s) => s.lang },
  {
    key: 'site',
    // empty = no site selected, as the app would write it
    read: (v) => (v === '' ? {} : v.length <= 200 ? { state: { selectedSiteId: v } } : unknownPart('site', v)),
    write: (s) => s.selectedSiteId ?? undefined,
  },
  {
    key: 'sector',
    read: (v) => {
      const r = readScoringHash(v);
      return { ...(r.state ? { state: { scoring: r.state } } : {}), ignored: r.ignored.map((i) => ({ key: 'sector', ...i })) };
    },
    write: (s) => encodeScoringHash(s.scoring ?? null),
  },
  {
    key: 'planner',
    read: (v) => {
      const { slice, bad } = decodePlannerHash(v);
      return { state: { planner: slice }, ...(bad.length ? { ignored: bad.map((b) => ({ key: 'planner', part: clip(`planner=…${b}`), reason: 'unknown' as const })) } : {}) };
    },
    write: (s) => (s.planner ? encodePlannerHash(s.planner) : undefined),
  },
  // Shared shortlist: applied once by app/useShortlist.ts, then left out so reloads do not offer it again. Read here
  // only to report a link whose shortlist cannot be used (too long, cut, newer format), with the rest of the link.
  {
    key: shortlistHashKey,
    read: (v) => {
      const d = decodeShortlistParam(v, '');
      return d.items.length === 0 && d.problem ? { ignored: [{ key: shortlistHashKey, part: shortlistHashKey, reason: 'shortlist' }] } : {};
    },
    write: () => undefined,
  },
];

const safeDecode = (s: string): string | undefined => {
  try {
    const d = decodeURIComponent(s.replace(/\+/g, ' '));
    encodeURIComponent(d); // throws on lone surrogates, which could not be written back
    return d;
  } catch {
    return undefined;
  }
};

/** Key/value pairs of a hash (first occurrence of a key wins) and the parts that could not be read; tolerant of any input. */
export function readHashPairs(hash: string): { pairs: Map<string, string>; ignored: IgnoredPart[] } {
  const pairs = new Map<string, string>();
  const ignored: IgnoredPart[] = [];
  const body = String(hash ?? '').replace(/^#/, '');
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    // Over-long parts are skipped one by one, so a huge shortlist cannot take the map, layers or sector with it.
    if (part.length > defaultHashOptions.maxPartChars) {
      const key = safeDecode(rawKey.slice(0, 40)) ?? '?';
      ignored.push({ key, part: clip(key), reason: key === shortlistHashKey ? 'shortlist' : 'unknown' });
      continue;
    }
    const k = safeDecode(rawKey);
    const v = safeDecode(eq < 0 ? '' : part.slice(eq + 1));
    if (k === undefined || v === undefined || k === '') {
      ignored.push({ key: k ?? '?', part: clip(part), reason: 'unknown' });
      continue;
    }
    if (!pairs.has(k)) pairs.set(k, v);
  }
  return { pairs, ignored };
}

/** Split a hash into key/value pairs (first occurrence of a key wins); tolerant of any input. */
export function hashPairs(hash: string): Map<string, string> {
  return readHashPairs(hash).pairs;
}

/** Shared state from a hash; keys absent or invalid are left out so the caller keeps its defaults, and listed in `ignored`. */
export function decodeHash(hash: string): SharedState {
  const { pairs, ignored } = readHashPairs(hash);
  const out: SharedState = {};
  const extra: Record<string, string> = {};
  for (const [k, v] of pairs) {
    const field = hashFields.find((f) => f.key === k);
    if (!field) {
      // Kept and written back for links of newer versions, but this version does not apply it: the user is told.
      if (/^[\w.-]{1,32}$/.test(k) && v.length <= defaultHashOptions.maxExtraChars) extra[k] = v;
      ignored.push({ key: k, part: clip(v === '' ? k : `${k}=${v}`), reason: 'unknown' });
      continue;
    }
    const read = field.read(v);
    if (read.state) Object.assign(out, read.state);
    if (read.ignored) ignored.push(...read.ignored);
  }
  out.extraHash = extra;
  out.ignored = ignored;
  return out;
}

const enc = (s: string): string => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%2F/g, '/');

/** Hash string (with leading '#') for a shared state; stable so equal states give equal hashes. */
export function encodeHash(state: SharedState): string {
  const parts: string[] = [];
  for (const f of hashFields) {
    const v = f.write(state);
    if (v !== undefined) parts.push(`${f.key}=${enc(v)}`);
  }
  for (const [k, v] of Object.entries(state.extraHash ?? {})) {
    if (!hashFields.some((f) => f.key === k)) parts.push(`${enc(k)}=${enc(v)}`);
  }
  return `#${parts.join('&')}`;
}
