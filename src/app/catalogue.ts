/** What the layer panel lists: groups, labels, legend swatches. Colours are shared with the map styles. */
import { statusLabels } from '../core/status/labels.ts';
import { siteStatuses, type SiteStatus } from '../core/types.ts';
import type { Lang, MessageKey } from '../i18n/i18n.ts';
import type { ToggleId } from '../state/toggles.ts';

/** Colours used by both the map styles and the legend, so they cannot drift apart. */
export const palette = {
  region: '#333333',
  communes: '#7a7a7a',
  // Zones keep the app's violet; no site status shares its hue (src/app/palette.test.ts checks every pair under
  // protanopia, deuteranopia and tritanopia).
  productiveZone: '#7a4fc4',
  // Site statuses: Okabe–Ito orange and green, a lighter sky blue (apart from green for tritanopes and from the
  // canal), `occupied` a neutral charcoal (dark, and no longer a second purple beside the zones), `leaving` a
  // vermilion drawn faint with a dashed outline: land on its way out reads as a warning, not as another category.
  siteAvailable: '#e69f00',
  siteEstate: '#009e73',
  siteNewProductive: '#66ccff',
  siteOccupied: '#2b2b2b',
  siteLeaving: '#cc3311',
  /** Sites without a known status (layers built before statuses existed). */
  siteUnknown: '#8c8c8c',
  siteHover: '#111111',
  metro: '#c2185b',
  tram: '#1565c0',
  bus: '#2e7d32',
  railStation: '#3a3a3a', // neutral, so stations never read as scored sites
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

/** Colour of each site status, on the map and in the legend. */
export const statusColours: Record<SiteStatus, string> = {
  available: palette.siteAvailable,
  estate: palette.siteEstate,
  'new-productive': palette.siteNewProductive,
  occupied: palette.siteOccupied,
  leaving: palette.siteLeaving,
};

/** How each status is drawn beyond its colour (fill opacity 0–1, dashed outline), same on the map and in the legend. */
export const statusLook: Record<SiteStatus, { fillOpacity: number; dashed: boolean }> = {
  available: { fillOpacity: 0.6, dashed: false },
  estate: { fillOpacity: 0.6, dashed: false },
  'new-productive': { fillOpacity: 0.6, dashed: false },
  // Protected productive land reads as solid; land on its way out reads as faint and broken.
  occupied: { fillOpacity: 0.75, dashed: false },
  leaving: { fillOpacity: 0.25, dashed: true },
};

/** One legend entry: a swatch shape, a colour, an optional label. */
export interface Swatch {
  shape: 'fill' | 'line' | 'circle' | 'dash';
  colour: string;
  /** A dictionary key, or the text in each language when it lives elsewhere (status names in core/status). */
  label?: MessageKey | Readonly<Record<Lang, string>>;
  /** Circle diameter, or line width, in px (for sized symbols). */
  size?: number;
  /** Fill opacity 0–1 of a fill swatch (default 0.75). */
  fillOpacity?: number;
  /** Dashed outline of a fill swatch. */
  dashed?: boolean;
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
    swatches: siteStatuses.map((st) => ({ shape: 'fill' as const, colour: statusColours[st], label: statusLabels[st], ...statusLook[st] })),
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
  {
    id: 'transit-lines',
    group: 'groupMobility',
    label: 'layerTransitLines',
    // line widths as drawn (metro 4, tram 2.5, bus 1.5 px); the map takes each line's own colour, these are the usual ones
    swatches: [
      { shape: 'line', colour: palette.metro, label: 'modeMetro', size: 4 },
      { shape: 'line', colour: palette.tram, label: 'modeTram', size: 2.5 },
      { shape: 'line', colour: palette.bus, label: 'modeBus', size: 1.5 },
    ],
  },
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
