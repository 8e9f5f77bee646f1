/** Test data helpers: read the built layers, pick a clickable site, make damaged copies of dist/. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { deserialize, serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built app under test: dist/, or E2E_DIST (a separate build, e.g. `npx vite build --outDir /tmp/dist-x`). */
export const distDir = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : resolve(import.meta.dirname, '../../dist');

/** All features of a built layer. */
export async function readLayer(dir: string, id: string): Promise<FeatureCollection> {
  const features: Feature[] = [];
  for await (const f of deserialize(new Uint8Array(readFileSync(join(dir, 'geodata', `${id}.fgb`))))) features.push(f as Feature);
  return { type: 'FeatureCollection', features };
}

/** The largest site and a point inside it near its bbox centre, for clicking. */
export async function clickableSite(dir = distDir): Promise<{ siteId: string; name: string; lng: number; lat: number }> {
  const sites = await readLayer(dir, 'sites');
  const best = [...sites.features].sort((a, b) => Number(b.properties?.areaM2) - Number(a.properties?.areaM2))[0] as Feature<Polygon | MultiPolygon>;
  const coords = (best.geometry.type === 'Polygon' ? [best.geometry.coordinates] : best.geometry.coordinates).flat(2);
  const xs = coords.map((c) => c[0]!);
  const ys = coords.map((c) => c[1]!);
  const [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  let pick: [number, number] | undefined;
  let bestD = Infinity;
  for (let i = 1; i < 30; i++)
    for (let j = 1; j < 30; j++) {
      const p: [number, number] = [w + ((e - w) * i) / 30, s + ((n - s) * j) / 30];
      const d = (p[0] - (w + e) / 2) ** 2 + (p[1] - (s + n) / 2) ** 2;
      if (d < bestD && booleanPointInPolygon(p, best)) [pick, bestD] = [p, d];
    }
  if (!pick) throw new Error('no interior point');
  return { siteId: String(best.properties?.siteId), name: String(best.properties?.name ?? ''), lng: pick[0], lat: pick[1] };
}

/** A temporary copy of dist/ that a test may damage; remove it with `cleanup`. */
export function copyDist(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bile-dist-'));
  cpSync(distDir, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Overwrite the middle of a layer file with garbage (a truncated, then padded file). */
export function corruptLayer(dir: string, id: string): void {
  const file = join(dir, 'geodata', `${id}.fgb`);
  const bytes = readFileSync(file);
  writeFileSync(file, Buffer.concat([bytes.subarray(0, Math.floor(bytes.length / 2)), Buffer.from('garbage'.repeat(10))]));
}

/** Rename one site (by id) in the copy's sites.fgb. */
export async function renameSite(dir: string, siteId: string, name: string): Promise<void> {
  const fc = await readLayer(dir, 'sites');
  for (const f of fc.features) if (f.properties?.siteId === siteId) f.properties.name = name;
  writeFileSync(join(dir, 'geodata', 'sites.fgb'), serialize(fc as never));
}
