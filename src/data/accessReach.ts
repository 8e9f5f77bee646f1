/**
 * Reading `geodata/access-reach.json` (issue 13: each shipped site's public-transport reach by statistical sector and
 * its truck route to the motorway), fetched the first time a site is selected. Checked field by field, so a file from
 * another version or a broken build is refused with a message naming the file and the first bad field, not drawn wrong.
 */
import type { Position } from 'geojson';
import type { AccessReach, SiteReach } from '../core/access/types.ts';
import { LayerLoadError } from './loadError.ts';
import { fetchJson } from './fetchJson.ts';

/** File name of the per-site reach under geodata/. */
export const accessReachFile = 'access-reach.json';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A WGS84 position: [lon, lat] (an optional third value is let through). */
const isPosition = (p: unknown): p is Position => Array.isArray(p) && p.length >= 2 && p.every(isNum) && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;
/** Why a line's coordinates are not a line of at least two WGS84 positions, or null when they are. */
function badLine(c: unknown): string | null {
  if (!Array.isArray(c) || c.length < 2) return 'fewer than 2 positions';
  const i = c.findIndex((p) => !isPosition(p));
  return i < 0 ? null : `position ${i} is not [lon, lat] in degrees`;
}

/** Why a route is not null, a LineString or a MultiLineString (WGS84), or null when it is one of them. */
function badRoute(r: unknown): string | null {
  if (r === null) return null;
  if (!isRec(r)) return 'not a geometry or null';
  if (r.type === 'LineString') return badLine(r.coordinates);
  if (r.type !== 'MultiLineString') return `type ${JSON.stringify(r.type)} (a LineString or MultiLineString is expected)`;
  if (!Array.isArray(r.coordinates) || r.coordinates.length === 0) return 'no line';
  for (const [i, line] of r.coordinates.entries()) {
    const bad = badLine(line);
    if (bad) return `line ${i}: ${bad}`;
  }
  return null;
}

/** The access reach from parsed JSON; throws LayerLoadError('corrupt') naming the file and the first bad field. */
export function parseAccessReach(json: unknown, file = accessReachFile): AccessReach {
  const fail = (what: string): never => {
    throw new LayerLoadError('corrupt', `${file}: ${what}`);
  };
  if (!isRec(json)) return fail('not a JSON object');
  if (json.version !== 1) return fail(`unsupported version ${JSON.stringify(json.version)} (this app reads version 1)`);
  const sectors = json.sectors;
  if (!Array.isArray(sectors)) return fail('sectors is not a list');
  for (const [i, s] of sectors.entries()) if (typeof s !== 'string' || s === '') return fail(`sectors[${i}] is not a sector code`);
  const sites = json.sites;
  if (!isRec(sites)) return fail('sites is not an object of site ids');
  for (const [id, site] of Object.entries(sites)) {
    const at = `sites[${JSON.stringify(id)}]`;
    if (!isRec(site)) return fail(`${at} is not an object`);
    if (!Array.isArray(site.transit)) return fail(`${at}.transit is not a list`);
    for (const [i, pair] of (site.transit as unknown[]).entries()) {
      if (!Array.isArray(pair) || pair.length !== 2) return fail(`${at}.transit[${i}] is not a [sectorIndex, minutes] pair`);
      const [index, minutes] = pair as unknown[];
      if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= sectors.length) return fail(`${at}.transit[${i}]: sector index ${JSON.stringify(index)} is not in sectors (0–${sectors.length - 1})`);
      if (!isNum(minutes) || minutes < 0) return fail(`${at}.transit[${i}]: minutes ${JSON.stringify(minutes)} is not a number ≥ 0`);
    }
    if (!('motorwayRoute' in site)) return fail(`${at}.motorwayRoute missing (null when no route was found)`);
    const bad = badRoute(site.motorwayRoute);
    if (bad) return fail(`${at}.motorwayRoute: ${bad}`);
  }
  const params = isRec(json.parameters) ? json.parameters : {};
  return {
    version: 1,
    builtAt: typeof json.builtAt === 'string' ? json.builtAt : '',
    sectors: sectors as string[],
    sites: sites as Record<string, SiteReach>,
    // shown to the user as they are: only numbers and texts
    parameters: Object.fromEntries(Object.entries(params).filter((e): e is [string, number | string] => isNum(e[1]) || typeof e[1] === 'string')),
  };
}

/** Fetch and check `<baseUrl>access-reach.json`; errors name the file and say why (LayerLoadError). */
export async function fetchAccessReach(baseUrl: string, signal: AbortSignal, fetchFn?: typeof fetch): Promise<AccessReach> {
  return parseAccessReach(await fetchJson(baseUrl, accessReachFile, signal, fetchFn));
}

export type { AccessReach, SiteReach } from '../core/access/types.ts';
