/** Download of the planner table as CSV (19 municipalities in the table's order, then the region), ; or , as ExportPanel. */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { useState } from 'preact/hooks';
import type { CsvSeparator } from '../../core/export/csv.ts';
import { plannerFileName, plannerToCsv } from '../../core/export/planner.ts';
import { exportMimeType } from '../../core/export/sites.ts';
import type { PlannerArea } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { downloadText } from '../download.ts';

/** Props of {@link PlannerExport}. */
export interface PlannerExportProps {
  lang: Lang;
  /** The municipalities in the table's order. */
  rows: readonly PlannerArea[];
  region: PlannerArea;
}

/** Separator choice and the download button. */
export function PlannerExport({ lang, rows, region }: PlannerExportProps) {
  const [sep, setSep] = useState<CsvSeparator>(';');
  const download = () => downloadText(plannerToCsv(rows, region, { separator: sep }), plannerFileName(new Date()), exportMimeType('csv'));
  return (
    <div class="pl-export">
      <fieldset>
        <legend>{t(lang, 'plExportSeparator')}</legend>
        <label>
          <input type="radio" name="pl-export-sep" checked={sep === ';'} onChange={() => setSep(';')} /> {t(lang, 'sepSemicolon')}
        </label>
        <label>
          <input type="radio" name="pl-export-sep" checked={sep === ','} onChange={() => setSep(',')} /> {t(lang, 'sepComma')}
        </label>
      </fieldset>
      <button type="button" class="pl-download" onClick={download}>
        {t(lang, 'plDownloadCsv')}
      </button>
    </div>
  );
}
