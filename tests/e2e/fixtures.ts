/** Test data from the build under test: its layers, places on sites and stations, and damaged versions of its files. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { deserialize, serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built app under test: dist/, or E2E_DIST (a separate build, e.g. `npx vite build --outDir /tmp/dist-x`). */
export const distDir = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : resolve(import.meta.dirname, '../../dist');

/** All features of a built layer. */
export async function readLayer(dir: string, id: string): Promise<FeatureCollection> {
  const features: Feature[] = [];
  for await (const f of deserialize(new Uint8Array(readFileSync(join(dir, 'geodata', `${id}.fgb`))))) features.push(f as Feature);
  return { type: 'FeatureCollection', features };
}

/** A place inside a site: its id, name, a point and how far that point is from the site's edge (metres). */
export interface SitePlace {
  siteId: string;
  name: string;
  lng: number;
  lat: number;
  clearanceM: number;
}

const metresPerDegreeLat = 111_320;

/** Distance in metres from a point to the nearest edge of a polygon (flat approximation, fine for a site). */
function edgeDistanceM(p: Position, rings: Position[][]): number {
  const kx = metresPerDegreeLat * Math.cos((p[1]! * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [(ring[i - 1]![0]! - p[0]!) * kx, (ring[i - 1]![1]! - p[1]!) * metresPerDegreeLat];
      const [bx, by] = [(ring[i]![0]! - p[0]!) * kx, (ring[i]![1]! - p[1]!) * metresPerDegreeLat];
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx || dy ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  return best;
}

/** The point of a site farthest from its edges (on a 40×40 grid over its box): where its fill colour is drawn cleanly. */
export function innermostPlace(site: Feature<Polygon | MultiPolygon>): SitePlace {
  const polys = site.geometry.type === 'Polygon' ? [site.geometry.coordinates] : site.geometry.coordinates;
  const rings = polys.flat();
  const coords = rings.flat();
  const [w, e] = [Math.min(...coords.map((c) => c[0]!)), Math.max(...coords.map((c) => c[0]!))];
  const [s, n] = [Math.min(...coords.map((c) => c[1]!)), Math.max(...coords.map((c) => c[1]!))];
  let pick: SitePlace | undefined;
  for (let i = 1; i < 40; i++)
    for (let j = 1; j < 40; j++) {
      const p: Position = [w + ((e - w) * i) / 40, s + ((n - s) * j) / 40];
      if (!booleanPointInPolygon(p, site)) continue;
      const clearanceM = edgeDistanceM(p, rings);
      if (!pick || clearanceM > pick.clearanceM) pick = { siteId: String(site.properties?.siteId), name: String(site.properties?.name ?? ''), lng: p[0]!, lat: p[1]!, clearanceM };
    }
  if (!pick) throw new Error(`no point inside site ${site.properties?.siteId}`);
  return pick;
}

/** The innermost place of each given site of the build, by id. */
export async function sitePlaces(siteIds: readonly string[], dir = distDir): Promise<Map<string, SitePlace>> {
  const sites = await readLayer(dir, 'sites');
  const want = new Set(siteIds);
  return new Map(sites.features.filter((f) => want.has(String(f.properties?.siteId))).map((f) => [String(f.properties?.siteId), innermostPlace(f as Feature<Polygon | MultiPolygon>)]));
}

/** The largest site and a point well inside it, for clicking. */
export async function clickableSite(dir = distDir): Promise<SitePlace> {
  const sites = await readLayer(dir, 'sites');
  const best = [...sites.features].sort((a, b) => Number(b.properties?.areaM2) - Number(a.properties?.areaM2))[0] as Feature<Polygon | MultiPolygon>;
  return innermostPlace(best);
}

/** The point of a point layer (e.g. 'villo') farthest from its neighbours in that layer: its symbol is drawn alone. */
export async function loneStation(layer: string, dir = distDir): Promise<{ lng: number; lat: number; name: string }> {
  const pts = (await readLayer(dir, layer)).features.filter((f): f is Feature<Point> => f.geometry?.type === 'Point');
  const at = (f: Feature<Point>) => f.geometry.coordinates;
  const km = (a: Position, b: Position) => Math.hypot((a[0]! - b[0]!) * 70, (a[1]! - b[1]!) * 111);
  const inner = pts.filter((f) => Math.abs(at(f)[0]! - 4.36) < 0.06 && Math.abs(at(f)[1]! - 50.85) < 0.04); // inside the region, off its border
  const lonely = inner.map((f) => ({ f, gap: Math.min(...pts.filter((g) => g !== f).map((g) => km(at(f), at(g)))) })).sort((a, b) => b.gap - a.gap)[0];
  if (!lonely) throw new Error(`no point in layer ${layer}`);
  return { lng: at(lonely.f)[0]!, lat: at(lonely.f)[1]!, name: String(lonely.f.properties?.name ?? '') };
}

/** A layer file cut in half and padded with garbage (a truncated, then padded download). */
export function corruptedLayer(id: string, dir = distDir): Buffer {
  const bytes = readFileSync(join(dir, 'geodata', `${id}.fgb`));
  return Buffer.concat([bytes.subarray(0, Math.floor(bytes.length / 2)), Buffer.from('garbage'.repeat(10))]);
}

/** The build's sites.fgb with one site (by id) renamed. */
export async function sitesWithName(siteId: string, name: string, dir = distDir): Promise<Buffer> {
  const fc = await readLayer(dir, 'sites');
  for (const f of fc.features) if (f.properties?.siteId === siteId) f.properties.name = name;
  return Buffer.from(serialize(fc as never));
}

/** The build's manifest.json after `edit` changed it. */
export function manifestEdited(edit: (m: { layers: { id?: string; file: string }[] }) => void, dir = distDir): string {
  const m = JSON.parse(readFileSync(join(dir, 'geodata', 'manifest.json'), 'utf8')) as { layers: { id?: string; file: string }[] };
  edit(m);
  return JSON.stringify(m);
}
