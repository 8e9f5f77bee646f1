/**
 * Builders of the main layers from the mirror's sources, in Lambert 72 metres, with clean, typed
 * properties (context layers in `contextLayers.ts`). Each filters with `layerReads` and marks its
 * features `derivedFrom` their source, for the per-layer repair report.
 */
import { join } from 'node:path';
import union from '@turf/union';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import type { Feature, Geometry, Point } from 'geojson';
import { isFinitePosition } from '../../src/core/geo/bbox.ts';
import { toLambert72 } from '../../src/core/geo/proj.ts';
import type { SiteLanduse } from '../../src/core/types.ts';
import { PipelineError } from './errors.ts';
import { hexColour, isLinear, isPolygonal, layerReads, str, type L72Feature, type Polygonal, type Props, type RawFeature } from './layerReads.ts';
import { loadGeoJsonL72, validateFeatures } from './load.ts';
import { readCsv, readGeoPackage } from './readers.ts';
import { Region } from './region.ts';
import { derivedFrom, featureLabel, type RepairBook } from './repairs.ts';
import { inputFiles } from './sources.ts';

export type { L72Feature, RawFeature } from './layerReads.ts';
export { siteLanduseClasses } from './layerReads.ts';
export * from './contextLayers.ts';

/** Reads a Lambert 72 GeoPackage of the mirror into validated features; names the file when its CRS is another. */
async function readGpkgL72(sourceDir: string, rel: string, book: RepairBook): Promise<RawFeature[]> {
  const { srsId, features } = await readGeoPackage(join(sourceDir, rel));
  if (srsId !== 31370) throw new PipelineError(rel, `unknown coordinate reference system EPSG:${srsId}; expected Belgian Lambert 72 (EPSG:31370)`);
  return validateFeatures(rel, features as RawFeature[], book);
}

/** Reads the region outline (GeoPackage, Lambert 72). */
export async function buildRegion(sourceDir: string, book: RepairBook): Promise<Region> {
  const rel = inputFiles.region;
  const valid = (await readGpkgL72(sourceDir, rel, book)).filter((f) => isPolygonal(f.geometry));
  if (valid.length === 0) throw new PipelineError(rel, 'no polygon: expected the region outline');
  const geometry = valid.length === 1 ? (valid[0]!.geometry as Polygonal) : union(featureCollection(valid.map((f) => turfFeature(f.geometry as Polygonal))))!.geometry;
  return new Region(geometry);
}

/** Reads the Statbel statistical sectors (Lambert 72), checking each one's NIS code; the communes and the planner's sectors are made from them. */
export async function readSectors(sourceDir: string, book: RepairBook): Promise<RawFeature[]> {
  const rel = inputFiles.sectors;
  const sectors = await readGpkgL72(sourceDir, rel, book);
  sectors.forEach((f, i) => {
    const nis = str(f.properties.cd_munty_refnis);
    if (!/^\d{5}$/.test(nis)) throw new PipelineError(rel, `expected a 5-digit NIS code in cd_munty_refnis, found '${nis}'`, i);
  });
  return sectors;
}

/** Dissolves the Statbel statistical sectors on their NIS code into the 19 municipalities, cut to the region. */
export function buildCommunes(sectors: RawFeature[], region: Region): L72Feature<Polygonal>[] {
  const groups = new Map<string, { nameFr: string; nameNl: string; parts: Feature<Polygonal>[] }>();
  for (const f of sectors) {
    const p = f.properties;
    const nis = str(p.cd_munty_refnis);
    if (!isPolygonal(f.geometry)) continue;
    const g = groups.get(nis) ?? { nameFr: str(p.tx_munty_descr_fr), nameNl: str(p.tx_munty_descr_nl), parts: [] };
    g.parts.push(turfFeature(f.geometry));
    groups.set(nis, g);
  }
  const out: L72Feature<Polygonal>[] = [];
  for (const [nis, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const merged = g.parts.length === 1 ? g.parts[0]! : union(featureCollection(g.parts));
    const clipped = merged ? region.clip(merged.geometry) : null;
    if (!clipped) continue;
    // phacochr shortened two French names; Statbel's official ones are restored here.
    const nameFr = { 21012: 'Molenbeek-Saint-Jean', 21014: 'Saint-Josse-ten-Noode' }[Number(nis)] ?? g.nameFr;
    out.push({ type: 'Feature', geometry: clipped, properties: { nis, nameFr, nameNl: g.nameNl } });
  }
  return out;
}

/** OSM land use polygons of the given classes, cut to the region. */
export function landuseInRegion(all: RawFeature[], classes: readonly string[], region: Region): RawFeature<Polygonal>[] {
  const out: RawFeature<Polygonal>[] = [];
  for (const f of all) {
    if (!classes.includes(str(f.properties.landuse)) || !isPolygonal(f.geometry)) continue;
    const clipped = region.clip(f.geometry);
    if (clipped) out.push({ ...f, geometry: clipped });
  }
  return out;
}

/** FNV-1a hash of a string, as 8 hex digits: stable ids from content, not from row order. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A stable id from a polygon's rounded coordinates (metres): the same polygon keeps its id across builds. */
export function geometryKey(g: Geometry): string {
  return fnv1a(JSON.stringify(g, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)));
}

/** Id prefix per land-use class: the names of the former site kinds, kept so that ids (and saved shortlists) stay stable. */
const idPrefixOf: Record<SiteLanduse, string> = { brownfield: 'vacant', greenfield: 'vacant', industrial: 'productive', construction: 'in-transition' };

/** A candidate site before metrics: id, land-use class, name, and every OSM tag of its polygon (for the status rules). */
export interface SiteShapeProps {
  siteId: string;
  landuse: SiteLanduse;
  name: string;
  tags: Props;
}

/** Candidate sites from land use already cut to the region (brownfield, greenfield, industrial, construction), ids from the geometry. */
export function buildSiteShapes(candidateLand: RawFeature<Polygonal>[]): Feature<Polygonal, SiteShapeProps>[] {
  const seen = new Map<string, number>();
  return candidateLand.map((f) => {
    const landuse = str(f.properties.landuse) as SiteLanduse;
    let id = `${idPrefixOf[landuse]}-${geometryKey(f.geometry)}`;
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (n > 0) id += `-${n}`;
    const name = str(f.properties.name) || str(f.properties['name:fr']) || str(f.properties['name:nl']);
    return { type: 'Feature', geometry: f.geometry, properties: { siteId: id, landuse, name, tags: f.properties } };
  });
}

/** STIB stops with lines and modes, within the buffer of the region. */
export function buildStops(sourceDir: string, region: Region, bufferM: number, book: RepairBook): L72Feature<Point>[] {
  return loadGeoJsonL72(sourceDir, inputFiles.stops, book)
    .filter((f) => layerReads['transit-stops'].wants(f.properties) && f.geometry.type === 'Point' && region.near(f.geometry, bufferM))
    .map((f) => {
      const p = f.properties;
      const lines = Array.isArray(p.lines) ? p.lines.map(str).filter(Boolean) : [];
      const modes = Array.isArray(p.modes) ? p.modes.map(str).filter((m) => m === 'metro' || m === 'tram' || m === 'bus') : [];
      return {
        type: 'Feature',
        geometry: f.geometry as Point,
        properties: derivedFrom({
          stopId: str(p.stop_id),
          nameFr: str(p.name_fr),
          nameNl: str(p.name_nl) || str(p.name_fr),
          lines: lines.join(','),
          modes: modes.join(','),
          hasMetro: modes.includes('metro'),
          hasTram: modes.includes('tram'),
          hasBus: modes.includes('bus'),
        }, p),
      };
    });
}

/** Public transport route relations (OSM) near the region, with ref, colour and mode. */
export function buildTransitLines(sourceDir: string, region: Region, bufferM: number, book: RepairBook): L72Feature[] {
  return loadGeoJsonL72(sourceDir, inputFiles.ptRoutes, book)
    .filter((f) => layerReads['transit-lines'].wants(f.properties) && isLinear(f.geometry) && region.near(f.geometry, bufferM))
    .map((f) => {
      const p = f.properties;
      const colour = hexColour(p.colour, '#888888').toUpperCase();
      return { ...f, properties: derivedFrom({ ref: str(p.ref), colour, route: str(p.route) || 'bus', name: str(p.name), operator: str(p.operator) }, p) };
    });
}

/** Parses iRail's counts, where '.' separates thousands ("58.344" is 58,344); -1 when unknown. */
export function parseBoardings(text: string | undefined): number {
  const t = (text ?? '').trim();
  if (!/^\d{1,3}(\.\d{3})*$/.test(t)) return -1;
  return Number(t.replaceAll('.', ''));
}

/** SNCB stations within the buffer of the region, with names FR/NL and average weekday boardings; rows without usable coordinates are dropped and recorded. */
export function buildRailStations(sourceDir: string, region: Region, bufferM: number, book: RepairBook): L72Feature<Point>[] {
  const rel = inputFiles.stations;
  const rows = readCsv(join(sourceDir, rel));
  const boardings = new Map(readCsv(join(sourceDir, inputFiles.boardings)).map((r) => [r.URI, parseBoardings(r.average_weekday_embarkments)]));
  const out: L72Feature<Point>[] = [];
  rows.forEach((r, i) => {
    const position = [r.longitude?.trim() ? Number(r.longitude) : NaN, r.latitude?.trim() ? Number(r.latitude) : NaN];
    if (!isFinitePosition(position)) {
      const reason = `longitude/latitude '${r.longitude ?? ''}', '${r.latitude ?? ''}' are not numbers (CSV line ${i + 2})`;
      book.record({ file: rel, index: i, label: featureLabel(undefined, r), outcome: 'dropped', kinds: ['unusable-coordinates'], reason, properties: r });
      return;
    }
    const [lon, lat] = position as [number, number];
    if (!layerReads['rail-stations'].wants(r)) return;
    const geometry: Point = { type: 'Point', coordinates: toLambert72([lon, lat]) };
    if (!region.near(geometry, bufferM)) return;
    const name = r.name ?? '';
    out.push({
      type: 'Feature',
      geometry,
      properties: {
        stationId: (r.URI ?? '').split('/').pop() ?? '',
        nameFr: r['alternative-fr'] || name,
        nameNl: r['alternative-nl'] || name,
        boardingsWeekday: boardings.get(r.URI ?? '') ?? -1,
        insideRegion: region.contains(geometry.coordinates),
      },
    });
  });
  return out;
}

