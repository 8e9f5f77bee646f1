/** Test fixtures only (imported by *.test.ts): two hand-written sites, not product data. */
import { metricKeys, type SiteFeature, type SiteMetrics, type SiteProperties } from '../types';

/** Metrics with every key set to `base` plus its index, so each column is distinguishable. */
export function fixtureMetrics(base: number): SiteMetrics {
  const m = {} as SiteMetrics;
  metricKeys.forEach((k, i) => (m[k] = base + i));
  return m;
}

/** A site with a tricky name for CSV quoting. */
export function fixtureSite(siteId: string, overrides: Partial<SiteProperties> = {}): SiteProperties {
  return {
    ...fixtureMetrics(100),
    siteId,
    landuse: 'brownfield',
    status: 'available',
    statusRule: 'vacant-free',
    statusEvidence: '[{"t":"tag","key":"landuse","value":"brownfield"},{"t":"tag","key":"was:landuse","value":"industrial","role":"context"},{"t":"fact","fact":"tradesOnSite","n":2},{"t":"caveat","caveat":"tradesOnVacant","n":2}]',
    statusUncertain: true,
    name: 'Quai "Nord"; dépôt, Forêt\nØst',
    communeNis: '21001',
    communeFr: 'Anderlecht',
    communeNl: 'Anderlecht',
    streetFr: 'Quai de l’Industrie',
    streetNl: 'Nijverheidskaai',
    houseNumber: '12',
    streetDistM: 0,
    lon: 4.351234,
    lat: 50.841234,
    landuse2013: 'industrial',
    landuse2013Share: 0.85,
    formerIndustrialM2: 1200,
    tradesOnSite: 2,
    nearestStopId: '1234',
    nearestStopFr: 'Clemenceau',
    nearestStopNl: 'Clemenceau',
    nearestStopLines: '2,6,81',
    nearestStationFr: 'Bruxelles-Midi',
    nearestStationNl: 'Brussel-Zuid',
    ...overrides,
  };
}

/** A site feature with a small square around 4.35°E 50.84°N given with too many decimals. */
export function fixtureFeature(siteId: string, overrides: Partial<SiteProperties> = {}): SiteFeature {
  const ring = [
    [4.351234567891, 50.841234567891],
    [4.352234567891, 50.841234567891],
    [4.352234567891, 50.842234567891],
    [4.351234567891, 50.841234567891],
  ];
  return {
    type: 'Feature',
    bbox: [4.35, 50.84, 4.36, 50.85],
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: fixtureSite(siteId, overrides),
  };
}
