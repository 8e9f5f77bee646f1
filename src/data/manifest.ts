/**
 * Validation of `geodata/manifest.json`: the app trusts nothing it did not check. A bad entry is
 * skipped and reported (the rest still loads); only a manifest whose overall shape is wrong is refused.
 */
import { layerIds, type LayerId, type LayerSource, type Manifest, type ManifestLayer } from '../core/types.ts';
import { resolveGeodataPath } from './paths.ts';

/** Thrown when the manifest does not have the expected shape; the message says where. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** A manifest entry left out, and why. */
export interface SkippedEntry {
  section: 'layers' | 'basemap' | 'planner' | 'access';
  /** The entry's layer id or archive name, or its place (`layers[12]`) when it has no usable one. */
  name: string;
  /** Set when the entry names a layer this app knows, so its row can say it was skipped. */
  layerId?: LayerId;
  /** Technical reason naming the field, e.g. `canal.file: outside /geodata/ (got "…")`. */
  reason: string;
}

/** A basemap archive the map could not read and left out. */
export interface BasemapFailure {
  name: string;
  /** The archive's path under geodata/, e.g. `basemap/water.pmtiles`. */
  file: string;
  message: string;
}

/** A checked manifest with the entries that were left out. */
export type CheckedManifest = Manifest & { skipped?: readonly SkippedEntry[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string, where: string): string => {
  const v = o[k];
  if (typeof v !== 'string') throw new ManifestError(`${where}.${k}: expected a string`);
  return v;
};
/** The value as shown in a message: quoted, escaped, cut short. */
const shown = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

function filePath(o: Obj, where: string, base: string): string {
  const file = str(o, 'file', where);
  const r = resolveGeodataPath(file, base);
  if (!r.ok) throw new ManifestError(`${where}.file: must be a path inside geodata/ (${r.why}; got ${shown(file)})`);
  return file;
}

function parseSource(v: unknown, where: string): LayerSource {
  if (!isObj(v)) throw new ManifestError(`${where}: expected an object`);
  const files = Array.isArray(v.files) ? v.files.filter((f): f is string => typeof f === 'string') : [];
  const src: LayerSource = { name: str(v, 'name', where), publisher: str(v, 'publisher', where), licence: str(v, 'licence', where), date: str(v, 'date', where), files };
  if (typeof v.note === 'string') src.note = v.note;
  return src;
}

const geometryTypes = ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'Mixed'];
const isLayerId = (v: unknown): v is LayerId => typeof v === 'string' && (layerIds as readonly string[]).includes(v);

function parseLayer(v: Obj, id: LayerId, base: string): ManifestLayer {
  const file = filePath(v, id, base);
  const okBbox = Array.isArray(v.bbox) && v.bbox.length === 4 && v.bbox.every((n) => typeof n === 'number' && Number.isFinite(n));
  const bbox: ManifestLayer['bbox'] = okBbox ? (v.bbox as ManifestLayer['bbox']) : [0, 0, 0, 0];
  const gt = typeof v.geometryType === 'string' && geometryTypes.includes(v.geometryType) ? (v.geometryType as ManifestLayer['geometryType']) : 'Mixed';
  const layer: ManifestLayer = {
    id,
    file,
    features: typeof v.features === 'number' ? v.features : 0,
    geometryType: gt,
    bbox,
    crs: 'EPSG:4326',
    source: parseSource(v.source, `${id}.source`),
    attribution: typeof v.attribution === 'string' ? v.attribution : '',
  };
  if (typeof v.repaired === 'number') layer.repaired = v.repaired;
  if (typeof v.dropped === 'number') layer.dropped = v.dropped;
  const repairs = parseRepairs(v.repairs);
  if (repairs) layer.repairs = repairs;
  return layer;
}

/** Repair counts are informative only: malformed ones are dropped, never a reason to skip the layer. */
function parseRepairs(v: unknown): ManifestLayer['repairs'] {
  if (!isObj(v) || !isObj(v.byKind) || !Array.isArray(v.examples)) return undefined;
  const counts = Object.entries(v.byKind);
  if (!counts.every(([, n]) => typeof n === 'number' && Number.isFinite(n)) || !v.examples.every((e) => typeof e === 'string')) return undefined;
  return { byKind: Object.fromEntries(counts) as Record<string, number>, examples: v.examples as string[] };
}

type Basemap = NonNullable<Manifest['basemap']>[number];

function parseBasemap(b: Obj, name: string, base: string): Basemap {
  return { name, file: filePath(b, name, base), sourceLayer: str(b, 'sourceLayer', name), source: parseSource(b.source, `${name}.source`) };
}

/** Run `parse` on each entry; an entry that throws ManifestError is skipped and recorded. */
function entries<T>(list: unknown[], section: SkippedEntry['section'], skipped: SkippedEntry[], nameOf: (v: Obj) => string | undefined, parse: (v: Obj, name: string) => T | undefined): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  list.forEach((v, i) => {
    const named = isObj(v) ? nameOf(v) : undefined;
    const name = named ?? `${section}[${i}]`;
    const skip = (reason: string) => skipped.push({ section, name, ...(section === 'layers' && isLayerId(named) ? { layerId: named } : {}), reason });
    if (!isObj(v)) return skip(`${name}: expected an object`);
    if (named === undefined) return skip(`${name}: no usable ${section === 'layers' ? 'id' : 'name'}`);
    if (seen.has(named)) return skip(`${name}: duplicate entry, the first one is used`);
    try {
      const parsed = parse(v, named);
      if (parsed === undefined) return;
      seen.add(named);
      out.push(parsed);
    } catch (e) {
      if (!(e instanceof ManifestError)) throw e;
      skip(e.message);
    }
  });
  return out;
}

/** An optional `{ file, source }` entry (`planner`, `access`): undefined when absent, or skipped and recorded when broken. */
function dataFile(v: unknown, section: 'planner' | 'access', base: string, skipped: SkippedEntry[]): { file: string; source: LayerSource } | undefined {
  if (v === undefined) return undefined;
  try {
    if (!isObj(v)) throw new ManifestError(`${section}: expected an object`);
    return { file: filePath(v, section, base), source: parseSource(v.source, `${section}.source`) };
  } catch (e) {
    if (!(e instanceof ManifestError)) throw e;
    skipped.push({ section, name: section, reason: e.message });
    return undefined;
  }
}

/** Checked manifest from parsed JSON, file paths resolved against `base` (the geodata directory URL). */
export function parseManifest(json: unknown, base: string): CheckedManifest {
  if (!isObj(json)) throw new ManifestError('manifest: expected an object');
  if (json.version !== 1) throw new ManifestError(`manifest.version: expected 1, got ${JSON.stringify(json.version)}`);
  if (!Array.isArray(json.layers)) throw new ManifestError('manifest.layers: expected an array');
  const skipped: SkippedEntry[] = [];
  const layerName = (v: Obj) => (typeof v.id === 'string' && v.id.trim() !== '' ? v.id : undefined);
  // a newer pipeline's layer is not an error: it is left out silently
  const layers = entries(json.layers, 'layers', skipped, layerName, (v, id) => (isLayerId(id) ? parseLayer(v, id, base) : undefined));
  const m: CheckedManifest = {
    version: 1,
    builtAt: typeof json.builtAt === 'string' ? json.builtAt : '',
    sourceDir: typeof json.sourceDir === 'string' ? json.sourceDir : '',
    inputsHash: typeof json.inputsHash === 'string' ? json.inputsHash : '',
    layers,
  };
  if (Array.isArray(json.basemap)) {
    const bmName = (v: Obj) => (typeof v.name === 'string' && /^[\w-]+$/.test(v.name) ? v.name : undefined);
    m.basemap = entries(json.basemap, 'basemap', skipped, bmName, (v, name) => parseBasemap(v, name, base));
  }
  // Optional data files: an older build has none; a broken entry is skipped and named like a bad layer entry.
  const planner = dataFile(json.planner, 'planner', base, skipped);
  if (planner) m.planner = planner;
  const access = dataFile(json.access, 'access', base, skipped);
  if (access) m.access = access;
  if (skipped.length) m.skipped = skipped;
  return m;
}
