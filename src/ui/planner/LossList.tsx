/** The largest pieces of industrial land lost since 2013 in one municipality: area, category, today's use, 2013 name. */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import type { LandLossProperties } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { haText, landuseText, lossCategoryLabel } from './plannerText.ts';

/** Props of {@link LossList}. */
export interface LossListProps {
  lang: Lang;
  /** The losses to list, largest first; null while the layer is not loaded. */
  losses: readonly LandLossProperties[] | null;
  /** Without it the entries are plain text (print). */
  onOpen?(loss: LandLossProperties): void;
}

/** One line about a loss: "2,3 ha · housing · landuse=residential · 2013: Usine X". */
export function lossText(lang: Lang, l: LandLossProperties): string {
  const name = typeof l.name2013 === 'string' && l.name2013.trim() ? l.name2013.trim() : t(lang, 'plLossUnnamed');
  return [haText(lang, l.areaM2 / 10_000), lossCategoryLabel(lang, l.category), t(lang, 'plLossToday', { landuse: landuseText(lang, l.landuseToday) }), t(lang, 'plLoss2013', { name })].join(' · ');
}

/** The ordered list, or why there is none. */
export function LossList({ lang, losses, onOpen }: LossListProps) {
  if (losses === null) return <p class="pl-empty">{t(lang, 'plLossesMissing')}</p>;
  if (losses.length === 0) return <p class="pl-empty">{t(lang, 'plLossesNone')}</p>;
  return (
    <ol class="pl-losses">
      {losses.map((l) => {
        const text = lossText(lang, l);
        return (
          <li key={l.lossId} data-loss-id={l.lossId} data-category={l.category}>
            {onOpen ? (
              <button type="button" class="link pl-loss" aria-label={t(lang, 'plLossOpen', { loss: text })} onClick={() => onOpen(l)}>
                {text}
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ol>
  );
}
