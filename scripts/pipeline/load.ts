/**
 * Loading source layers into Lambert 72 with validation. Per feature, in this order: coordinates
 * checked (unusable ones dropped), CRS decided by the bulk of the file (outliers dropped), projection,
 * geometry repair. Every repair and drop goes into the run's RepairBook, named by file and index.
 */
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { detectCrs, projectGeometry, toLambert72 } from '../../src/core/geo/proj.ts';
import { checkCoordinates, repairCheckedGeometry, repairGeometry, type RepairKind } from '../../src/core/validate.ts';
import { PipelineError } from './errors.ts';
import { readGeoJson } from './readers.ts';
import { featureLabel, kindLabel, type FeatureKind, type RepairBook } from './repairs.ts';

type Props = Record<string, unknown>;

/** A feature as read, with the index it had in its file and the repairs already made to it. */
interface Pending<P> {
  feature: Feature<Geometry | null, P>;
  index: number;
  kinds: RepairKind[];
}

function note<P>(book: RepairBook, file: string, p: Pending<P>, outcome: 'repaired' | 'dropped', kinds: FeatureKind[], reason: string): void {
  const properties = (p.feature.properties ?? {}) as Props;
  book.record({ file, index: p.index, label: featureLabel(p.feature.id, properties), outcome, kinds, reason, properties });
}

/**
 * Repairs features (any planar units) or drops them, recording each in `book`; repairs found earlier
 * (`kinds`) are merged in. `checked`: the coordinates already passed `checkCoordinates`.
 */
function repairAll<P>(file: string, pending: Pending<P>[], book: RepairBook, checked: boolean): Feature<Geometry, P>[] {
  const out: Feature<Geometry, P>[] = [];
  for (const p of pending) {
    const g = p.feature.geometry;
    const r = checked && g ? repairCheckedGeometry(g) : repairGeometry(g);
    if (r.status === 'dropped') {
      note(book, file, p, 'dropped', [r.kind], r.reason);
      continue;
    }
    const kinds = [...new Set([...p.kinds, ...(r.status === 'repaired' ? r.kinds : [])])];
    if (kinds.length) note(book, file, p, 'repaired', kinds, kinds.map(kindLabel).join(', '));
    // The properties object is kept as it is: the repair report finds features by it.
    out.push({ type: 'Feature', properties: p.feature.properties, geometry: r.geometry });
  }
  return out;
}

/** Validates features already in Lambert 72 (GeoPackages): repairs what it can, drops the rest, recording file and feature index. */
export function validateFeatures<P>(file: string, features: Feature<Geometry | null, P>[], book: RepairBook): Feature<Geometry, P>[] {
  return repairAll(file, features.map((feature, index) => ({ feature, index, kinds: [] })), book, false);
}

/**
 * Brings a parsed GeoJSON collection to validated Lambert 72 features. Features with unusable
 * coordinates and CRS outliers are dropped and recorded; a file whose CRS cannot be decided fails,
 * naming the file.
 */
export function collectionToLambert72(file: string, fc: FeatureCollection, book: RepairBook): Feature<Geometry, Props>[] {
  const usable: Pending<Props>[] = [];
  fc.features.forEach((feature, index) => {
    const p: Pending<Props> = { feature: feature as Feature<Geometry | null, Props>, index, kinds: [] };
    const c = checkCoordinates(feature.geometry);
    if (c.status === 'dropped') return note(book, file, p, 'dropped', [c.kind], c.reason);
    if (c.status === 'repaired') usable.push({ ...p, feature: { ...p.feature, geometry: c.geometry }, kinds: c.kinds });
    else usable.push(p);
  });
  const crs = (fc as { crs?: unknown }).crs;
  const d = detectCrs({ type: 'FeatureCollection', crs, features: usable.map((p) => p.feature) } as FeatureCollection);
  if (!d.ok) throw new PipelineError(file, `unknown coordinate reference system: ${d.error}; expected WGS84 (EPSG:4326) or Belgian Lambert 72 (EPSG:31370)`);
  const outliers = new Map(d.outliers.map((o) => [o.index, o]));
  const kept: Pending<Props>[] = [];
  usable.forEach((p, i) => {
    const o = outliers.get(i);
    if (o) note(book, file, p, 'dropped', [o.kind], o.reason);
    else if (d.crs === 'EPSG:31370' || !p.feature.geometry) kept.push(p);
    else kept.push({ ...p, feature: { ...p.feature, geometry: projectGeometry(p.feature.geometry, toLambert72) } });
  });
  return repairAll(file, kept, book, true);
}

/** Reads a GeoJSON file of the mirror into validated Lambert 72 features. */
export function loadGeoJsonL72(sourceDir: string, relPath: string, book: RepairBook): Feature<Geometry, Props>[] {
  return collectionToLambert72(relPath, readGeoJson(join(sourceDir, relPath)), book);
}
