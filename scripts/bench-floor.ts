/**
 * The floor the browser benchmarks compare the app with: a bare maplibre page drawing the app's own offline basemap
 * style and the same two FlatGeobuf layers (productive zones, sites), with nothing of the app around it. It shows
 * one line of text at once, as the app shows its panel, so "after first paint" starts at the same moment on both.
 * It sets <html data-map-ready> and the `map-ready` mark at its first idle with both layers, and
 * <html data-layers-ready> and <html data-map-layers-drawn> at the same moment (it has no other layer to wait for).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Manifest } from '../src/core/types.ts';
import { offlineStyle } from '../src/map/basemap.ts';

const nm = join(resolve(import.meta.dirname, '..'), 'node_modules');
/** Stand-in for the page's geodata address in style.json: the page puts its own in when it loads the style. */
const placeholderBase = 'http://floor.invalid/geodata/';

const html = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title>
<link rel="stylesheet" href="maplibre-gl.css"><link rel="stylesheet" href="floor.css">
<script src="pmtiles.js"></script><script src="flatgeobuf-geojson.min.js"></script>
<script type="module" src="floor.js"></script></head><body><p id="t">Bare maplibre page</p><div id="map"></div></body></html>`;

const css = 'html,body,#map{margin:0;height:100%}#t{position:absolute;z-index:1;margin:4px;font:14px sans-serif}';

const js = `import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
maplibregl.addProtocol('pmtiles', new pmtiles.Protocol().tile);
const base = new URL('geodata/', location.href).href;
const manifest = await (await fetch(base + 'manifest.json')).json();
const style = JSON.parse((await (await fetch('style.json')).text()).replaceAll(${JSON.stringify(placeholderBase)}, base));
const region = manifest.layers.find((l) => l.id === 'region').bbox;
const map = new maplibregl.Map({ container: 'map', style, bounds: region, fitBoundsOptions: { padding: 20 } });
async function load(id) {
  const res = await fetch(base + id + '.fgb');
  const features = [];
  for await (const f of flatgeobuf.deserialize(new Uint8Array(await res.arrayBuffer()))) features.push(f);
  return { type: 'FeatureCollection', features };
}
const [zones, sites] = await Promise.all([load('productive-zones'), load('sites'), new Promise((r) => map.once('load', r))]);
map.addSource('zones', { type: 'geojson', data: zones });
map.addSource('sites', { type: 'geojson', data: sites });
map.addLayer({ id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': '#8e6bbf', 'fill-opacity': 0.3 } });
map.addLayer({ id: 'sites', type: 'fill', source: 'sites', paint: { 'fill-color': '#e0712b' } });
map.once('idle', () => {
  performance.mark('map-ready');
  document.documentElement.dataset.mapReady = 'true';
  document.documentElement.dataset.layersReady = 'true';
  document.documentElement.dataset.mapLayersDrawn = 'true';
});
`;

/** Write the floor page beside a build (`dist`, whose geodata it links); `cleanup` removes it. */
export function writeFloorPage(dist: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bile-floor-'));
  const manifest = JSON.parse(readFileSync(join(dist, 'geodata/manifest.json'), 'utf8')) as Manifest;
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'floor.css'), css);
  writeFileSync(join(dir, 'floor.js'), js);
  writeFileSync(join(dir, 'style.json'), JSON.stringify(offlineStyle(manifest, placeholderBase)));
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join(nm, 'maplibre-gl/dist', f), join(dir, f));
  copyFileSync(join(nm, 'pmtiles/dist/pmtiles.js'), join(dir, 'pmtiles.js'));
  copyFileSync(join(nm, 'flatgeobuf/dist/flatgeobuf-geojson.min.js'), join(dir, 'flatgeobuf-geojson.min.js'));
  symlinkSync(join(dist, 'geodata'), join(dir, 'geodata'), 'dir');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
