/**
 * Export of the productive-zones layer (OSM industrial land use) as CSV or GeoJSON. The layer's source and
 * licence go into every row: ODbL asks for attribution wherever the data travels, and a CSV has no other place.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerSource } from '../types';
import { toCsv, type CsvCell, type CsvOptions } from './csv';
import { dayStamp, roundGeometry, slugify, type ExportExt, type ExportProperties, type ExportValue } from './sites';

/** Options of {@link zonesToGeoJson}. */
export const defaultZonesExportOptions = {
  /** Decimals kept in coordinates (7 ≈ 1 cm, as for sites). */
  coordinateDecimals: 7,
};

type Props = Record<string, unknown> | null;
const str = (v: unknown): ExportValue => (typeof v === 'string' ? v : null);
const num = (v: unknown): ExportValue => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Columns of a zone export: the zone's own properties, then the source of the layer (the same in every row). */
function zoneColumns(source: LayerSource | undefined): { name: string; value: (p: Props) => ExportValue }[] {
  return [
    { name: 'zone_id', value: (p) => str(p?.zoneId) },
    { name: 'name', value: (p) => str(p?.name) },
    { name: 'area_m2', value: (p) => num(p?.areaM2) },
    { name: 'source', value: () => source?.name ?? null },
    { name: 'publisher', value: () => source?.publisher ?? null },
    { name: 'licence', value: () => source?.licence ?? null },
    { name: 'source_date', value: () => source?.date ?? null },
  ];
}

/** The zones as CSV text (header, then one row per zone in layer order). */
export function zonesToCsv(zones: FeatureCollection, source: LayerSource | undefined, options: Partial<CsvOptions> = {}): string {
  const columns = zoneColumns(source);
  const rows: CsvCell[][] = [columns.map((c) => c.name)];
  for (const f of zones.features) rows.push(columns.map((c) => c.value(f.properties)));
  return toCsv(rows, options);
}

/** The zones as an RFC 7946 FeatureCollection with the CSV's columns as properties and rounded coordinates. */
export function zonesToGeoJson(
  zones: FeatureCollection,
  source: LayerSource | undefined,
  options: Partial<typeof defaultZonesExportOptions> = {},
): FeatureCollection<Geometry, ExportProperties> {
  const { coordinateDecimals } = { ...defaultZonesExportOptions, ...options };
  const columns = zoneColumns(source);
  const features = zones.features.map((f): Feature<Geometry, ExportProperties> => {
    const properties: ExportProperties = {};
    for (const c of columns) properties[c.name] = c.value(f.properties);
    const id = properties.zone_id;
    return { type: 'Feature', ...(typeof id === 'string' ? { id } : {}), geometry: roundGeometry(f.geometry, coordinateDecimals), properties };
  });
  return { type: 'FeatureCollection', features };
}

/** Name of a layer export file, e.g. `brussels-productive-zones-2026-11-30.csv`. */
export function layerFileName(layerId: string, date: Date, ext: ExportExt): string {
  return `brussels-${slugify(layerId, '-') || 'layer'}-${dayStamp(date)}.${ext}`;
}
