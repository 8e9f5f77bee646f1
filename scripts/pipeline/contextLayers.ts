/** Builders of the context layers (rail sidings, canal, cycle routes, Villo!, NO2, roads, places, housing) in Lambert 72 metres. */
import { splitBilingualName } from '../../src/core/geo/siteContext.ts';
import type { Point } from 'geojson';
import { hexColour, isLinear, isPolygonal, layerReads, navigableCanal, sensitiveKinds, str, type L72Feature, type Polygonal, type RawFeature } from './layerReads.ts';
import { loadGeoJsonL72 } from './load.ts';
import type { Region } from './region.ts';
import { derivedFrom, type RepairBook } from './repairs.ts';
import { inputFiles } from './sources.ts';

/** Freight and industrial track: OSM railway=rail with service=spur, siding or yard. */
export function buildRailSidings(railway: RawFeature[], region: Region, bufferM: number): L72Feature[] {
  return railway
    .filter((f) => layerReads['rail-sidings'].wants(f.properties) && isLinear(f.geometry) && region.near(f.geometry, bufferM))
    .map((f) => ({ ...f, properties: derivedFrom({ service: str(f.properties.service), operator: str(f.properties.operator) }, f.properties) }));
}

/** The canal and its port basins (water=canal areas, and the navigable canals' centre lines). */
export function buildCanal(sourceDir: string, region: Region, bufferM: number, book: RepairBook): L72Feature[] {
  return loadGeoJsonL72(sourceDir, inputFiles.water, book)
    .filter((f) => {
      const p = f.properties;
      if (!layerReads.canal.wants(p)) return false;
      // Areas come from water=canal, axes from waterway=canal: the geometry must match the tag.
      const isArea = str(p.water) === 'canal' && isPolygonal(f.geometry);
      const isAxis = str(p.waterway) === 'canal' && navigableCanal.test(str(p.name)) && isLinear(f.geometry);
      return (isArea || isAxis) && region.near(f.geometry, bufferM);
    })
    .map((f) => ({ ...f, properties: derivedFrom({ kind: isPolygonal(f.geometry) ? 'water' : 'axis', name: str(f.properties.name) }, f.properties) }));
}

/** Regional cycle routes (ICR), within the buffer of the region. */
export function buildCycleRoutes(sourceDir: string, region: Region, bufferM: number, book: RepairBook): L72Feature[] {
  return loadGeoJsonL72(sourceDir, inputFiles.cycleRoutes, book)
    .filter((f) => layerReads['cycle-routes'].wants(f.properties) && isLinear(f.geometry) && region.near(f.geometry, bufferM))
    .map((f) => ({ ...f, properties: derivedFrom({ icr: str(f.properties.icr), colour: hexColour(f.properties.colour, '#2E7D32') }, f.properties) }));
}

/** Villo! stations in service, within the buffer of the region. */
export function buildVillo(sourceDir: string, region: Region, bufferM: number, book: RepairBook): L72Feature<Point>[] {
  return loadGeoJsonL72(sourceDir, inputFiles.villo, book)
    .filter((f) => layerReads.villo.wants(f.properties) && f.geometry.type === 'Point' && region.near(f.geometry, bufferM))
    .map((f) => ({
      type: 'Feature',
      geometry: f.geometry as Point,
      properties: derivedFrom({ nameFr: str(f.properties.name_fr), nameNl: str(f.properties.name_nl) || str(f.properties.name_fr), stands: Number(f.properties.bike_stand) || 0 }, f.properties),
    }));
}

/** NO2 points: CurieuzenAir 2021 measurements and IRCEL-CELINE station annual means (no-data -9999 skipped). */
export function buildNo2Points(sourceDir: string, region: Region, bufferM: number, book: RepairBook): L72Feature<Point>[] {
  const out: L72Feature<Point>[] = [];
  for (const f of loadGeoJsonL72(sourceDir, inputFiles.curieuzenair, book)) {
    const v = Number(f.properties.no2);
    if (!layerReads['no2-points'].wants(f.properties) || f.geometry.type !== 'Point' || !Number.isFinite(v) || v < 0 || !region.near(f.geometry, bufferM)) continue;
    out.push({ type: 'Feature', geometry: f.geometry, properties: derivedFrom({ source: 'curieuzenair', no2UgM3: v, label: `CurieuzenAir ${str(f.properties.cnId)}`, year: 2021 }, f.properties) });
  }
  for (const f of loadGeoJsonL72(sourceDir, inputFiles.irceline, book)) {
    const v = Number(f.properties.value);
    if (!layerReads['no2-points'].wants(f.properties) || f.geometry.type !== 'Point' || !Number.isFinite(v) || v < 0 || !region.near(f.geometry, bufferM)) continue;
    const year = Number(str(f.properties.year).slice(0, 4)) || 0;
    out.push({ type: 'Feature', geometry: f.geometry, properties: derivedFrom({ source: 'irceline', no2UgM3: v, label: `IRCEL-CELINE ${str(f.properties.ab_local_code)}`, year }, f.properties) });
  }
  return out;
}

const roadClass: Record<string, string> = {
  motorway: 'motorway', motorway_link: 'motorway', trunk: 'trunk', trunk_link: 'trunk', primary: 'primary', primary_link: 'primary',
  secondary: 'secondary', secondary_link: 'secondary', tertiary: 'tertiary', tertiary_link: 'tertiary',
};

/** Roads from the 2013 OSM extract: major roads by class and minor streets as 'minor'; `highway` keeps the OSM tag. */
export function buildRoads(sourceDir: string, region: Region, bufferM: number, book: RepairBook): L72Feature[] {
  const out: L72Feature[] = [];
  for (const rel of [inputFiles.majorRoads, inputFiles.minorStreets]) {
    for (const f of loadGeoJsonL72(sourceDir, rel, book)) {
      if (!layerReads.roads.wants(f.properties) || !isLinear(f.geometry) || !region.near(f.geometry, bufferM)) continue;
      const p = f.properties;
      const highway = str(p.highway);
      const [nameFr, nameNl] = roadNames(p);
      const props = { class: roadClass[highway] ?? 'minor', highway, name: str(p.name), nameFr, nameNl, ref: str(p.ref) };
      out.push({ ...f, properties: derivedFrom(props, p) });
    }
  }
  return out;
}

/**
 * FR/NL names of a 2013 road: `name:fr`/`name:nl` when mapped, else the bilingual `name` split ("Rue Haute -
 * Hoogstraat"); half the 2013 ways have only `name`, and some hold two streets' names after a ';' (the first is kept).
 */
export function roadNames(p: Record<string, unknown>): [string, string] {
  const [splitFr, splitNl] = splitBilingualName(str(p.name).split(';')[0] ?? '');
  return [str(p.name_fr) || splitFr, str(p.name_nl) || splitNl];
}

/** Sensitive receptors: schools, kindergartens, childcare, hospitals, clinics. */
export function buildSensitive(poi: RawFeature[], region: Region, bufferM: number): L72Feature<Point>[] {
  return poi
    .filter((f) => layerReads.sensitive.wants(f.properties) && f.geometry.type === 'Point' && region.near(f.geometry, bufferM))
    .map((f) => {
      const kind = sensitiveKinds.includes(str(f.properties.amenity)) ? str(f.properties.amenity) : str(f.properties.healthcare);
      return { type: 'Feature', geometry: f.geometry as Point, properties: derivedFrom({ kind, name: str(f.properties.name) }, f.properties) };
    });
}

/** Existing workshops: craft=*, shop=trade/wholesale/bakery/butcher, breweries. */
export function buildWorkshops(poi: RawFeature[], region: Region, bufferM: number): L72Feature<Point>[] {
  return poi
    .filter((f) => layerReads.workshops.wants(f.properties) && f.geometry.type === 'Point' && region.near(f.geometry, bufferM))
    .map((f) => ({ type: 'Feature', geometry: f.geometry as Point, properties: derivedFrom({ kind: str(f.properties.craft) || str(f.properties.shop) || 'brewery', name: str(f.properties.name) }, f.properties) }));
}

/** Residential land use within the buffer of the region (not cut: nuisance distances cross the border). */
export function buildHousing(landuse: RawFeature[], region: Region, bufferM: number): L72Feature<Polygonal>[] {
  return landuse
    .filter((f): f is RawFeature<Polygonal> => layerReads.housing.wants(f.properties) && isPolygonal(f.geometry) && region.near(f.geometry, bufferM))
    .map((f) => ({ ...f, properties: derivedFrom({ name: str(f.properties.name) }, f.properties) }));
}
