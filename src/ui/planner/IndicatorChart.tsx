/**
 * Bar chart of the chosen indicator per municipality (Observable Plot), bars in the map's class colours, the
 * selected municipality outlined; every bar is a keyboard button opening its municipality.
 */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { barX, plot, ruleX, text } from '@observablehq/plot';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { colourOf, type Classes } from '../../core/planner/breaks.ts';
import { displayValue, indicators, type IndicatorId } from '../../core/planner/indicators.ts';
import type { PlannerArea } from '../../core/planner/types.ts';
import { numberFormat, t, type Lang } from '../../i18n/i18n.ts';
import { indicatorLabel, indicatorShort, labelled, numberText, withUnit } from './plannerText.ts';
import { makeButtons, placePlot, plotClass, plotIndex } from './plotDom.ts';
import { areaName, sortAreas } from './sortAreas.ts';

/** Props of {@link IndicatorChart}. */
export interface IndicatorChartProps {
  lang: Lang;
  municipalities: readonly PlannerArea[];
  /** The region, drawn as a reference line for shares and NO2 (a sum of hectares would dwarf the bars). */
  region?: PlannerArea;
  indicator: IndicatorId;
  classes: Classes;
  selectedNis: string | null;
  /** Without it the bars are not buttons (print). */
  onSelect?(nis: string): void;
  widthPx?: number;
}

interface Row {
  nis: string;
  name: string;
  v: number | null;
  text: string;
  colour: string;
}

/** The chart with its heading; a plain list of values is the table beside it. */
export function IndicatorChart({ lang, municipalities, region, indicator, classes, selectedNis, onSelect, widthPx = 330 }: IndicatorChartProps) {
  const box = useRef<HTMLDivElement>(null);
  // the latest callback, read at click time: a new closure from the app must not redraw the chart (and drop focus)
  const select = useRef(onSelect);
  select.current = onSelect;
  const interactive = onSelect !== undefined;
  const title = t(lang, 'plChartTitle', { indicator: indicatorLabel(lang, indicator) });
  const unit = indicators[indicator].unit;
  // the region as a reference line only where it is comparable (a mean or a share, not a sum of hectares)
  const regionV = region && (unit === '%' || unit === 'µg/m³') ? displayValue(indicator, region) : null;
  useLayoutEffect(() => {
    if (!box.current) return;
    const rows: Row[] = sortAreas(municipalities, { by: indicator, desc: true }, lang).map((a) => {
      const v = displayValue(indicator, a);
      return { nis: a.nis, name: areaName(lang, a), v, text: numberText(lang, indicator, v), colour: colourOf(a, classes) };
    });
    const bars = rows.filter((r) => r.v !== null);
    const barLabel = (r: Row) => labelled(lang, r.name, `${r.text}${unit ? ` ${unit}` : ''}`);
    const longest = Math.max(0, ...rows.map((r) => r.name.length));
    const fig = plot({
      className: plotClass,
      width: widthPx,
      height: rows.length * 17 + 44,
      marginLeft: Math.min(150, 12 + longest * 5.6),
      marginRight: 46,
      marginTop: 8,
      marginBottom: 34,
      x: { label: withUnit(indicatorShort(lang, indicator), indicator), labelArrow: 'none', insetLeft: bars.some((r) => r.v! < 0) ? 34 : 0, labelAnchor: 'center', grid: true, nice: true, ticks: 4, tickFormat: (d: number) => numberFormat(lang, indicators[indicator].decimals).format(d) },
      y: { domain: rows.map((r) => r.name), label: null, tickSize: 0 },
      color: { type: 'identity' },
      marks: [
        barX(bars, { x: 'v', y: 'name', fill: 'colour', className: 'pl-bars', title: (r: Row) => barLabel(r) }),
        barX(bars.filter((r) => r.nis === selectedNis), { x: 'v', y: 'name', fill: 'none', stroke: '#111', strokeWidth: 2, ariaHidden: 'true' }),
        ruleX([0], { stroke: '#555' }),
        ...(regionV !== null ? [ruleX([regionV], { stroke: '#333', strokeDasharray: '4 3', ariaLabel: t(lang, 'plRegion') })] : []),
        text(bars.filter((r) => r.v! >= 0), { x: 'v', y: 'name', text: 'text', textAnchor: 'start', dx: 3, ariaHidden: 'true' }),
        text(bars.filter((r) => r.v! < 0), { x: 'v', y: 'name', text: 'text', textAnchor: 'end', dx: -3, ariaHidden: 'true' }),
        text(rows.filter((r) => r.v === null), { x: 0, y: 'name', text: 'text', textAnchor: 'start', dx: 3, fill: '#666', fontStyle: 'italic' }),
      ],
    });
    const svg = box.current;
    placePlot(svg, fig, title, interactive ? 'group' : 'img');
    if (!interactive) return;
    const rects = svg.querySelectorAll('g.pl-bars > rect');
    makeButtons(rects, (i) => (bars[i] ? barLabel(bars[i]!) : null), (i) => bars[i] && select.current?.(bars[i]!.nis));
    for (const r of rects) if (bars[plotIndex(r)]?.nis === selectedNis) r.setAttribute('aria-current', 'true');
  }, [lang, municipalities, regionV, indicator, classes, selectedNis, interactive, widthPx, title]);
  return (
    <figure class="pl-chart">
      <figcaption class="pl-chart-title">{title}</figcaption>
      <div ref={box} class="pl-chart-box" />
      {regionV !== null && <p class="pl-chart-note">{t(lang, 'plChartRegionLine', { value: `${numberText(lang, indicator, regionV)} ${unit}` })}</p>}
      {onSelect && <p class="hint">{t(lang, 'plChartHint')}</p>}
    </figure>
  );
}
