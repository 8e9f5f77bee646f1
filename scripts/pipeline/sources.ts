/** Where each layer comes from: the mirror files it reads and the provenance carried into the manifest and the app. */
import type { LayerId, LayerSource } from '../../src/core/types.ts';

/** Input files, relative to the mirror's `raw/` directory. */
export const inputFiles = {
  region: 'phacochr/BRUXELLES_PREPROCESSED.gpkg',
  sectors: 'phacochr/BXL_SS_PREPROCESSED.gpkg',
  landuse: 'osm-pasloin/osm_landuse.geojson',
  poi: 'osm-pasloin/osm_poi.geojson',
  railway: 'osm-pasloin/osm_railway.geojson',
  water: 'osm-pasloin/osm_water.geojson',
  ptRoutes: 'osm-pasloin/osm_pt-routes.geojson',
  stops: 'stib-opendata-2024/stib_stops_with_lines_2024.geojson',
  stopsByLine: 'stib-opendata-2024/stops-by-line-production_2024-05-11.json',
  gtfsRoutes: 'stib-opendata-2024/gtfs_routes_2024-12.txt',
  stations: 'irail-stations/stations.csv',
  boardings: 'irail-stations/embarkment_statistics.csv',
  cycleRoutes: 'rideaway-icr/icr_regional_cycle_routes_2017_lambert72.geojson',
  villo: 'case-locus-2019/villo_stations_2019_wgs84.geojson',
  curieuzenair: 'fari-air-quality/curieuzenair_2021_no2.geojson',
  irceline: 'fari-air-quality/irceline_no2_anmean_station_brussels_2023.geojson',
  majorRoads: 'osm-bxl-2013/major_roads_osm_2013.geojson',
  motorwayJunctions: 'osm-bxl-2013/motorway_junctions_osm_2013.geojson',
  minorStreets: 'osm-bxl-2013/minor_streets_osm_2013.geojson.gz',
  landuse2013: 'osm-bxl-2013/landuse_osm_2013.geojson',
  censusResidents: 'statbel-census-2021/TF_CENSUS_2021_S01_cleaned.csv',
  censusActivity: 'statbel-census-2021/TF_CENSUS_2021_S12_cleaned.csv',
} as const;

/** Basemap archives copied as they are into `geodata/basemap/`. */
export const basemapArchives = ['water', 'green', 'landuse', 'railway', 'boundaries'] as const;

const osm = (date: string, files: string[], note?: string): LayerSource => ({
  name: 'OpenStreetMap',
  publisher: 'OpenStreetMap contributors',
  licence: 'ODbL 1.0',
  date,
  files,
  ...(note ? { note } : {}),
});

const statbel: LayerSource = {
  name: 'Statistical sectors 2022',
  publisher: 'Statbel (Belgian statistical office), via phacochr',
  licence: 'Statbel open data licence (CC BY 4.0 terms)',
  date: '2022-01-01',
  files: [inputFiles.sectors],
};

/** Provenance of every layer. */
export const layerSources: Record<LayerId, LayerSource> = {
  region: { ...statbel, name: 'Brussels-Capital Region outline (union of statistical sectors 2022)', files: [inputFiles.region] },
  communes: { ...statbel, name: 'The 19 municipalities (statistical sectors 2022 dissolved on their NIS code)' },
  'productive-zones': osm('2026-05', [inputFiles.landuse], 'OSM land use landuse=industrial: land used for industry, not the legal zoning plan (PRAS).'),
  sites: {
    name: 'Candidate sites: OSM brownfield, greenfield, industrial and construction land, with availability status, address, 2013 land use and computed metrics',
    publisher: 'OpenStreetMap contributors; status, address and metrics computed from the other layers',
    licence: 'ODbL 1.0',
    date: '2026-05 (land use, tags); 2013-01-01 (streets for addresses, land use of 2013)',
    files: [inputFiles.landuse, inputFiles.poi, inputFiles.landuse2013, inputFiles.majorRoads, inputFiles.minorStreets],
    note:
      'The official vacant-land inventory is not public; OSM land use stands in for it. The status (available, business estate, new productive space, occupied, leaving production) is decided from every OSM tag of the polygon and what lies on it (workshops, rail sidings), with its evidence; it is not an official statement of availability. Overlapping polygons are cut so that the smaller keeps the shared land; parts under 100 m² are dropped. Addresses are the street tagged on the site or the nearest named street of 2013. Land use of 2013 is indicative: the map itself grew since.',
  },
  'transit-stops': {
    name: 'STIB-MIVB stops with their lines',
    publisher: 'STIB-MIVB open data (stop details, stops by line) and GTFS routes',
    licence: 'CC BY 4.0 (Source: STIB-MIVB - Open Data)',
    date: '2024-05',
    files: [inputFiles.stops],
  },
  'transit-lines': osm('2026-05', [inputFiles.ptRoutes], 'Route relations of STIB and De Lijn lines.'),
  'rail-stations': {
    name: 'SNCB/NMBS stations and average weekday boardings',
    publisher: 'iRail from SNCB/NMBS open data',
    licence: 'CC0 1.0',
    date: '2024-02',
    files: [inputFiles.stations, inputFiles.boardings],
  },
  'rail-sidings': osm('2026-05', [inputFiles.railway], 'railway=rail with service=spur, siding or yard.'),
  canal: osm('2026-05', [inputFiles.water], 'The Charleroi-Brussels canal, the maritime canal and their port basins.'),
  'cycle-routes': {
    name: 'Regional cycle routes (ICR/GFR)',
    publisher: 'Bruxelles Mobilité / Brussel Mobiliteit, via oSoc17 rideaway-data',
    licence: 'Brussels regional open data',
    date: '2017-07',
    files: [inputFiles.cycleRoutes],
    note: 'July 2017 snapshot; the network has since been revised.',
  },
  villo: {
    name: 'Villo! bike-share stations',
    publisher: 'Bruxelles Mobilité / JCDecaux',
    licence: 'Brussels regional open data',
    date: '2019-03-14',
    files: [inputFiles.villo],
  },
  'no2-points': {
    name: 'NO2: CurieuzenAir 2021 citizen measurements and IRCEL-CELINE 2023 station annual means',
    publisher: 'CurieuzenAir (UAntwerpen, ULB, BRAL, Bruxelles Environnement); IRCEL-CELINE',
    licence: 'CurieuzenAir: research data republished by FARI; IRCEL-CELINE: CC BY 4.0',
    date: '2021 (CurieuzenAir), 2023 (stations)',
    files: [inputFiles.curieuzenair, inputFiles.irceline],
    note: 'CurieuzenAir values are indicative annual means from a 4-week campaign (Sep–Oct 2021).',
  },
  roads: osm('2013-01-01', [inputFiles.majorRoads, inputFiles.minorStreets], 'OpenStreetMap as of 1 January 2013, the newest road data available here: some roads have changed since.'),
  housing: osm('2026-05', [inputFiles.landuse], 'landuse=residential.'),
  sensitive: osm('2026-05', [inputFiles.poi], 'Schools, kindergartens, childcare, hospitals and clinics.'),
  workshops: osm('2026-05', [inputFiles.poi], 'craft=*, shop=trade/wholesale/bakery/butcher, breweries.'),
  sectors: { ...statbel, name: 'Statistical sectors 2022 (cut to the region), the areas of the planner view' },
  'land-losses': {
    name: 'Land that was industrial in 2013 and is under another use in 2026 (OpenStreetMap land use, indicative)',
    publisher: 'OpenStreetMap contributors; computed by comparing the land use of 2013-01-01 and 2026-05',
    licence: 'ODbL 1.0',
    date: '2013-01-01 and 2026-05',
    files: [inputFiles.landuse2013, inputFiles.landuse],
    note:
      'OSM landuse=industrial of 1 January 2013 against all OSM land use of May 2026, each dissolved first. Lost land goes to one category by precedence: residential, commercial (commercial, retail), construction, other (any other use, or none mapped). OSM mapping also grew and changed since 2013: a difference is a change of the map, not always on the ground. Pieces under 100 m² are counted but not drawn.',
  },
};

/** Provenance of `planner.json`, the planner view's indicators per municipality and statistical sector. */
export const plannerSource: LayerSource = {
  name: 'Indicators of productive land per municipality and statistical sector: productive land by status, change of industrial land since 2013, NO2, residents and employed residents, metro and tram stops',
  publisher: 'Computed from Statbel (statistical sectors 2022, Census 2021), OpenStreetMap contributors, CurieuzenAir and IRCEL-CELINE, STIB-MIVB',
  licence: 'ODbL 1.0 (OpenStreetMap-derived figures); Statbel open data licence (CC BY 4.0 terms); STIB-MIVB open data (CC BY 4.0)',
  date: '2021-01-01 (census), 2013-01-01 and 2026-05 (land use), 2021 and 2023 (NO2), 2024-05 (stops)',
  files: [inputFiles.sectors, inputFiles.censusResidents, inputFiles.censusActivity, inputFiles.landuse, inputFiles.landuse2013, inputFiles.curieuzenair, inputFiles.irceline, inputFiles.stops],
  note:
    'Productive land is the explorer\'s sites (OSM land use, all statuses), split across areas by exact overlay. Change since 2013 is indicative (OSM mapping grew too). NO2 is the app\'s interpolated surface sampled on a 50 m grid. Residents are counted where people live (Census 1 January 2021); 19 census codes without a sector (…ZZZZ) count in their municipality and the region only.',
};

/** Provenance of `access-reach.json`: travel times by public transport to every statistical sector, the labour shed, and the truck route to the motorway. */
export const accessSource: LayerSource = {
  name: 'Access by the real networks: travel times by public transport and walking from each site to every statistical sector (labour shed), and the truck route to the nearest motorway access',
  publisher: 'Computed from STIB-MIVB open data (stops by line, stop coordinates, GTFS routes), OpenStreetMap contributors (route relations, 2013 roads), Statbel (statistical sectors 2022, Census 2021)',
  licence: 'STIB-MIVB open data (CC BY 4.0, "Source: STIB-MIVB - Open Data"); ODbL 1.0 (OpenStreetMap-derived distances and routes); Statbel open data licence (CC BY 4.0 terms)',
  date: '2024-05 (STIB network), 2024-12 (GTFS routes), 2026-05 (OSM routes), 2013-01-01 (roads), 2021-01-01 (census)',
  files: [inputFiles.stopsByLine, inputFiles.stops, inputFiles.gtfsRoutes, inputFiles.ptRoutes, inputFiles.sectors, inputFiles.censusResidents, inputFiles.censusActivity, inputFiles.majorRoads, inputFiles.minorStreets, inputFiles.motorwayJunctions],
  note:
    'A model, not a timetable: walking (straight line × detour at a stated speed), half the mean headway of the mode as the wait, a transfer penalty, riding at the mode\'s published mean commercial speed along the OSM route where it fits the stops (else the straight line × a detour). Its parameters and their sources are in the file. A sector counts as reached when its representative point is; its Census 2021 residents are counted where they live. Sectors without census counts add nothing and are counted apart. Roads are those of OpenStreetMap on 1 January 2013.',
};

/** Short attribution for the map, per layer. */
export function attributionOf(id: LayerId): string {
  const s = layerSources[id];
  if (s.licence.startsWith('ODbL')) return `© OpenStreetMap contributors (ODbL)${s.date.startsWith('2013') ? ', 2013' : ''}`;
  switch (id) {
    case 'region':
    case 'communes':
    case 'sectors':
      return 'Statbel (statistical sectors 2022)';
    case 'transit-stops':
      return 'STIB-MIVB open data';
    case 'rail-stations':
      return 'iRail / SNCB (CC0)';
    case 'cycle-routes':
    case 'villo':
      return 'Bruxelles Mobilité';
    case 'no2-points':
      return 'CurieuzenAir 2021 · IRCEL-CELINE (CC BY 4.0)';
    default:
      return s.publisher;
  }
}

/** Provenance of the basemap archives. */
export const basemapSource: LayerSource = osm('2026-05', basemapArchives.map((n) => `osm-pasloin-tiles/${n}.pmtiles`), 'Vector tiles built by PasLoin/Brussels-minimal-vector-tile.');
