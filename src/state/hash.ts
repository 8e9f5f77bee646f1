/**
 * URL hash codec: `#map=zoom/lat/lng/bearing&layers=a,b&lang=nl&site=id`.
 * Each key has one field codec in `hashFields`; a later slice adds its own (e.g. `sector=`, `w=`)
 * by extending SharedState and appending a field. Unknown keys are kept in `extraHash` and written back.
 * Decoding never throws: a malformed value is ignored and the default stays.
 */
import { isLang } from '../i18n/i18n.ts';
import { decodeScoringHash, encodeScoringHash } from './scoring.ts';
import type { SharedState, View } from './state.ts';
import { isToggleId, type ToggleId } from './toggles.ts';

/** Codec of one hash key. `read` returns a partial state or undefined when the value is unusable. */
export interface HashField {
  key: string;
  read(value: string): Partial<SharedState> | undefined;
  write(state: SharedState): string | undefined;
}

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

/** Field codecs, in the order they appear in the URL. */
export const hashFields: HashField[] = [
  {
    key: 'map',
    read: (v) => {
      const view = parseView(v);
      return view ? { view } : undefined;
    },
    write: (s) => (s.view ? formatView(s.view) : undefined),
  },
  {
    key: 'layers',
    read: (v) => ({ visible: v.split(',').filter((x): x is ToggleId => isToggleId(x)) }),
    write: (s) => s.visible?.join(','),
  },
  { key: 'lang', read: (v) => (isLang(v) ? { lang: v } : undefined), write: (s) => s.lang },
  {
    key: 'site',
    read: (v) => (v.length > 0 && v.length <= 200 ? { selectedSiteId: v } : undefined),
    write: (s) => s.selectedSiteId ?? undefined,
  },
  {
    key: 'sector',
    read: (v) => {
      const scoring = decodeScoringHash(v);
      return scoring ? { scoring } : undefined;
    },
    write: (s) => encodeScoringHash(s.scoring ?? null),
  },
  // Shared shortlist: read once at start by app/useShortlist.ts, then left out so reloads do not offer it again.
  { key: 'sl', read: () => undefined, write: () => undefined },
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

/** Split a hash into key/value pairs (first occurrence of a key wins); tolerant of any input. */
export function hashPairs(hash: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = String(hash ?? '').replace(/^#/, '');
  if (body.length > 4000) return out; // absurd input: treat as empty rather than spend time on it
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = safeDecode(eq < 0 ? part : part.slice(0, eq));
    const v = safeDecode(eq < 0 ? '' : part.slice(eq + 1));
    if (k === undefined || v === undefined || k === '' || out.has(k)) continue;
    out.set(k, v);
  }
  return out;
}

/** Shared state from a hash; keys absent or invalid are left out so the caller keeps its defaults. */
export function decodeHash(hash: string): SharedState {
  const pairs = hashPairs(hash);
  const out: SharedState = {};
  const extra: Record<string, string> = {};
  const known = new Set(hashFields.map((f) => f.key));
  for (const [k, v] of pairs) {
    if (!known.has(k)) {
      if (/^[\w.-]{1,32}$/.test(k) && v.length <= 3500) extra[k] = v; // long enough for keys of newer versions, such as a shortlist
      continue;
    }
    const field = hashFields.find((f) => f.key === k);
    const part = field?.read(v);
    if (part) Object.assign(out, part);
  }
  out.extraHash = extra;
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
