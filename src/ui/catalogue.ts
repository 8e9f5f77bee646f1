/** What the layer panel lists: groups, labels, legend swatches. Colours are shared with the map styles. */
import { statusLabels } from '../core/status/labels.ts';
import { siteStatuses, type SiteStatus } from '../core/types.ts';
import { userSiteLook, palette, statusColours, statusLook } from '../core/colour/palette.ts';
import type { Lang, MessageKey } from '../i18n/i18n.ts';
import type { ToggleId } from '../state/toggles.ts';

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

const userSiteColour = palette.userSite;
const userSiteFillOpacity = userSiteLook.fillOpacity;

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
    id: 'user-sites',
    group: 'groupLand',
    label: 'layerUserSites',
    swatches: [
      { shape: 'fill', colour: userSiteColour, label: 'usLegendArea', fillOpacity: userSiteFillOpacity },
      { shape: 'circle', colour: userSiteColour, label: 'usLegendPoint', size: 13 },
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
