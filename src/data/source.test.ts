import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { HttpGeodataSource, LayerLoadError, decodeFlatGeobuf } from './source.ts';
import { parseManifest, ManifestError } from './manifest.ts';

const source = { name: 'n', publisher: 'p', licence: 'l', date: '2024', files: ['a'] };
const manifest = {
  version: 1,
  builtAt: '2026-01-01',
  sourceDir: 'x',
  inputsHash: 'h',
  layers: [
    { id: 'villo', file: 'villo.fgb', features: 1, geometryType: 'Point', bbox: [4, 50, 5, 51], crs: 'EPSG:4326', source, attribution: 'A' },
    { id: 'canal', file: 'canal.fgb', features: 1, geometryType: 'LineString', bbox: [4, 50, 5, 51], crs: 'EPSG:4326', source, attribution: 'A' },
    { id: 'future-layer', file: 'f.fgb', features: 1, geometryType: 'Point', bbox: [4, 50, 5, 51], crs: 'EPSG:4326', source, attribution: 'A' },
  ],
};
const fc: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { nameFr: 'Gare', stands: 20 }, geometry: { type: 'Point', coordinates: [4.35, 50.85] } }],
};

function fakeFetch(files: Record<string, Uint8Array | string>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const name = String(input).replace('http://x/geodata/', '');
    const body = files[name];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), { status: 200 });
  }) as typeof fetch;
}

const signal = new AbortController().signal;

describe('HttpGeodataSource', () => {
  const files = { 'manifest.json': JSON.stringify(manifest), 'villo.fgb': serialize(fc as never) };
  it('reads the manifest and a layer', async () => {
    const src = new HttpGeodataSource('http://x/geodata/', fakeFetch(files));
    const m = await src.manifest(signal);
    expect(m.layers.map((l) => l.id)).toEqual(['villo', 'canal']);
    const layer = await src.layer('villo', signal);
    expect(layer.features).toHaveLength(1);
    expect(layer.features[0]?.properties).toMatchObject({ nameFr: 'Gare', stands: 20 });
  });
  it('names a missing file', async () => {
    const src = new HttpGeodataSource('http://x/geodata/', fakeFetch(files));
    await expect(src.layer('canal', signal)).rejects.toMatchObject({ reason: 'missing', message: expect.stringContaining('canal.fgb') });
  });
  it('reports empty and corrupt files', async () => {
    const src = new HttpGeodataSource('http://x/geodata/', fakeFetch({ ...files, 'canal.fgb': new Uint8Array(0), 'villo.fgb': new TextEncoder().encode('<html>oops</html>') }));
    await expect(src.layer('canal', signal)).rejects.toMatchObject({ reason: 'empty' });
    await expect(src.layer('villo', signal)).rejects.toMatchObject({ reason: 'corrupt', message: expect.stringContaining('not a FlatGeobuf file') });
  });
  it('reports a truncated file as corrupt', async () => {
    const bytes = serialize(fc as never);
    const err = await decodeFlatGeobuf(bytes.slice(0, 20), 'x.fgb').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LayerLoadError);
    expect((err as LayerLoadError).reason).toMatch(/corrupt|empty/);
  });
  it('rejects a missing or malformed manifest', async () => {
    await expect(new HttpGeodataSource('http://x/geodata/', fakeFetch({})).manifest(signal)).rejects.toMatchObject({ reason: 'missing' });
    await expect(new HttpGeodataSource('http://x/geodata/', fakeFetch({ 'manifest.json': '{' })).manifest(signal)).rejects.toMatchObject({ reason: 'corrupt' });
  });
});

describe('parseManifest', () => {
  const base = 'http://x/geodata/';
  it('rejects bad shapes with a path', () => {
    expect(() => parseManifest(null, base)).toThrow(ManifestError);
    expect(() => parseManifest({ version: 2, layers: [] }, base)).toThrow(/version/);
  });
  it('skips bad entries, naming the field', () => {
    expect(parseManifest({ version: 1, layers: [{ id: 'villo' }] }, base).skipped?.[0]?.reason).toMatch(/^villo\.file: expected a string/);
    expect(parseManifest({ ...manifest, layers: [{ ...manifest.layers[0], file: '../etc/passwd' }] }, base).skipped?.[0]?.reason).toMatch(/inside geodata/);
    expect(parseManifest({ ...manifest, layers: [{ ...manifest.layers[0], file: 'https://evil/x.fgb' }] }, base).skipped?.[0]?.reason).toMatch(/inside geodata/);
  });
  it('keeps basemap entries', () => {
    const m = parseManifest({ ...manifest, basemap: [{ name: 'water', file: 'basemap/water.pmtiles', sourceLayer: 'water', source }] }, base);
    expect(m.basemap?.[0]?.file).toBe('basemap/water.pmtiles');
  });
});
