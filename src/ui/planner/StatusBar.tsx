/** Productive land of one area by availability status: a horizontal stacked bar (Observable Plot) and its key. */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { barX, plot, stackX } from '@observablehq/plot';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { statusColours } from '../../core/colour/palette.ts';
import type { PlannerArea } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { statusLabel } from '../format.ts';
import { statusParts, type StatusPart } from './plannerData.ts';
import { fixed, haText, labelled } from './plannerText.ts';
import { placePlot, plotClass } from './plotDom.ts';

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  lang: Lang;
  area: PlannerArea;
  widthPx?: number;
}

/** The stacked bar of the statuses with a key (colour, status, hectares, share). */
export function StatusBar({ lang, area, widthPx = 330 }: StatusBarProps) {
  const box = useRef<HTMLDivElement>(null);
  const parts = statusParts(area);
  const total = parts.reduce((s, p) => s + p.ha, 0);
  const title = t(lang, 'plStatusTitle');
  const partText = (p: StatusPart) => labelled(lang, statusLabel(lang, p.status), `${haText(lang, p.ha)} (${fixed(lang, (100 * p.ha) / total, 0)} %)`);
  useLayoutEffect(() => {
    if (!box.current || total <= 0) return;
    const fig = plot({
      className: plotClass,
      width: widthPx,
      height: 58,
      marginLeft: 8,
      marginRight: 16,
      marginTop: 4,
      marginBottom: 30,
      x: { label: 'ha', labelArrow: 'none', labelAnchor: 'right', ticks: 5, domain: [0, total], tickFormat: (d: number) => fixed(lang, d, 0) },
      color: { type: 'identity' },
      marks: [barX(parts, stackX({ x: 'ha', fill: (p: StatusPart) => statusColours[p.status], stroke: '#fff', title: partText }))],
    });
    placePlot(box.current, fig, labelled(lang, title, parts.map(partText).join('; ')), 'img');
  }, [lang, area, widthPx]);
  if (total <= 0) return <p class="pl-empty">{t(lang, 'plStatusNone')}</p>;
  return (
    <div class="pl-status">
      <div ref={box} class="pl-status-box" />
      <ul class="pl-status-key">
        {parts.map((p) => (
          <li key={p.status} data-status={p.status}>
            <svg width="12" height="10" viewBox="0 0 12 10" aria-hidden="true" focusable="false">
              <rect width="12" height="10" fill={statusColours[p.status]} />
            </svg>{' '}
            {partText(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
