/** Loading source layers into Lambert 72 with validation: every repair and drop is counted and named. */
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { featureCollectionToLambert72 } from '../../src/core/geo/proj.ts';
import { repairGeometry } from '../../src/core/validate.ts';
import { PipelineError } from './errors.ts';
import { readGeoJson } from './readers.ts';

/** Counts of what validation changed, with a few named examples for the log. */
export interface RepairLog {
  repaired: number;
  dropped: number;
  examples: string[];
}

/** A fresh, empty repair log. */
export function newRepairLog(): RepairLog {
  return { repaired: 0, dropped: 0, examples: [] };
}

/** Repair logs by source file (relative to the mirror), filled as files are read. */
export type RepairLogs = Map<string, RepairLog>;

/** The log of one source file in `logs`, created on first use. */
export function logFor(logs: RepairLogs, relPath: string): RepairLog {
  let log = logs.get(relPath);
  if (!log) logs.set(relPath, (log = newRepairLog()));
  return log;
}

/** Validates features in place of a copy: repairs what it can, drops the rest, logging file and feature index. */
export function validateFeatures<P>(file: string, features: Feature<Geometry | null, P>[], log: RepairLog): Feature<Geometry, P>[] {
  const out: Feature<Geometry, P>[] = [];
  features.forEach((f, i) => {
    const r = repairGeometry(f.geometry);
    if (r.status === 'dropped') {
      log.dropped++;
      if (log.examples.length < 5) log.examples.push(`${file} feature ${i}: dropped (${r.reason})`);
      return;
    }
    if (r.status === 'repaired') {
      log.repaired++;
      if (log.examples.length < 5) log.examples.push(`${file} feature ${i}: repaired (${r.reason})`);
    }
    out.push({ type: 'Feature', properties: f.properties, geometry: r.geometry });
  });
  return out;
}

/** Brings a parsed collection to Lambert 72 metres; names the file when its CRS is unknown. */
export function collectionToLambert72(file: string, fc: FeatureCollection): FeatureCollection {
  try {
    return featureCollectionToLambert72(fc);
  } catch (e) {
    throw new PipelineError(file, `unknown coordinate reference system: ${(e as Error).message}; expected WGS84 (EPSG:4326) or Belgian Lambert 72 (EPSG:31370)`);
  }
}

/** Reads a GeoJSON file of the mirror into validated Lambert 72 features. */
export function loadGeoJsonL72(sourceDir: string, relPath: string, logs: RepairLogs): Feature<Geometry, Record<string, unknown>>[] {
  const file = join(sourceDir, relPath);
  const fc = collectionToLambert72(relPath, readGeoJson(file));
  return validateFeatures(relPath, fc.features as Feature<Geometry | null, Record<string, unknown>>[], logFor(logs, relPath));
}
