/**
 * Every colour of the product as data, with the NO2 class breaks: one place below the map and the UI, so the map
 * styles, the legend, the print sketch and the tests read the same values (src/core/colour/palette.test.ts checks that they
 * stay apart under colour-vision deficiencies).
 */
import type { SiteStatus } from '../types.ts';

/** Colours used by both the map styles and the legend, so they cannot drift apart. */
export const palette = {
  region: '#333333',
  communes: '#7a7a7a',
  // Zones keep the app's violet; no site status shares its hue (src/core/colour/palette.test.ts checks every pair under
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
  // The user's own sites (drawn or imported, `status: 'user'`): a deep petrol teal, the one free hue between the
  // estates' green and the new-productive sky blue, dark enough to stay apart from both, from the charcoal of
  // occupied land, the greys and the canal under every colour vision (src/core/colour/palette.test.ts).
  userSite: '#006068',
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

/** How the user's own sites are drawn beyond `palette.userSite`, same on the map, in the legend and in badges. */
export const userSiteLook: { fillOpacity: number; dashed: boolean } = { fillOpacity: 0.5, dashed: false };

/**
 * Colour ramp of the score 0–1 (ColorBrewer YlOrBr: light to dark in every colour vision); also drawn in the legend.
 * Warm throughout, so no score reads as the canal's blue or the zones' violet (src/core/colour/palette.test.ts).
 */
export const scoreRamp: readonly [number, string][] = [
  [0, '#ffffd4'],
  [0.25, '#fed98e'],
  [0.5, '#fe9929'],
  [0.75, '#d95f0e'],
  [1, '#993404'],
];
/** Colour of sites that fail the sector's gates. */
export const failColour = '#9e9e9e';

/**
 * Choropleth ramps of the planner view, five classes light to dark (ColorBrewer): blues for land and people, where
 * more is more; oranges-reds for losses and NO2, where more is worse. Land losses are drawn in `lossOutline`.
 */
export const choroplethRamps = {
  more: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  worse: ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
  /** Areas without a value (no productive land, no census row). */
  noData: '#d9d9d9',
  lossOutline: '#b30000',
} as const;

/**
 * The selected site's public-transport reach (issue 13), on the map and in its legend: statistical sectors reached
 * within each class's upper bound in minutes, inclusive (0–10, 10–20, 20–30: nothing beyond the last is drawn), the
 * quickest darkest (ColorBrewer RdPu, a hue no site status, score or zone uses as a fill); the truck route to the
 * motorway as a near-black brown line over a white casing, apart from every reach class, the canal, the transit
 * lines, the rail sidings and occupied sites under every colour vision (src/map/layers/siteReach.test.ts).
 */
export const reachRamp = {
  breaksMin: [10, 20, 30],
  colours: ['#ae017e', '#f768a1', '#fbb4b9'],
  route: '#452a00',
  routeCasing: '#ffffff',
} as const;
