/**
 * The A4 sheet of one municipality for print: name and dates, its indicators beside the region's, the chart of the
 * chosen indicator with it outlined, the status bar, the 2013 → today change, its largest losses and the sources.
 */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import type { Classes } from '../../core/planner/breaks.ts';
import type { IndicatorId } from '../../core/planner/indicators.ts';
import type { LandLossProperties, PlannerArea, PlannerData } from '../../core/planner/types.ts';
import { t, type Lang, withColon } from '../../i18n/i18n.ts';
import { sourcePhrase, sourceTitle } from '../sourceText.ts';
import '../../i18n/dictSources.ts'; // registers the datasets' titles
import { ChangeTable } from './ChangeTable.tsx';
import { IndicatorChart } from './IndicatorChart.tsx';
import { IndicatorSummary } from './IndicatorSummary.tsx';
import { LossList } from './LossList.tsx';
import { dateText } from './plannerText.ts';
import { StatusBar } from './StatusBar.tsx';
import { areaName } from './sortAreas.ts';

/** One data source as the app passes it: `id` is its layer's (or `census` for the planner's own indicators). */
export interface PlannerSource {
  id: string;
  name: string;
  publisher: string;
  licence: string;
  date: string;
}

/** Props of {@link MunicipalityPrintSheet}. */
export interface MunicipalityPrintSheetProps {
  lang: Lang;
  data: PlannerData;
  area: PlannerArea;
  indicator: IndicatorId;
  classes: Classes;
  losses: readonly LandLossProperties[] | null;
  sources: readonly PlannerSource[];
  /** Today in the language's long form. */
  printedOn: string;
}

/** "Name — publisher, licence, date", publisher, licence and date translated when the app knows them. */
export function sourceLine(lang: Lang, s: PlannerSource): string {
  const rest = [s.publisher, s.licence, s.date].filter((x) => typeof x === 'string' && x.trim()).map((x) => sourcePhrase(lang, x));
  const name = sourceTitle(lang, s.id, s);
  return rest.length ? `${name} — ${rest.join(', ')}` : name;
}

/** The sheet (class `pl-print-sheet`, one A4 page). */
export function MunicipalityPrintSheet({ lang, data, area, indicator, classes, losses, sources, printedOn }: MunicipalityPrintSheetProps) {
  return (
    <article class="pl-print-sheet" data-nis={area.nis} lang={lang}>
      <header class="pl-print-head">
        <h2>{areaName(lang, area)}</h2>
        <p class="pl-print-meta">
          {t(lang, 'plPrintTitle')} · NIS {area.nis} · {t(lang, 'printedOn', { date: printedOn })} · {t(lang, 'plDataBuilt', { date: dateText(lang, data.builtAt) })}
        </p>
      </header>
      <div class="pl-print-cols">
        <div>
          <h3>{t(lang, 'plIndicators')}</h3>
          <IndicatorSummary lang={lang} area={area} region={data.region} municipalities={data.municipalities} indicator={indicator} />
          <h3>{t(lang, 'plChangeTitle')}</h3>
          <ChangeTable lang={lang} area={area} />
        </div>
        <div>
          <IndicatorChart lang={lang} municipalities={data.municipalities} region={data.region} indicator={indicator} classes={classes} selectedNis={area.nis} widthPx={340} />
        </div>
      </div>
      <h3>{t(lang, 'plStatusTitle')}</h3>
      <StatusBar lang={lang} area={area} widthPx={720} />
      <h3>{t(lang, 'plLossesTitle')}</h3>
      <LossList lang={lang} losses={losses} />
      {sources.length > 0 && (
        <footer class="pl-print-sources">
          <strong>{withColon(lang, t(lang, 'dataSources'))}</strong>{' '}
          <ul>
            {sources.map((s, i) => (
              <li key={i}>{sourceLine(lang, s)}</li>
            ))}
          </ul>
        </footer>
      )}
    </article>
  );
}
