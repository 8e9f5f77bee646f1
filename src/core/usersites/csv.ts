/**
 * A user's CSV of points: columns lon/lat (also lng, long, longitude, latitude; any case) or x/y (metres; also
 * easting/northing), separated by `;`, `,` or a tab (told from the header line), quoted fields, decimal commas
 * (`50,85`). Rows are numbered by their line in the file, the header being line 1 (the row number a spreadsheet
 * shows): that is the `featureNumber` of each point and what every message names. Pure (papaparse).
 */
import Papa from 'papaparse';
import type { Feature, Point } from 'geojson';
import type { RefusedFeature } from './types.ts';

/** A problem with the whole CSV: no rows, no coordinate columns, or a parse error (naming its line). */
export class CsvError extends Error {
  constructor(
    readonly kind: 'empty' | 'no-coordinate-columns' | 'unreadable',
    message: string,
    /** 1-based line of the file, when the problem has one. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/** The points of a CSV, each with the other columns as properties (strings as written, trimmed). */
export interface CsvPoints {
  features: Feature<Point, Record<string, string>>[];
  /** Line in the file of each feature (header = line 1). */
  featureNumbers: number[];
  /** Every column of the header, in order (blank names become `column_N`, repeated ones get `_2`, `_3`…). */
  columns: string[];
  /** The columns read as coordinates (left out of the properties: they are the geometry). */
  xColumn: string;
  yColumn: string;
  /** lon/lat columns (degrees expected) or x/y (metres expected). */
  axes: 'lonlat' | 'xy';
  delimiter: ';' | ',' | '\t';
  /** Rows whose coordinates are missing or not numbers, by line. */
  refused: RefusedFeature[];
  /** Data rows read (blank lines aside). */
  rows: number;
}

const lonNames = ['lon', 'lng', 'long', 'longitude'];
const latNames = ['lat', 'latitude'];
const xNames = ['x', 'easting', 'coord_x', 'x_coord'];
const yNames = ['y', 'northing', 'coord_y', 'y_coord'];

/**
 * A number as people write it: `50.85`, `50,85`, `-4`, `150 000,5`, `150.000,5`, `150,000.5`, `1e5`; null when
 * it is not one. A lone comma is a decimal comma (this is Belgium), so `150,000` reads as 150.
 */
export function parseDecimal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let s = value.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one is the decimal mark, the other groups thousands.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) return null; // 1,234,567 without a decimal mark: ambiguous
    s = s.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Counts a character in a line outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/** The separator of the header line: the most frequent of `;`, tab and `,` outside quotes (`,` on a tie or none). */
export function detectDelimiter(headerLine: string): ';' | ',' | '\t' {
  const semi = countOutsideQuotes(headerLine, ';');
  const tab = countOutsideQuotes(headerLine, '\t');
  const comma = countOutsideQuotes(headerLine, ',');
  if (semi > comma && semi >= tab) return ';';
  if (tab > comma && tab > semi) return '\t';
  return ',';
}

/** Header names made unique and non-blank. */
function uniqueColumns(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const base = raw.trim() === '' ? `column_${i + 1}` : raw.trim();
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

const findColumn = (columns: readonly string[], names: readonly string[]): number => {
  for (const name of names) {
    const i = columns.findIndex((c) => c.toLowerCase() === name);
    if (i >= 0) return i;
  }
  return -1;
};

/** Reads a CSV of points (text already decoded). Throws `CsvError` for the whole file; bad rows are refused by line. */
export function parseCsvPoints(input: string): CsvPoints {
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CsvError('empty', 'the file is empty: no header and no rows');
  const firstLine = text.slice(0, text.search(/\r\n|\n|\r|$/));
  const delimiter = detectDelimiter(firstLine);
  const lineChar = text.includes('\n') ? '\n' : '\r';

  // Line of a row from its start offset, counting line breaks incrementally (rows arrive in order).
  let counted = 0;
  let countedTo = 0;
  const lineAt = (pos: number): number => {
    for (let i = text.indexOf(lineChar, countedTo); i >= 0 && i < pos; i = text.indexOf(lineChar, i + 1)) counted++;
    countedTo = Math.max(countedTo, pos);
    return counted + 1;
  };

  const rows: { data: string[]; line: number }[] = [];
  let prevCursor = 0;
  let parseError: CsvError | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result, parser) {
      let start = prevCursor;
      if (text[start] === '\r' && text[start + 1] === '\n') start += 2;
      else if (text[start] === '\n' || text[start] === '\r') start += 1;
      prevCursor = result.meta.cursor;
      const line = lineAt(start);
      const err = result.errors[0];
      if (err) {
        parseError = new CsvError('unreadable', `line ${line}: ${err.message}`, line);
        parser.abort();
        return;
      }
      rows.push({ data: result.data, line });
    },
  });
  if (parseError) throw parseError;

  const headerRow = rows.shift();
  if (!headerRow || headerRow.data.every((v) => v.trim() === '')) throw new CsvError('empty', 'the file has no header row', 1);
  const columns = uniqueColumns(headerRow.data.map((h) => h.replace(/^\uFEFF/, '')));
  let xi = findColumn(columns, lonNames);
  let yi = findColumn(columns, latNames);
  let axes: 'lonlat' | 'xy' = 'lonlat';
  if (xi < 0 || yi < 0) {
    xi = findColumn(columns, xNames);
    yi = findColumn(columns, yNames);
    axes = 'xy';
  }
  if (xi < 0 || yi < 0) {
    throw new CsvError(
      'no-coordinate-columns',
      `no coordinate columns: expected lon and lat (or lng/longitude and latitude) or x and y, found ${columns.map((c) => `"${c}"`).join(', ')}`,
      headerRow.line,
    );
  }
  const xColumn = columns[xi]!;
  const yColumn = columns[yi]!;

  const features: Feature<Point, Record<string, string>>[] = [];
  const featureNumbers: number[] = [];
  const refused: RefusedFeature[] = [];
  let dataRows = 0;
  for (const { data, line } of rows) {
    if (data.every((v) => v.trim() === '')) continue;
    dataRows++;
    const rawX = data[xi];
    const rawY = data[yi];
    const x = parseDecimal(rawX);
    const y = parseDecimal(rawY);
    if (x === null || y === null) {
      const what = (name: string, raw: string | undefined): string =>
        raw === undefined || raw.trim() === '' ? `${name} is missing` : `${name} "${raw.trim().slice(0, 40)}" is not a number`;
      const parts = [x === null ? what(xColumn, rawX) : '', y === null ? what(yColumn, rawY) : ''].filter(Boolean);
      refused.push({ featureNumber: line, reason: 'bad-coordinates', detail: `line ${line}: ${parts.join(', ')}` });
      continue;
    }
    const properties: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (i !== xi && i !== yi) properties[c] = (data[i] ?? '').trim();
    });
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties });
    featureNumbers.push(line);
  }
  if (dataRows === 0) throw new CsvError('empty', 'the file has a header but no rows', headerRow.line);
  return { features, featureNumbers, columns, xColumn, yColumn, axes, delimiter, refused, rows: dataRows };
}
