/** Writing layers: Lambert 72 features to WGS84 FlatGeobuf files with one consistent column schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { projectGeometry, toWgs84 } from '../../src/core/geo/proj.ts';
import type { LayerId, ManifestLayer } from '../../src/core/types.ts';
import { PipelineError } from './errors.ts';
import type { L72Feature } from './layers.ts';
import { geometriesBbox } from '../../src/core/geo/bbox.ts';

type Value = string | number | boolean;

/** Rounds degrees to 7 decimals (about 1 cm), enough for plots and half the file size of full doubles. */
const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;
const toWgs84Rounded = (p: Position): Position => toWgs84(p).map(round7);

/** Gives every feature the same keys and value types (FlatGeobuf columns come from the first feature). */
export function unifyProperties(features: L72Feature[]): L72Feature[] {
  const schema = new Map<string, Value>();
  for (const f of features) {
    for (const [k, v] of Object.entries(f.properties)) {
      if (!schema.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) schema.set(k, typeof v === 'string' ? '' : typeof v === 'number' ? 0 : false);
    }
  }
  return features.map((f) => {
    const properties: Record<string, Value> = {};
    for (const [k, empty] of schema) {
      const v = f.properties[k];
      properties[k] = typeof v === typeof empty ? (v as Value) : empty;
    }
    return { ...f, properties };
  });
}

/** Geometry type of a layer for the manifest ('Mixed' when it holds several). */
function layerGeometryType(features: L72Feature[]): ManifestLayer['geometryType'] {
  const types = new Set(features.map((f) => f.geometry.type));
  if (types.size === 1) return [...types][0] as ManifestLayer['geometryType'];
  if ([...types].every((t) => t === 'Polygon' || t === 'MultiPolygon')) return 'MultiPolygon';
  if ([...types].every((t) => t === 'LineString' || t === 'MultiLineString')) return 'MultiLineString';
  return 'Mixed';
}

/**
 * Polygon layers become all-MultiPolygon so GIS tools see one type. Single-part MultiLineStrings become
 * LineStrings instead: flatgeobuf's writer omits their part ends, which GDAL 3.6 cannot read.
 */
function promote(g: Geometry, type: ManifestLayer['geometryType']): Geometry {
  if (type === 'MultiPolygon' && g.type === 'Polygon') return { type: 'MultiPolygon', coordinates: [g.coordinates] };
  if (g.type === 'MultiLineString' && g.coordinates.length === 1) return { type: 'LineString', coordinates: g.coordinates[0]! };
  return g;
}

/** Writes one layer as `<dir>/<id>.fgb` (WGS84) and returns its manifest entry without the source part. */
export function writeLayer(dir: string, id: LayerId, features: L72Feature[]): Omit<ManifestLayer, 'source' | 'attribution'> {
  if (features.length === 0) throw new PipelineError(`layer ${id}`, 'no features: the layer is empty, check its source file and filters');
  const geometryType = layerGeometryType(features);
  // A layer mixing Polygon and MultiPolygon is written as MultiPolygon so GIS tools see one type.
  const wgs = unifyProperties(features).map((f) => ({ ...f, geometry: promote(projectGeometry(f.geometry as Geometry, toWgs84Rounded), geometryType) }));
  const fc: FeatureCollection = { type: 'FeatureCollection', features: wgs };
  const bytes = serialize(fc, 4326);
  const file = `${id}.fgb`;
  writeFileSync(join(dir, file), bytes);
  const bbox = (geometriesBbox(wgs.map((f) => f.geometry)) ?? [0, 0, 0, 0]).map(round7) as [number, number, number, number];
  return { id, file, features: wgs.length, geometryType, bbox, crs: 'EPSG:4326' };
}
