/** Words of the notice about a link that was only partly understood ("2 parts of this link were … ignored: …"). */
import { t, type Lang } from '../i18n/i18n.ts';
import { defaultCodecOptions } from '../state/scoringCodec.ts';
import type { IgnoredPart } from '../state/state.ts';

/** Longest part quoted in the notice; the rest is elided. */
const maxQuoted = 60;

const quote = (s: string): string => (s.length > maxQuoted ? `${s.slice(0, maxQuoted)}…` : s);

/** One phrase per ignored part, in link order; weights above the slider range are named once. */
export function ignoredPhrases(lang: Lang, parts: readonly IgnoredPart[]): string[] {
  const out: string[] = [];
  let weights = false;
  for (const p of parts) {
    if (p.reason === 'above-max') {
      if (!weights) out.push(t(lang, 'linkWeightsAbove', { max: String(defaultCodecOptions.maxWeight) }));
      weights = true;
    } else if (p.reason === 'shortlist') out.push(t(lang, 'linkShortlist'));
    else if (p.reason === 'inverted') out.push(t(lang, 'linkInverted', { part: quote(p.part) }));
    else if (p.reason === 'negative') out.push(t(lang, 'linkNegative', { part: quote(p.part) }));
    else out.push(quote(p.part));
  }
  return out;
}

/** The notice sentence; '' when nothing was ignored. */
export function linkNoticeText(lang: Lang, parts: readonly IgnoredPart[]): string {
  const phrases = ignoredPhrases(lang, parts);
  if (phrases.length === 0) return '';
  const list = phrases.join(', ');
  return phrases.length === 1 ? t(lang, 'linkIgnoredOne', { parts: list }) : t(lang, 'linkIgnoredMany', { n: String(phrases.length), parts: list });
}
