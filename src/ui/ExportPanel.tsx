/** Export of the shortlist or of every site passing the filters, as CSV (; or ,) or GeoJSON, named after sector and date. */
import { useState } from 'preact/hooks';
import type { CsvSeparator } from '../core/export/csv.ts';
import type { ScoreLookup } from '../core/export/scores.ts';
import { exportFileName, exportMimeType, sitesToCsv, sitesToGeoJson, type ExportScope } from '../core/export/sites.ts';
import type { SiteFeature, SiteProperties } from '../core/types.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import { downloadText } from '../app/download.ts';
import { sectorIds } from '../core/scoring/index.ts';

export interface ExportPanelProps {
  lang: Lang;
  /** Sites of each scope, in display order. */
  shortlist: readonly SiteProperties[];
  filtered: readonly SiteProperties[];
  /** Site features by id (for GeoJSON geometry); sites without one are left out of GeoJSON. */
  features: ReadonlyMap<string, SiteFeature>;
  scores: ScoreLookup;
  currentSector: string | null;
}

/** Scope and separator choices, and the two download buttons. */
export function ExportPanel({ lang, shortlist, filtered, features, scores, currentSector }: ExportPanelProps) {
  const [scope, setScope] = useState<ExportScope>('shortlist');
  const [sep, setSep] = useState<CsvSeparator>(';');
  const sites = scope === 'shortlist' ? shortlist : filtered;
  const name = (ext: 'csv' | 'geojson') => exportFileName(currentSector ?? '', new Date(), ext, scope);
  const opts = { sectorIds: [...sectorIds], lang }; // evidence words in the user's language
  const csv = () => downloadText(sitesToCsv(sites, scores, { ...opts, separator: sep }), name('csv'), exportMimeType('csv'));
  const geojson = () => {
    const fs = sites.map((s) => features.get(s.siteId)).filter((f): f is SiteFeature => f !== undefined);
    downloadText(JSON.stringify(sitesToGeoJson(fs, scores, opts)), name('geojson'), exportMimeType('geojson'));
  };
  return (
    <div class="export-panel">
      <fieldset>
        <legend>{t(lang, 'exportScope')}</legend>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'shortlist'} onChange={() => setScope('shortlist')} /> {t(lang, 'exportShortlist')} ({shortlist.length})
        </label>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'sites'} onChange={() => setScope('sites')} /> {t(lang, 'exportFiltered', { n: String(filtered.length) })}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'separator')}</legend>
        <label>
          <input type="radio" name="export-sep" checked={sep === ';'} onChange={() => setSep(';')} /> {t(lang, 'sepSemicolon')}
        </label>
        <label>
          <input type="radio" name="export-sep" checked={sep === ','} onChange={() => setSep(',')} /> {t(lang, 'sepComma')}
        </label>
      </fieldset>
      <div class="export-buttons">
        <button type="button" disabled={sites.length === 0} onClick={csv}>
          {t(lang, 'downloadCsv')}
        </button>
        <button type="button" disabled={sites.length === 0} onClick={geojson}>
          {t(lang, 'downloadGeojson')}
        </button>
      </div>
      {sites.length === 0 && <p class="sl-empty">{t(lang, 'exportEmpty')}</p>}
    </div>
  );
}
