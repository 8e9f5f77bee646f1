/** Short texts for scores and sectors in the shortlist views. */
import { sectorProfiles, type SectorId } from '../core/scoring/index.ts';
import { toScore100 } from '../core/export/fromScoring.ts';
import { t, type Lang, numberFormat } from '../i18n/i18n.ts';

/** Name of a sector id in the language; `x-custom` (edited weights or gates) gets a trailing asterisk. */
export function sectorName(lang: Lang, sectorId: string): string {
  const custom = sectorId.endsWith('-custom');
  const base = (custom ? sectorId.slice(0, -'-custom'.length) : sectorId) as SectorId;
  const p = sectorProfiles[base];
  return p ? `${p.label[lang]}${custom ? ' *' : ''}` : sectorId;
}

/** A 0–100 score with one decimal in the locale, or "—" when unknown. */
export function scoreText(lang: Lang, score: number | null | undefined): string {
  return typeof score === 'number' && Number.isFinite(score) ? numberFormat(lang, 1).format(score) : '—';
}

/** A 0–1 score (or a criterion's contribution) as shown everywhere: toScore100's rounding in the locale ("82,6"). */
export function score01Text(lang: Lang, score01: number): string {
  return scoreText(lang, toScore100(score01));
}

/** Units that are English words for counts, left out after the number. */
const countUnits = new Set(['lines', 'workshops', 'residents']);

/** A number with its unit in the locale (distances and areas unrounded beyond one decimal), or "unknown". */
export function valueText(lang: Lang, value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return t(lang, 'unknown');
  const v = numberFormat(lang, 1).format(value);
  // counts carry their meaning in the row's label (in the UI language): only physical units follow the number
  return unit && !countUnits.has(unit) ? `${v} ${unit}` : v;
}
