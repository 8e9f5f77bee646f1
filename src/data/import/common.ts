/** What every format reader hands to `readImportFile`, the errors it adds to `ImportError`, and text decoding. */
import type { Feature, Geometry } from 'geojson';
import type { DeclaredCrs } from '../../core/usersites/crs.ts';
import { ImportError, type ImportFormat, type RefusedFeature } from '../../core/usersites/types.ts';

/** Features as a reader found them (coordinates in the file's CRS) and what the file says of its CRS. */
export interface RawRead {
  format: ImportFormat;
  features: Feature<Geometry | null, Record<string, unknown> | null>[];
  /** 1-based number of each feature in the file, when not its position + 1 (CSV lines, skipped rows). */
  featureNumbers?: number[];
  /** Every column of the file, when the reader knows them (else taken from the properties). */
  columns?: string[];
  declared: DeclaredCrs;
  /** Features the reader refused (unreadable geometry, CSV rows without coordinates). */
  refused?: RefusedFeature[];
  /** Features in the file, when the reader stopped before reading them all (at the limit). */
  totalFeatures?: number;
  numberWord?: 'feature' | 'line';
}

/** `no-usable-feature`, with every feature's refusal for the UI to list. */
export class NoUsableFeatureError extends ImportError {
  constructor(file: string, message: string, readonly refused: readonly RefusedFeature[]) {
    super('no-usable-feature', file, message);
  }
}

/** A GeoPackage or ZIP holding several layers and no `layer` chosen: `unreadable`, with the layers to choose from. */
export class SeveralLayersError extends ImportError {
  constructor(file: string, message: string, readonly layers: readonly string[]) {
    super('unreadable', file, message);
  }
}

/**
 * Text of a file: UTF-8 (BOM or not) when it is valid UTF-8, UTF-16 when it has a UTF-16 BOM (Excel's "Unicode
 * text"), else Windows-1252 (what spreadsheets and old GIS tools write on Windows in Belgium).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Whether bytes look like text (no NUL byte in their first 4 KB, UTF-16 with a BOM aside). */
export function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}

/** An error's message, whatever was thrown. */
export const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
