/** Builders of every layer from the mirror's sources, in Lambert 72 metres, with clean, typed properties. */
import { join } from 'node:path';
import union from '@turf/union';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import type { Feature, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { toLambert72 } from '../../src/core/geo/proj.ts';
import { siteLanduses, type SiteLanduse } from '../../src/core/types.ts';
import { PipelineError } from './errors.ts';
import { loadGeoJsonL72, logFor, validateFeatures, type RepairLogs } from './load.ts';
import { readCsv, readGeoPackage } from './readers.ts';
import { Region } from './region.ts';
import { inputFiles } from './sources.ts';

/** A feature in Lambert 72 with flat properties. */
export type L72Feature<G extends Geometry = Geometry> = Feature<G, Record<string, string | number | boolean>>;
type Props = Record<string, unknown>;
/** A source feature in Lambert 72 with its properties as read. */
export type RawFeature<G extends Geometry = Geometry> = Feature<G, Props>;
type Polygonal = Polygon | MultiPolygon;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const isPolygonal = (g: Geometry): g is Polygonal => g.type === 'Polygon' || g.type === 'MultiPolygon';
/** A '#rrggbb' colour from the data, or the fallback. */
const hexColour = (v: unknown, fallback: string): string => (/^#[0-9a-f]{6}$/i.test(str(v)) ? str(v) : fallback);
const isLinear = (g: Geometry): boolean => g.type === 'LineString' || g.type === 'MultiLineString';

/** Reads a Lambert 72 GeoPackage of the mirror into validated features; names the file when its CRS is another. */
async function readGpkgL72(sourceDir: string, rel: string, logs: RepairLogs): Promise<RawFeature[]> {
  const { srsId, features } = await readGeoPackage(join(sourceDir, rel));
  if (srsId !== 31370) throw new PipelineError(rel, `unknown coordinate reference system EPSG:${srsId}; expected Belgian Lambert 72 (EPSG:31370)`);
  return validateFeatures(rel, features as RawFeature[], logFor(logs, rel));
}

/** Reads the region outline (GeoPackage, Lambert 72). */
export async function buildRegion(sourceDir: string, logs: RepairLogs): Promise<Region> {
  const rel = inputFiles.region;
  const valid = (await readGpkgL72(sourceDir, rel, logs)).filter((f) => isPolygonal(f.geometry));
  if (valid.length === 0) throw new PipelineError(rel, 'no polygon: expected the region outline');
  const geometry = valid.length === 1 ? (valid[0]!.geometry as Polygonal) : union(featureCollection(valid.map((f) => turfFeature(f.geometry as Polygonal))))!.geometry;
  return new Region(geometry);
}

/** Dissolves the Statbel statistical sectors on their NIS code into the 19 municipalities, cut to the region. */
export async function buildCommunes(sourceDir: string, region: Region, logs: RepairLogs): Promise<L72Feature<Polygonal>[]> {
  const rel = inputFiles.sectors;
  const sectors = await readGpkgL72(sourceDir, rel, logs);
  const groups = new Map<string, { nameFr: string; nameNl: string; parts: Feature<Polygonal>[] }>();
  sectors.forEach((f, i) => {
    const p = f.properties as Props;
    const nis = str(p.cd_munty_refnis);
    if (!/^\d{5}$/.test(nis)) throw new PipelineError(rel, `expected a 5-digit NIS code in cd_munty_refnis, found '${str(p.cd_munty_refnis)}'`, i);
    if (!isPolygonal(f.geometry)) return;
    const g = groups.get(nis) ?? { nameFr: str(p.tx_munty_descr_fr), nameNl: str(p.tx_munty_descr_nl), parts: [] };
    g.parts.push(turfFeature(f.geometry));
    groups.set(nis, g);
  });
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

/** OSM land-use classes that make candidate sites. */
export const siteLanduseClasses: readonly string[] = siteLanduses;

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
export function buildStops(sourceDir: string, region: Region, bufferM: number, logs: RepairLogs): L72Feature<Point>[] {
  return loadGeoJsonL72(sourceDir, inputFiles.stops, logs)
    .filter((f) => f.geometry.type === 'Point' && region.near(f.geometry, bufferM))
    .map((f) => {
      const p = f.properties;
      const lines = Array.isArray(p.lines) ? p.lines.map(str).filter(Boolean) : [];
      const modes = Array.isArray(p.modes) ? p.modes.map(str).filter((m) => m === 'metro' || m === 'tram' || m === 'bus') : [];
      return {
        type: 'Feature',
        geometry: f.geometry as Point,
        properties: {
          stopId: str(p.stop_id),
          nameFr: str(p.name_fr),
          nameNl: str(p.name_nl) || str(p.name_fr),
          lines: lines.join(','),
          modes: modes.join(','),
          hasMetro: modes.includes('metro'),
          hasTram: modes.includes('tram'),
          hasBus: modes.includes('bus'),
        },
      };
    });
}

/** Public transport route relations (OSM) near the region, with ref, colour and mode. */
export function buildTransitLines(sourceDir: string, region: Region, bufferM: number, logs: RepairLogs): L72Feature[] {
  return loadGeoJsonL72(sourceDir, inputFiles.ptRoutes, logs)
    .filter((f) => isLinear(f.geometry) && region.near(f.geometry, bufferM))
    .map((f) => {
      const p = f.properties;
      const colour = hexColour(p.colour, '#888888').toUpperCase();
      return { ...f, properties: { ref: str(p.ref), colour, route: str(p.route) || 'bus', name: str(p.name), operator: str(p.operator) } };
    });
}

/** Parses iRail's counts, where '.' separates thousands ("58.344" is 58,344); -1 when unknown. */
export function parseBoardings(text: string | undefined): number {
  const t = (text ?? '').trim();
  if (!/^\d{1,3}(\.\d{3})*$/.test(t)) return -1;
  return Number(t.replaceAll('.', ''));
}

/** SNCB stations within the buffer of the region, with names FR/NL and average weekday boardings. */
export function buildRailStations(sourceDir: string, region: Region, bufferM: number): L72Feature<Point>[] {
  const rows = readCsv(join(sourceDir, inputFiles.stations));
  const boardings = new Map(readCsv(join(sourceDir, inputFiles.boardings)).map((r) => [r.URI, parseBoardings(r.average_weekday_embarkments)]));
  const out: L72Feature<Point>[] = [];
  rows.forEach((r, i) => {
    const lon = Number(r.longitude);
    const lat = Number(r.latitude);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new PipelineError(inputFiles.stations, `expected numeric longitude/latitude, found '${r.longitude}', '${r.latitude}'`, i + 2);
    if (r['country-code'] !== 'be') return;
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

/** Freight and industrial track: OSM railway=rail with service=spur, siding or yard. */
export function buildRailSidings(railway: RawFeature[], region: Region, bufferM: number): L72Feature[] {
  return railway
    .filter((f) => str(f.properties.railway) === 'rail' && ['spur', 'siding', 'yard'].includes(str(f.properties.service)) && isLinear(f.geometry) && region.near(f.geometry, bufferM))
    .map((f) => ({ ...f, properties: { service: str(f.properties.service), operator: str(f.properties.operator) } }));
}

const navigableCanal = /charleroi|zeekanaal|maritime|kanaal brussel/i;

/** The canal and its port basins (water=canal areas, and the navigable canals' centre lines). */
export function buildCanal(sourceDir: string, region: Region, bufferM: number, logs: RepairLogs): L72Feature[] {
  return loadGeoJsonL72(sourceDir, inputFiles.water, logs)
    .filter((f) => {
      const p = f.properties;
      const isArea = str(p.water) === 'canal' && isPolygonal(f.geometry);
      const isAxis = str(p.waterway) === 'canal' && navigableCanal.test(str(p.name)) && isLinear(f.geometry);
      return (isArea || isAxis) && region.near(f.geometry, bufferM);
    })
    .map((f) => ({ ...f, properties: { kind: isPolygonal(f.geometry) ? 'water' : 'axis', name: str(f.properties.name) } }));
}

/** Regional cycle routes (ICR), within the buffer of the region. */
export function buildCycleRoutes(sourceDir: string, region: Region, bufferM: number, logs: RepairLogs): L72Feature[] {
  return loadGeoJsonL72(sourceDir, inputFiles.cycleRoutes, logs)
    .filter((f) => isLinear(f.geometry) && region.near(f.geometry, bufferM))
    .map((f) => ({ ...f, properties: { icr: str(f.properties.icr), colour: hexColour(f.properties.colour, '#2E7D32') } }));
}

/** Villo! stations in service, within the buffer of the region. */
export function buildVillo(sourceDir: string, region: Region, bufferM: number, logs: RepairLogs): L72Feature<Point>[] {
  return loadGeoJsonL72(sourceDir, inputFiles.villo, logs)
    .filter((f) => f.geometry.type === 'Point' && str(f.properties.status) !== 'CLOSED' && region.near(f.geometry, bufferM))
    .map((f) => ({
      type: 'Feature',
      geometry: f.geometry as Point,
      properties: { nameFr: str(f.properties.name_fr), nameNl: str(f.properties.name_nl) || str(f.properties.name_fr), stands: Number(f.properties.bike_stand) || 0 },
    }));
}

/** NO2 points: CurieuzenAir 2021 measurements and IRCEL-CELINE station annual means (no-data -9999 skipped). */
export function buildNo2Points(sourceDir: string, region: Region, bufferM: number, logs: RepairLogs): L72Feature<Point>[] {
  const out: L72Feature<Point>[] = [];
  for (const f of loadGeoJsonL72(sourceDir, inputFiles.curieuzenair, logs)) {
    const v = Number(f.properties.no2);
    if (f.geometry.type !== 'Point' || !Number.isFinite(v) || v < 0 || !region.near(f.geometry, bufferM)) continue;
    out.push({ type: 'Feature', geometry: f.geometry, properties: { source: 'curieuzenair', no2UgM3: v, label: `CurieuzenAir ${str(f.properties.cnId)}`, year: 2021 } });
  }
  for (const f of loadGeoJsonL72(sourceDir, inputFiles.irceline, logs)) {
    const v = Number(f.properties.value);
    if (f.geometry.type !== 'Point' || !Number.isFinite(v) || v < 0 || !region.near(f.geometry, bufferM)) continue;
    const year = Number(str(f.properties.year).slice(0, 4)) || 0;
    out.push({ type: 'Feature', geometry: f.geometry, properties: { source: 'irceline', no2UgM3: v, label: `IRCEL-CELINE ${str(f.properties.ab_local_code)}`, year } });
  }
  return out;
}

const roadClass: Record<string, string> = {
  motorway: 'motorway', motorway_link: 'motorway', trunk: 'trunk', trunk_link: 'trunk', primary: 'primary', primary_link: 'primary',
  secondary: 'secondary', secondary_link: 'secondary', tertiary: 'tertiary', tertiary_link: 'tertiary',
};

/** Roads from the 2013 OSM extract: major roads by class and minor streets as 'minor'; `highway` keeps the OSM tag. */
export function buildRoads(sourceDir: string, region: Region, bufferM: number, logs: RepairLogs): L72Feature[] {
  const out: L72Feature[] = [];
  for (const rel of [inputFiles.majorRoads, inputFiles.minorStreets]) {
    for (const f of loadGeoJsonL72(sourceDir, rel, logs)) {
      if (!isLinear(f.geometry) || !region.near(f.geometry, bufferM)) continue;
      const p = f.properties;
      const highway = str(p.highway);
      out.push({ ...f, properties: { class: roadClass[highway] ?? 'minor', highway, name: str(p.name), nameFr: str(p.name_fr) || str(p.name), nameNl: str(p.name_nl) || str(p.name), ref: str(p.ref) } });
    }
  }
  return out;
}

const sensitiveKinds = ['school', 'kindergarten', 'childcare', 'hospital', 'clinic'];

/** Sensitive receptors: schools, kindergartens, childcare, hospitals, clinics. */
export function buildSensitive(poi: RawFeature[], region: Region, bufferM: number): L72Feature<Point>[] {
  return poi
    .filter((f) => f.geometry.type === 'Point' && (sensitiveKinds.includes(str(f.properties.amenity)) || sensitiveKinds.includes(str(f.properties.healthcare))) && region.near(f.geometry, bufferM))
    .map((f) => ({ type: 'Feature', geometry: f.geometry as Point, properties: { kind: sensitiveKinds.includes(str(f.properties.amenity)) ? str(f.properties.amenity) : str(f.properties.healthcare), name: str(f.properties.name) } }));
}

const workshopShops = ['trade', 'wholesale', 'bakery', 'butcher'];

/** Existing workshops: craft=*, shop=trade/wholesale/bakery/butcher, breweries. */
export function buildWorkshops(poi: RawFeature[], region: Region, bufferM: number): L72Feature<Point>[] {
  return poi
    .filter((f) => {
      const p = f.properties;
      const isWorkshop = str(p.craft) !== '' || workshopShops.includes(str(p.shop)) || str(p.industrial) === 'brewery';
      return f.geometry.type === 'Point' && isWorkshop && region.near(f.geometry, bufferM);
    })
    .map((f) => ({ type: 'Feature', geometry: f.geometry as Point, properties: { kind: str(f.properties.craft) || str(f.properties.shop) || 'brewery', name: str(f.properties.name) } }));
}

/** Residential land use within the buffer of the region (not cut: nuisance distances cross the border). */
export function buildHousing(landuse: RawFeature[], region: Region, bufferM: number): L72Feature<Polygonal>[] {
  return landuse
    .filter((f): f is RawFeature<Polygonal> => str(f.properties.landuse) === 'residential' && isPolygonal(f.geometry) && region.near(f.geometry, bufferM))
    .map((f) => ({ ...f, properties: { name: str(f.properties.name) } }));
}
