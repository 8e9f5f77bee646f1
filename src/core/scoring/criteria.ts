/**
 * One criterion per site metric: the metric it reads, its default curve and labels.
 * Thresholds are in the metric's units; profiles may override a curve (plot area differs by sector).
 */
import type { MetricKey } from '../types.ts';
import type { Curve } from './curves.ts';

/** Ids of the scoring criteria, in display order. */
export const criterionIds = [
  'metro',
  'tram',
  'bus',
  'rail',
  'lines',
  'labourShed',
  'cycle',
  'villo',
  'road',
  'motorway',
  'truckMotorway',
  'canal',
  'canalQuay',
  'siding',
  'no2',
  'housing',
  'sensitive',
  'area',
  'workshops',
  'productiveZone',
] as const;

/** One criterion id. */
export type CriterionId = (typeof criterionIds)[number];

/** Labels in the three languages of the app. */
export interface Labels {
  en: string;
  fr: string;
  nl: string;
}

/** Definition of one criterion. */
export interface Criterion {
  id: CriterionId;
  metric: MetricKey;
  /** Unit printed after values and thresholds: 'm', 'm²', 'µg/m³', 'km', 'min', '' for counts. */
  unit: string;
  curve: Curve;
  label: Labels;
  /** Why this curve (one line, en). */
  why: string;
}

const lower = (fullAt: number, zeroAt: number): Curve => ({ kind: 'lower', fullAt, zeroAt });
const higher = (zeroAt: number, fullAt: number): Curve => ({ kind: 'higher', zeroAt, fullAt });

/**
 * Bounds of the labour-shed curve (employed residents within 30 min by public transport, 463,000 in the region). Set
 * first from a crow-fly stand-in, then checked on the measured `employedResidents30MinTransit` of `geodata/sites.fgb`
 * (build of 2026-11-30): over the 141 sites on offer 18,000 at the tenth percentile, 99,000 at the median, 207,000
 * at the ninetieth (all 368 sites: 23,000, 108,000, 222,000). So about a tenth of the sites score 0, a tenth 1, and
 * the median 0.44. Check again when the access model's parameters change.
 */
export const labourShedCurve = { zeroAt: 20_000, fullAt: 200_000 } as const;

/** All criteria, keyed by id. Distances are from the site's edge, as the pipeline measures them. */
export const criteria: Readonly<Record<CriterionId, Criterion>> = {
  metro: {
    id: 'metro', metric: 'distMetroM', unit: 'm', curve: lower(400, 1500),
    label: { en: 'Metro station', fr: 'Station de métro', nl: 'Metrostation' },
    why: '400 m is a 5-minute walk; beyond 1.5 km staff no longer walk to the metro.',
  },
  tram: {
    id: 'tram', metric: 'distTramM', unit: 'm', curve: lower(300, 1000),
    label: { en: 'Tram stop', fr: 'Arrêt de tram', nl: 'Tramhalte' },
    why: 'Tram stops are closer-spaced than metro; 300 m full, 1 km none.',
  },
  bus: {
    id: 'bus', metric: 'distBusM', unit: 'm', curve: lower(300, 800),
    label: { en: 'Bus stop', fr: 'Arrêt de bus', nl: 'Bushalte' },
    why: 'Bus is the weakest mode; counted only within a short walk.',
  },
  rail: {
    id: 'rail', metric: 'distRailStationM', unit: 'm', curve: lower(800, 2500),
    label: { en: 'Train station', fr: 'Gare SNCB', nl: 'NMBS-station' },
    why: 'Regional commuters accept a longer walk or a bike leg from a train station.',
  },
  lines: {
    id: 'lines', metric: 'linesWithin400m', unit: '', curve: higher(0, 6),
    label: { en: 'Lines within 400 m', fr: 'Lignes à 400 m', nl: 'Lijnen binnen 400 m' },
    why: 'Number of distinct STIB lines within 400 m; 6 or more is a well-served node.',
  },
  labourShed: {
    id: 'labourShed', metric: 'employedResidents30MinTransit', unit: '', curve: higher(labourShedCurve.zeroAt, labourShedCurve.fullAt),
    label: {
      en: 'Employed residents ≤ 30 min by transit',
      fr: 'Actifs occupés à 30 min en transport public',
      nl: 'Werkenden binnen 30 min met OV',
    },
    why: 'The labour shed: Census 2021 employed residents within 30 min by STIB and walking (modelled, no timetables); 463,000 in the region.',
  },
  cycle: {
    id: 'cycle', metric: 'distCycleRouteM', unit: 'm', curve: lower(100, 800),
    label: { en: 'Cycle route', fr: 'Itinéraire cyclable', nl: 'Fietsroute' },
    why: 'Staff and cargo-bike deliveries use the regional cycle network.',
  },
  villo: {
    id: 'villo', metric: 'distVilloM', unit: 'm', curve: lower(200, 800),
    label: { en: 'Villo! station', fr: 'Station Villo!', nl: 'Villo!-station' },
    why: 'Shared bikes extend the last kilometre from a station.',
  },
  road: {
    id: 'road', metric: 'distMajorRoadM', unit: 'm', curve: lower(100, 1000),
    label: { en: 'Major road (2013 roads)', fr: 'Route principale (routes 2013)', nl: 'Hoofdweg (wegen 2013)' },
    why: 'Trucks should reach a major road without crossing residential streets. Road data: OpenStreetMap, 1 January 2013.',
  },
  motorway: {
    id: 'motorway', metric: 'distMotorwayM', unit: 'm', curve: lower(1000, 5000),
    label: { en: 'Motorway (2013 roads)', fr: 'Autoroute (routes 2013)', nl: 'Autosnelweg (wegen 2013)' },
    why: 'Regional supply and haulage; most of the region is within 5 km of the ring or an entry motorway. Road data: OpenStreetMap, 1 January 2013.',
  },
  truckMotorway: {
    id: 'truckMotorway', metric: 'truckMinToMotorway', unit: 'min', curve: lower(2, 12),
    label: {
      en: 'Truck time to the motorway (2013 roads)',
      fr: 'Camion jusqu’à l’autoroute (routes 2013)',
      nl: 'Vrachtwagen tot de autosnelweg (wegen 2013)',
    },
    why: 'The truck route to the nearest motorway access, speeds per road class (2013 roads): 2 min is straight onto it, 12 min the slowest tenth of the region.',
  },
  canal: {
    id: 'canal', metric: 'distCanalM', unit: 'm', curve: lower(100, 1000),
    label: { en: 'Canal', fr: 'Canal', nl: 'Kanaal' },
    why: 'Quay access for bulk materials by barge needs the site on or near the waterfront.',
  },
  canalQuay: {
    id: 'canalQuay', metric: 'roadKmToCanalQuay', unit: 'km', curve: lower(1, 5),
    label: {
      en: 'Canal quay by road (2013 roads)',
      fr: 'Quai du canal par la route (routes 2013)',
      nl: 'Kanaalkaai over de weg (wegen 2013)',
    },
    why: 'Materials landed at a canal quay reach the site by a short truck leg (2013 roads); beyond 5 km the barge gains little.',
  },
  siding: {
    id: 'siding', metric: 'distRailSidingM', unit: 'm', curve: lower(100, 1000),
    label: { en: 'Rail siding', fr: 'Raccordement ferré', nl: 'Spooraansluiting' },
    why: 'Rail freight needs a siding on or beside the site.',
  },
  no2: {
    id: 'no2', metric: 'no2UgM3', unit: 'µg/m³', curve: lower(10, 40),
    label: { en: 'NO₂ (annual mean)', fr: 'NO₂ (moyenne annuelle)', nl: 'NO₂ (jaargemiddelde)' },
    why: '10 µg/m³ is the WHO 2021 guideline (→ 1), 40 the EU limit until 2030 (→ 0); the 2030 limit of 20 scores 0.67.',
  },
  housing: {
    id: 'housing', metric: 'distHousingM', unit: 'm', curve: higher(0, 200),
    label: { en: 'Distance to housing', fr: 'Distance au logement', nl: 'Afstand tot woningen' },
    why: 'Beyond the gate, more room from housing means fewer complaints; 200 m is the VNG category 4.1 distance.',
  },
  sensitive: {
    id: 'sensitive', metric: 'distSensitiveM', unit: 'm', curve: higher(0, 300),
    label: { en: 'Distance to schools, care', fr: 'Distance écoles, soins', nl: 'Afstand scholen, zorg' },
    why: 'Schools, hospitals and care homes are the most sensitive receptors; 300 m is VNG category 4.2.',
  },
  area: {
    id: 'area', metric: 'areaM2', unit: 'm²', curve: { kind: 'band', zeroBelow: 150, fullFrom: 1000, fullTo: Infinity, zeroAbove: Infinity },
    label: { en: 'Plot area', fr: 'Surface de la parcelle', nl: 'Perceeloppervlakte' },
    why: 'Default: citydev units run from about 150 m² to over 1,000 m²; sectors override this band.',
  },
  workshops: {
    id: 'workshops', metric: 'workshopsWithin1km', unit: '', curve: higher(0, 10),
    label: { en: 'Workshops within 1 km', fr: 'Ateliers à 1 km', nl: 'Werkplaatsen binnen 1 km' },
    why: 'Suppliers and peers nearby (cluster effect); 10 or more counts fully.',
  },
  productiveZone: {
    id: 'productiveZone', metric: 'distProductiveZoneM', unit: 'm', curve: lower(0, 1000),
    label: { en: 'Productive zone', fr: 'Zone productive', nl: 'Productieve zone' },
    why: 'Inside a zone where productive activity is planned (0 m) is best; 1 km away none.',
  },
};
