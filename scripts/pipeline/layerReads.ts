/**
 * What each layer reads: its source files and the attribute filter that picks its features. The
 * builders filter with these, and the repair report uses them to give a dropped feature (whose
 * geometry is unusable) to the layers that would have read it.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { siteLanduses, type LayerId } from '../../src/core/types.ts';
import type { LayerRead } from './repairs.ts';
import { inputFiles } from './sources.ts';

/** A feature in Lambert 72 with flat properties. */
export type L72Feature<G extends Geometry = Geometry> = Feature<G, Record<string, string | number | boolean>>;
/** Properties of a source feature as read. */
export type Props = Record<string, unknown>;
/** A source feature in Lambert 72 with its properties as read. */
export type RawFeature<G extends Geometry = Geometry> = Feature<G, Props>;
/** Polygon or MultiPolygon. */
export type Polygonal = Polygon | MultiPolygon;

/** A trimmed string from a property value ('' for anything but a string or number). */
export const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
/** True for Polygon and MultiPolygon. */
export const isPolygonal = (g: Geometry): g is Polygonal => g.type === 'Polygon' || g.type === 'MultiPolygon';
/** True for LineString and MultiLineString. */
export const isLinear = (g: Geometry): boolean => g.type === 'LineString' || g.type === 'MultiLineString';
/** A '#rrggbb' colour from the data, or the fallback. */
export const hexColour = (v: unknown, fallback: string): string => (/^#[0-9a-f]{6}$/i.test(str(v)) ? str(v) : fallback);

/** OSM land-use classes that make candidate sites. */
export const siteLanduseClasses: readonly string[] = siteLanduses;
/** Names of the navigable canals (the Charleroi-Brussels canal, the maritime canal). */
export const navigableCanal = /charleroi|zeekanaal|maritime|kanaal brussel/i;
/** POI values that make a sensitive receptor (amenity or healthcare). */
export const sensitiveKinds = ['school', 'kindergarten', 'childcare', 'hospital', 'clinic'];
const workshopShops = ['trade', 'wholesale', 'bakery', 'butcher'];
const all = (): boolean => true;

/** Source files and attribute filter of every layer. */
export const layerReads: Record<LayerId, LayerRead> = {
  region: { files: [inputFiles.region], wants: all, whole: true },
  communes: { files: [inputFiles.sectors], wants: all, whole: true },
  'productive-zones': { files: [inputFiles.landuse], wants: (p) => str(p.landuse) === 'industrial' },
  sites: { files: [inputFiles.landuse], wants: (p) => siteLanduseClasses.includes(str(p.landuse)) },
  'transit-stops': { files: [inputFiles.stops], wants: all },
  'transit-lines': { files: [inputFiles.ptRoutes], wants: all },
  'rail-stations': { files: [inputFiles.stations], wants: (p) => p['country-code'] === 'be' },
  'rail-sidings': { files: [inputFiles.railway], wants: (p) => str(p.railway) === 'rail' && ['spur', 'siding', 'yard'].includes(str(p.service)) },
  canal: { files: [inputFiles.water], wants: (p) => str(p.water) === 'canal' || (str(p.waterway) === 'canal' && navigableCanal.test(str(p.name))) },
  'cycle-routes': { files: [inputFiles.cycleRoutes], wants: all },
  villo: { files: [inputFiles.villo], wants: (p) => str(p.status) !== 'CLOSED' },
  'no2-points': { files: [inputFiles.curieuzenair, inputFiles.irceline], wants: all },
  roads: { files: [inputFiles.majorRoads, inputFiles.minorStreets], wants: all },
  housing: { files: [inputFiles.landuse], wants: (p) => str(p.landuse) === 'residential' },
  sensitive: { files: [inputFiles.poi], wants: (p) => sensitiveKinds.includes(str(p.amenity)) || sensitiveKinds.includes(str(p.healthcare)) },
  workshops: { files: [inputFiles.poi], wants: (p) => str(p.craft) !== '' || workshopShops.includes(str(p.shop)) || str(p.industrial) === 'brewery' },
  sectors: { files: [inputFiles.sectors], wants: all, whole: true },
  // Any land-use polygon can shape a loss: the 2013 industrial land, and today's land of every class over it.
  'land-losses': { files: [inputFiles.landuse2013, inputFiles.landuse], wants: (p) => str(p.landuse) !== '' },
};
