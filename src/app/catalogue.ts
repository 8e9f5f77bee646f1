/** What the layer panel lists: groups, labels, legend swatches. Colours are shared with the map styles. */
import type { MessageKey } from '../i18n/i18n.ts';
import type { ToggleId } from '../state/toggles.ts';

/** Colours used by both the map styles and the legend, so they cannot drift apart. */
export const palette = {
  region: '#333333',
  communes: '#7a7a7a',
  productiveZone: '#8e6bbf',
  siteVacant: '#e0712b',
  siteProductive: '#5b3a8c',
  siteInTransition: '#d4a20c',
  siteHover: '#111111',
  metro: '#c2185b',
  tram: '#1565c0',
  bus: '#2e7d32',
  railStation: '#3a3a3a', // neutral, so stations never read as top-scoring sites (the score ramp ends in dark blue)
  railSiding: '#8d5a2b',
  canal: '#3d8fd6',
  cycleRoute: '#1b9e77',
  villo: '#f2b705',
  road: '#ffffff',
  roadCasing: '#b9b3a8',
  housing: '#d9c9a3',
  sensitive: '#d62728',
  workshops: '#6d4c41',
  no2: ['#1a9850', '#a6d96a', '#fee08b', '#f46d43', '#a50026'],
} as const;

/** NO2 class breaks in µg/m³: WHO guideline 10, EU 2030 limit 20, then 30 and 40. */
export const no2BreaksUgM3 = [10, 20, 30, 40] as const;

/** Colour of an NO2 value in µg/m³ (same classes as the map). */
export function no2Colour(no2UgM3: number): string {
  const i = no2BreaksUgM3.findIndex((b) => no2UgM3 < b);
  return palette.no2[i < 0 ? 4 : i] ?? palette.no2[4];
}

/** One legend entry: a swatch shape, a colour, an optional label. */
export interface Swatch {
  shape: 'fill' | 'line' | 'circle' | 'dash';
  colour: string;
  label?: MessageKey;
  /** Circle size in px (for sized symbols). */
  size?: number;
}

export interface CatalogueEntry {
  id: ToggleId;
  group: 'groupLand' | 'groupMobility' | 'groupEnvironment' | 'groupContext';
  label: MessageKey;
  swatches: Swatch[];
  /** Extra legend note (e.g. how symbols are sized). */
  note?: MessageKey;
}

/** Panel order, group by group. */
export const catalogue: CatalogueEntry[] = [
  { id: 'productive-zones', group: 'groupLand', label: 'layerProductiveZones', swatches: [{ shape: 'fill', colour: palette.productiveZone }] },
  {
    id: 'sites',
    group: 'groupLand',
    label: 'layerSites',
    swatches: [
      { shape: 'fill', colour: palette.siteVacant, label: 'kindVacant' },
      { shape: 'fill', colour: palette.siteProductive, label: 'kindProductive' },
      { shape: 'fill', colour: palette.siteInTransition, label: 'kindInTransition' },
    ],
  },
  {
    id: 'transit-stops',
    group: 'groupMobility',
    label: 'layerTransitStops',
    swatches: [
      { shape: 'circle', colour: palette.metro, label: 'modeMetro', size: 12 },
      { shape: 'circle', colour: palette.tram, label: 'modeTram', size: 9 },
      { shape: 'circle', colour: palette.bus, label: 'modeBus', size: 6 },
    ],
  },
  { id: 'transit-lines', group: 'groupMobility', label: 'layerTransitLines', swatches: [{ shape: 'line', colour: palette.metro }, { shape: 'line', colour: palette.tram }, { shape: 'line', colour: palette.bus }] },
  { id: 'rail-stations', group: 'groupMobility', label: 'layerRailStations', swatches: [{ shape: 'circle', colour: palette.railStation, size: 8 }, { shape: 'circle', colour: palette.railStation, size: 14 }], note: 'stationSize' },
  { id: 'rail-sidings', group: 'groupMobility', label: 'layerRailSidings', swatches: [{ shape: 'dash', colour: palette.railSiding }] },
  { id: 'canal', group: 'groupMobility', label: 'layerCanal', swatches: [{ shape: 'fill', colour: palette.canal }] },
  { id: 'cycle-routes', group: 'groupMobility', label: 'layerCycleRoutes', swatches: [{ shape: 'line', colour: palette.cycleRoute }] },
  { id: 'villo', group: 'groupMobility', label: 'layerVillo', swatches: [{ shape: 'circle', colour: palette.villo, size: 8 }] },
  { id: 'no2-points', group: 'groupEnvironment', label: 'layerNo2Points', swatches: palette.no2.map((c) => ({ shape: 'circle' as const, colour: c, size: 8 })) },
  { id: 'no2-surface', group: 'groupEnvironment', label: 'layerNo2Surface', swatches: palette.no2.map((c) => ({ shape: 'fill' as const, colour: c })) },
  { id: 'communes', group: 'groupContext', label: 'layerCommunes', swatches: [{ shape: 'line', colour: palette.communes }] },
  { id: 'region', group: 'groupContext', label: 'layerRegion', swatches: [{ shape: 'line', colour: palette.region }] },
  { id: 'roads', group: 'groupContext', label: 'layerRoads', swatches: [{ shape: 'line', colour: palette.roadCasing }] },
  { id: 'housing', group: 'groupContext', label: 'layerHousing', swatches: [{ shape: 'fill', colour: palette.housing }] },
  { id: 'sensitive', group: 'groupContext', label: 'layerSensitive', swatches: [{ shape: 'circle', colour: palette.sensitive, size: 7 }] },
  { id: 'workshops', group: 'groupContext', label: 'layerWorkshops', swatches: [{ shape: 'circle', colour: palette.workshops, size: 7 }] },
];

export const groups = ['groupLand', 'groupMobility', 'groupEnvironment', 'groupContext'] as const;
