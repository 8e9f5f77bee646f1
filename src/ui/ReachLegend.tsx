/**
 * The legend of the selected site's reach, over the map while it is drawn: the sectors reached by public transport
 * in the classes of `reachRamp`, the truck route to the motorway, and the model's caveat as the legend's title.
 */
import { reachRamp } from '../core/colour/palette.ts';
import { numberFormat, t, type Lang } from '../i18n/i18n.ts';
import './reachLegend.css';

/** Which parts of the reach are drawn (a part that is not drawn is not explained). */
export interface ReachLegendContent {
  sectors: boolean;
  route: boolean;
}

/** The reach's classes of minutes, from the palette: [from, to, colour]. */
export function reachClasses(): [number, number, string][] {
  return reachRamp.breaksMin.map((to, i) => [i === 0 ? 0 : reachRamp.breaksMin[i - 1]!, to, reachRamp.colours[i]!]);
}

/** The legend, or nothing when no reach is drawn. */
export function ReachLegend({ lang, legend }: { lang: Lang; legend: ReachLegendContent | null }) {
  if (!legend) return null;
  const n = (v: number) => numberFormat(lang, 0).format(v);
  const max = reachRamp.breaksMin[reachRamp.breaksMin.length - 1]!;
  return (
    <section class="reach-legend" aria-label={t(lang, 'reachLegend')} title={t(lang, 'reachCaveat')}>
      {legend.sectors && (
        <>
          <p class="reach-legend-head">{t(lang, 'reachTransit', { max: n(max) })}</p>
          <ul class="reach-legend-classes">
            {reachClasses().map(([from, to, colour]) => (
              <li key={to}>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <rect x="1" y="1" width="12" height="12" fill={colour} fill-opacity="0.8" stroke="#ffffff" />
                </svg>
                {t(lang, 'reachClass', { from: n(from), to: n(to) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {legend.route && (
        <p class="reach-legend-route">
          <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
            <line x1="2" y1="5" x2="20" y2="5" stroke={reachRamp.routeCasing} stroke-width="7" stroke-linecap="round" />
            <line x1="2" y1="5" x2="20" y2="5" stroke={reachRamp.route} stroke-width="3.5" stroke-linecap="round" />
          </svg>
          {t(lang, 'reachRoute')}
        </p>
      )}
      <p class="reach-legend-note">{t(lang, 'reachModel')}</p>
    </section>
  );
}
