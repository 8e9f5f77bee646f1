import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifest } from './manifest.ts';

const base = 'http://127.0.0.1:4173/geodata/';
const source = { name: 'n', publisher: 'p', licence: 'l', date: '2024', files: ['a'] };
const entry = (id: string, file = `${id}.fgb`) => ({ id, file, features: 1, geometryType: 'Point', bbox: [4, 50, 5, 51], crs: 'EPSG:4326', source, attribution: 'A' });
const manifest = (layers: unknown[], basemap?: unknown[]) => ({ version: 1, builtAt: '', sourceDir: '', inputsHash: '', layers, ...(basemap ? { basemap } : {}) });

describe('parseManifest: one bad entry', () => {
  it('skips a bad layer entry, names it by its id and keeps the others', () => {
    const layers = [entry('region'), entry('sites'), entry('villo'), entry('canal', ' http://evil.example/canal.fgb'), entry('roads')];
    const m = parseManifest(manifest(layers), base);
    expect(m.layers.map((l) => l.id)).toEqual(['region', 'sites', 'villo', 'roads']);
    expect(m.skipped).toHaveLength(1);
    expect(m.skipped?.[0]).toMatchObject({ section: 'layers', name: 'canal', layerId: 'canal' });
    expect(m.skipped?.[0]?.reason).toMatch(/^canal\.file: /);
    expect(m.skipped?.[0]?.reason).not.toMatch(/layers\[/);
  });

  it('names an entry by index only when it has no usable id', () => {
    const m = parseManifest(manifest([entry('region'), { file: 'x.fgb' }, 'oops', { ...entry('sites'), id: 42 }]), base);
    expect(m.layers.map((l) => l.id)).toEqual(['region']);
    expect(m.skipped?.map((s) => s.name)).toEqual(['layers[1]', 'layers[2]', 'layers[3]']);
    expect(m.skipped?.every((s) => s.layerId === undefined)).toBe(true);
  });

  it('skips an entry whose source description is broken, saying which field', () => {
    const m = parseManifest(manifest([entry('region'), { ...entry('villo'), source: { name: 'x' } }]), base);
    expect(m.layers.map((l) => l.id)).toEqual(['region']);
    expect(m.skipped?.[0]).toMatchObject({ name: 'villo', layerId: 'villo', reason: 'villo.source.publisher: expected a string' });
  });

  it('keeps the first of two entries for the same layer', () => {
    const m = parseManifest(manifest([entry('region'), entry('region', 'other.fgb')]), base);
    expect(m.layers).toHaveLength(1);
    expect(m.layers[0]?.file).toBe('region.fgb');
    expect(m.skipped?.[0]).toMatchObject({ name: 'region', reason: expect.stringMatching(/duplicate/) });
  });

  it('still skips layers of a newer pipeline silently', () => {
    const m = parseManifest(manifest([entry('region'), entry('future-layer', '../bad')]), base);
    expect(m.layers.map((l) => l.id)).toEqual(['region']);
    expect(m.skipped ?? []).toEqual([]);
  });

  it('skips a bad basemap entry by its name and keeps the other archives', () => {
    const bm = (name: string, file = `basemap/${name}.pmtiles`) => ({ name, file, sourceLayer: name, source });
    const m = parseManifest(manifest([entry('region')], [bm('water'), bm('green', '%2e%2e/green.pmtiles'), { file: 'basemap/x.pmtiles' }]), base);
    expect(m.basemap?.map((b) => b.name)).toEqual(['water']);
    expect(m.skipped?.map((s) => [s.section, s.name])).toEqual([
      ['basemap', 'green'],
      ['basemap', 'basemap[2]'],
    ]);
  });

  it('still refuses a manifest whose overall shape is wrong', () => {
    expect(() => parseManifest(null, base)).toThrow(ManifestError);
    expect(() => parseManifest({ version: 2, layers: [] }, base)).toThrow(/version/);
    expect(() => parseManifest({ version: 1, layers: {} }, base)).toThrow(/layers/);
  });
});

describe('parseManifest: file paths stay under geodata/', () => {
  const hostile = [' http://evil.example/x.fgb', 'a\\..\\..\\x.fgb', '\t//evil.example/x.fgb', '%2e%2e/x.fgb', '%2E%2E/%2e%2e/x.fgb', 'basemap/%2e%2e/x.fgb', '//evil.example/x.fgb', '../x.fgb', '/x.fgb', 'https://evil.example/x.fgb'];
  for (const file of hostile)
    it(`skips ${JSON.stringify(file)}`, () => {
      const m = parseManifest(manifest([entry('region'), entry('villo', file)]), base);
      expect(m.layers.map((l) => l.id)).toEqual(['region']);
      expect(m.skipped?.[0]).toMatchObject({ layerId: 'villo', reason: expect.stringMatching(/^villo\.file: /) });
    });
});

describe('parseManifest: repair counts', () => {
  it('keeps well-formed repair counts per kind and drops malformed ones without skipping the layer', () => {
    const repairs = { byKind: { 'unusable-coordinates': 1, 'self-intersection': 3 }, examples: ['stops.geojson feature 2: dropped'] };
    const m = parseManifest(manifest([{ ...entry('region'), repairs }, { ...entry('villo'), repairs: { byKind: { x: 'many' }, examples: 'no' } }]), base);
    expect(m.layers[0]?.repairs).toEqual(repairs);
    expect(m.layers[1]?.id).toBe('villo');
    expect(m.layers[1]?.repairs).toBeUndefined();
  });
});

describe('parseManifest: planner entry', () => {
  it('keeps the planner file and its source, and accepts the planner layers', () => {
    const m = parseManifest({ ...manifest([entry('region'), entry('sectors'), entry('land-losses')]), planner: { file: 'planner.json', source } }, base);
    expect(m.planner).toEqual({ file: 'planner.json', source });
    expect(m.layers.map((l) => l.id)).toEqual(['region', 'sectors', 'land-losses']);
    expect(m.skipped).toBeUndefined();
  });

  it('reads a manifest of an older build without a planner entry', () => {
    expect(parseManifest(manifest([entry('region')]), base).planner).toBeUndefined();
  });

  it('skips a broken planner entry, saying which field, and keeps the layers', () => {
    for (const [planner, reason] of [
      [{ file: '../planner.json', source }, /^planner\.file: must be a path inside geodata\//],
      [{ file: 'planner.json', source: { name: 'x' } }, /^planner\.source\.publisher: expected a string/],
      ['planner.json', /^planner: expected an object/],
    ] as const) {
      const m = parseManifest({ ...manifest([entry('region')]), planner }, base);
      expect(m.planner).toBeUndefined();
      expect(m.layers.map((l) => l.id)).toEqual(['region']);
      expect(m.skipped).toEqual([{ section: 'planner', name: 'planner', reason: expect.stringMatching(reason) }]);
    }
  });
});

describe('parseManifest: access entry', () => {
  it('keeps the access file and its source beside the planner entry', () => {
    const m = parseManifest({ ...manifest([entry('region'), entry('sites')]), planner: { file: 'planner.json', source }, access: { file: 'access-reach.json', source } }, base);
    expect(m.access).toEqual({ file: 'access-reach.json', source });
    expect(m.planner).toEqual({ file: 'planner.json', source });
    expect(m.skipped).toBeUndefined();
  });

  it('reads a manifest of an older build without an access entry', () => {
    const m = parseManifest({ ...manifest([entry('region')]), planner: { file: 'planner.json', source } }, base);
    expect(m.access).toBeUndefined();
    expect(m.skipped).toBeUndefined();
  });

  it('skips a broken access entry, saying which field, and keeps the layers and the planner', () => {
    for (const [access, reason] of [
      [{ file: 'https://evil.example/access-reach.json', source }, /^access\.file: must be a path inside geodata\//],
      [{ file: 'access-reach.json', source: { name: 'x' } }, /^access\.source\.publisher: expected a string/],
      [{ source }, /^access\.file: expected a string/],
      [['access-reach.json'], /^access: expected an object/],
    ] as const) {
      const m = parseManifest({ ...manifest([entry('region')]), planner: { file: 'planner.json', source }, access }, base);
      expect(m.access).toBeUndefined();
      expect(m.planner?.file).toBe('planner.json');
      expect(m.layers.map((l) => l.id)).toEqual(['region']);
      expect(m.skipped).toEqual([{ section: 'access', name: 'access', reason: expect.stringMatching(reason) }]);
    }
  });

  it('skips a broken planner and a broken access entry each on its own', () => {
    const m = parseManifest({ ...manifest([entry('region')]), planner: 'x', access: 'y' }, base);
    expect(m.planner).toBeUndefined();
    expect(m.access).toBeUndefined();
    expect(m.skipped?.map((s) => s.section)).toEqual(['planner', 'access']);
  });
});
