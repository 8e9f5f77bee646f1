/**
 * The user's own sites (drawn on the map or imported from a file): what is stored in the browser (`UserSiteRecord`,
 * WGS84), what an import produced before the user confirmed it (`ImportResult`), and what measuring gives back
 * (a `SiteFeature` with `status: 'user'`, measured by the same `src/core` code as the shipped sites).
 */
import type { MultiPolygon, Point, Polygon } from 'geojson';

/** Coordinate reference systems an import understands. */
export const importCrsList = ['EPSG:4326', 'EPSG:31370', 'EPSG:3812'] as const;
/** One of them: WGS84 degrees, Belgian Lambert 72 or Belgian Lambert 2008 metres. */
export type ImportCrs = (typeof importCrsList)[number];

/** File formats an import reads. */
export type ImportFormat = 'geojson' | 'flatgeobuf' | 'shapefile' | 'geopackage' | 'csv';

/** A value kept from the user's file (every column other than geometry), exported back as it came. */
export type AttributeValue = string | number | boolean | null;

/** Where a user site came from. */
export type UserSiteOrigin =
  | { kind: 'drawn' }
  | {
      kind: 'import';
      /** File name as the user's system gave it. */
      file: string;
      format: ImportFormat;
      /** 1-based number of the feature or CSV row in the file. */
      featureNumber: number;
      /** CRS the coordinates were read in (and how it was known). */
      crs: ImportCrs;
      crsFrom: 'file' | 'coordinates' | 'user';
    };

/** One user site as stored in the browser (IndexedDB), coordinates in WGS84. */
export interface UserSiteRecord {
  /** `user-` + a random id: never collides with a shipped site id. */
  id: string;
  /** The name the user typed or the file's name column ('' when none); shown as text, never as markup. */
  name: string;
  /** The file's id column, if it has one (kept and exported back). */
  externalId: string;
  origin: UserSiteOrigin;
  /** A polygon, or a point (measured from the point; its area is `areaM2Given` or unknown). */
  geometry: Polygon | MultiPolygon | Point;
  /** Area the user gave for a point site, m²; null when not given. Polygons are measured. */
  areaM2Given: number | null;
  /** Every other column of the file, as read. */
  attributes: Record<string, AttributeValue>;
  /** ISO timestamp of when it was added. */
  addedAt: string;
  /** True when it lies outside the region but within its context band (measured, and flagged). */
  outsideRegion: boolean;
  /** What was repaired in its geometry on import (e.g. 'self-intersection split'), [] when nothing. */
  repairs: string[];
}

/** Why one feature of a file was refused, for the message naming it. */
export interface RefusedFeature {
  /** 1-based feature or row number in the file. */
  featureNumber: number;
  reason: 'no-geometry' | 'not-polygon-or-point' | 'invalid-geometry' | 'outside-belgium' | 'outside-region' | 'over-limit' | 'bad-coordinates';
  /** Details in English for the log (the UI words the reason itself). */
  detail: string;
}

/** What reading a file gave, before the user confirmed adding the sites. */
export interface ImportResult {
  file: string;
  format: ImportFormat;
  /** The CRS, or null when it could not be told: the UI then asks the user (`needsCrs`). */
  crs: ImportCrs | null;
  crsFrom: 'file' | 'coordinates' | 'user' | null;
  /** Sites ready to be measured and stored. */
  sites: UserSiteRecord[];
  refused: RefusedFeature[];
  /** Column names of the file, and which ones were taken as name and id. */
  columns: string[];
  nameColumn: string | null;
  idColumn: string | null;
}

/** A problem with a whole file (nothing imported), worded by the UI from `reason`. */
export class ImportError extends Error {
  constructor(
    readonly reason:
      | 'empty'
      | 'not-spatial'
      | 'zip-without-shp'
      | 'too-large'
      | 'unknown-format'
      | 'unreadable'
      | 'crs-unsupported'
      | 'no-usable-feature',
    /** The file's name; the message names it and says what was wrong. */
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Limits stated up front in the import panel. */
export const importLimits = {
  /** Larger files are refused before being read (bytes). */
  maxFileBytes: 50 * 1024 * 1024,
  /** Features beyond this many are refused with their count (the first ones are imported). */
  maxFeatures: 100_000,
  /** Sites within this distance of the region are measured and flagged as outside; farther ones are refused (m). */
  contextBandM: 2000,
};
