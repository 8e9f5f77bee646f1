/** GeoJSON (or plain JSON) files: a FeatureCollection, one Feature, a bare geometry or an array of features. */
import type { Feature, Geometry } from 'geojson';
import { crsFromGeoJsonMember } from '../../core/usersites/crs.ts';
import { ImportError } from '../../core/usersites/types.ts';
import { decodeText, reasonOf, type RawRead } from './common.ts';

const geometryTypes = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A feature-like value as a Feature (a geometry member that is not an object counts as none). */
function asFeature(v: unknown): Feature<Geometry | null, Record<string, unknown> | null> {
  if (!isObject(v)) return { type: 'Feature', geometry: null, properties: null };
  if (v['type'] !== 'Feature' && typeof v['type'] === 'string' && geometryTypes.has(v['type'])) {
    return { type: 'Feature', geometry: v as unknown as Geometry, properties: null };
  }
  const g = v['geometry'];
  const p = v['properties'];
  return {
    type: 'Feature',
    geometry: isObject(g) && typeof g['type'] === 'string' ? (g as unknown as Geometry) : null,
    properties: isObject(p) ? p : null,
  };
}

/** Reads GeoJSON bytes; throws `ImportError` ('empty', 'unreadable', 'not-spatial', 'unknown-format') naming the file. */
export function readGeoJson(bytes: Uint8Array, file: string): RawRead {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError('empty', file, `${file}: the file is empty`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError('unreadable', file, `${file}: not valid JSON (${reasonOf(e)})`);
  }
  let items: unknown[];
  let crsMember: unknown;
  if (Array.isArray(json)) items = json;
  else if (isObject(json) && json['type'] === 'FeatureCollection') {
    if (!Array.isArray(json['features'])) throw new ImportError('unreadable', file, `${file}: a FeatureCollection without a "features" array`);
    items = json['features'];
    crsMember = json['crs'];
  } else if (isObject(json) && (json['type'] === 'Feature' || (typeof json['type'] === 'string' && geometryTypes.has(json['type'])))) {
    items = [json];
    crsMember = json['crs'];
  } else if (isObject(json) && json['type'] === 'Topology') {
    throw new ImportError('unknown-format', file, `${file}: TopoJSON is not read; convert it to GeoJSON first`);
  } else {
    throw new ImportError('not-spatial', file, `${file}: JSON without geometries (no GeoJSON FeatureCollection, Feature or geometry)`);
  }
  if (items.length === 0) throw new ImportError('empty', file, `${file}: the FeatureCollection has no features`);
  const features = items.map(asFeature);
  if (features.every((f) => f.geometry === null)) {
    throw new ImportError('not-spatial', file, `${file}: none of its ${features.length} features has a geometry`);
  }
  return { format: 'geojson', features, declared: crsFromGeoJsonMember(crsMember) };
}
