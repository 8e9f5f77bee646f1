/** Validation of `geodata/manifest.json`: the app trusts nothing it did not check. */
import { layerIds, type LayerSource, type Manifest, type ManifestLayer } from '../core/types.ts';

/** Thrown when the manifest does not have the expected shape; the message says where. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string, where: string): string => {
  const v = o[k];
  if (typeof v !== 'string') throw new ManifestError(`${where}.${k}: expected a string`);
  return v;
};

function parseSource(v: unknown, where: string): LayerSource {
  if (!isObj(v)) throw new ManifestError(`${where}: expected an object`);
  const files = Array.isArray(v.files) ? v.files.filter((f): f is string => typeof f === 'string') : [];
  const src: LayerSource = { name: str(v, 'name', where), publisher: str(v, 'publisher', where), licence: str(v, 'licence', where), date: str(v, 'date', where), files };
  if (typeof v.note === 'string') src.note = v.note;
  return src;
}

const geometryTypes = ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'Mixed'];

function parseLayer(v: unknown, i: number): ManifestLayer | undefined {
  const where = `layers[${i}]`;
  if (!isObj(v)) throw new ManifestError(`${where}: expected an object`);
  const id = str(v, 'id', where);
  if (!(layerIds as readonly string[]).includes(id)) return undefined; // a newer pipeline's layer: skip, do not fail
  const file = str(v, 'file', where);
  if (file.includes('..') || file.startsWith('/') || /^[a-z]+:/i.test(file)) throw new ManifestError(`${where}.file: must be a relative path`);
  const okBbox = Array.isArray(v.bbox) && v.bbox.length === 4 && v.bbox.every((n) => typeof n === 'number' && Number.isFinite(n));
  const bbox: ManifestLayer['bbox'] = okBbox ? (v.bbox as ManifestLayer['bbox']) : [0, 0, 0, 0];
  const gt = typeof v.geometryType === 'string' && geometryTypes.includes(v.geometryType) ? (v.geometryType as ManifestLayer['geometryType']) : 'Mixed';
  const layer: ManifestLayer = {
    id: id as ManifestLayer['id'],
    file,
    features: typeof v.features === 'number' ? v.features : 0,
    geometryType: gt,
    bbox,
    crs: 'EPSG:4326',
    source: parseSource(v.source, `${where}.source`),
    attribution: typeof v.attribution === 'string' ? v.attribution : '',
  };
  if (typeof v.repaired === 'number') layer.repaired = v.repaired;
  if (typeof v.dropped === 'number') layer.dropped = v.dropped;
  return layer;
}

/** Checked manifest from parsed JSON; throws ManifestError naming the first bad field. */
export function parseManifest(json: unknown): Manifest {
  if (!isObj(json)) throw new ManifestError('manifest: expected an object');
  if (json.version !== 1) throw new ManifestError(`manifest.version: expected 1, got ${JSON.stringify(json.version)}`);
  if (!Array.isArray(json.layers)) throw new ManifestError('manifest.layers: expected an array');
  const layers = json.layers.map(parseLayer).filter((l): l is ManifestLayer => l !== undefined);
  const m: Manifest = {
    version: 1,
    builtAt: typeof json.builtAt === 'string' ? json.builtAt : '',
    sourceDir: typeof json.sourceDir === 'string' ? json.sourceDir : '',
    inputsHash: typeof json.inputsHash === 'string' ? json.inputsHash : '',
    layers,
  };
  if (Array.isArray(json.basemap)) {
    m.basemap = json.basemap.flatMap((b, i) => {
      const where = `basemap[${i}]`;
      if (!isObj(b)) return [];
      const file = str(b, 'file', where);
      if (file.includes('..') || file.startsWith('/') || /^[a-z]+:/i.test(file)) throw new ManifestError(`${where}.file: must be a relative path`);
      return [{ name: str(b, 'name', where), file, sourceLayer: str(b, 'sourceLayer', where), source: parseSource(b.source, `${where}.source`) }];
    });
  }
  return m;
}
