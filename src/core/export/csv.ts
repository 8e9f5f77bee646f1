/**
 * RFC 4180 CSV writer tuned for spreadsheets used in Belgium.
 *
 * Why the defaults:
 * - BOM on: Excel (Windows and macOS) opens a double-clicked .csv in the legacy ANSI code page unless the
 *   file starts with a UTF-8 byte order mark, which turns "Molenbeek-Saint-Jean" fine but "Forêt" into
 *   "ForÃªt". LibreOffice, QGIS, pandas (`encoding='utf-8-sig'`) and Google Sheets all accept the BOM.
 * - Decimal follows the separator: Excel with a Belgian (fr-BE / nl-BE) locale uses ';' as list separator
 *   and ',' as decimal mark, so a ';' file gets "12,5"; a ',' file is the international form and gets "12.5".
 *   With ',' decimal and ',' separator the cell is still valid, just quoted.
 * - CRLF after every record, including the last (RFC 4180 §2.1–2.2).
 * - Formula-injection guard (OWASP "CSV Injection"): a text cell starting with = + - @ TAB or CR is prefixed
 *   with an apostrophe so a spreadsheet shows it as text instead of evaluating it. Number cells are written
 *   by this module and never guarded, so "-12,5" stays a negative number.
 */

/** One cell value; null and undefined become an empty cell, non-finite numbers too. */
export type CsvCell = string | number | boolean | null | undefined;

/** Field separator. */
export type CsvSeparator = ',' | ';';

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Field separator: ';' for Belgian/European Excel, ',' for everything else. */
  separator: CsvSeparator;
  /** Decimal mark of number cells; undefined means ',' with a ';' separator and '.' with a ',' separator. */
  decimal?: '.' | ',';
  /** Prefix the UTF-8 byte order mark so Excel reads the file as UTF-8. */
  bom: boolean;
  /** Most fraction digits of number cells (trailing zeros are dropped); avoids 0.30000000000000004. */
  maxFractionDigits: number;
  /** Prefix text cells that a spreadsheet would evaluate as a formula with an apostrophe. */
  guardFormulas: boolean;
}

/** Defaults of {@link toCsv}. */
export const defaultCsvOptions: CsvOptions = {
  // Belgian spreadsheets expect ';'; the export UI offers ',' as the other choice.
  separator: ';',
  // Follow the separator (see module doc).
  decimal: undefined,
  // Excel needs it to read UTF-8 (é, ë, Ø).
  bom: true,
  // Metres and µg/m³ never need more; scores are 0–100.
  maxFractionDigits: 6,
  // OWASP CSV injection guidance: data cells are untrusted.
  guardFormulas: true,
};

/** The UTF-8 byte order mark as a string character. */
export const utf8Bom = '\uFEFF';

const formulaStart = /^[=+\-@\t\r]/;

/** Decimal mark actually used for the given options. */
export function csvDecimal(options: Pick<CsvOptions, 'separator' | 'decimal'>): '.' | ',' {
  return options.decimal ?? (options.separator === ';' ? ',' : '.');
}

/** Formats a number for a spreadsheet cell: plain notation (no exponent), at most maxFractionDigits. */
export function formatCsvNumber(value: number, decimal: '.' | ',', maxFractionDigits: number): string {
  if (!Number.isFinite(value)) return '';
  let text: string;
  if (Math.abs(value) >= 1e21) {
    // toFixed falls back to exponent notation here; such values do not occur in site metrics.
    text = BigInt(Math.round(value)).toString();
  } else {
    text = value.toFixed(maxFractionDigits);
    if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  }
  if (text === '-0') text = '0';
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** Whether a text cell would be read as a formula by a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}

/** Quotes a field when it holds the separator, a double quote, CR or LF (RFC 4180 §2.6–2.7). */
export function quoteCsvField(text: string, separator: CsvSeparator): string {
  if (text.includes(separator) || /["\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Renders one cell (not yet quoted). */
function cellText(cell: CsvCell, options: CsvOptions): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell, csvDecimal(options), options.maxFractionDigits);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return options.guardFormulas && looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** Writes rows (the first is usually the header) as CSV text; numbers unitless as given, CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: Partial<CsvOptions> = {}): string {
  const opts: CsvOptions = { ...defaultCsvOptions, ...options };
  let out = opts.bom ? utf8Bom : '';
  for (const row of rows) {
    out += row.map((cell) => quoteCsvField(cellText(cell, opts), opts.separator)).join(opts.separator);
    out += '\r\n';
  }
  return out;
}
