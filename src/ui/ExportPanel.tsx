/**
 * Export of the shortlist (with its notes) or of every site passing the filters (in rank order, with the rank),
 * as CSV (; or ,) or GeoJSON, named after sector and date; and export of the productive-zones layer with its
 * source and licence.
 */
import { useState } from 'preact/hooks';
import type { FeatureCollection } from 'geojson';
import type { CsvSeparator } from '../core/export/csv.ts';
import type { ScoreLookup } from '../core/export/scores.ts';
import { exportFileName, exportMimeType, sitesToCsv, sitesToGeoJson, type ExportScope } from '../core/export/sites.ts';
import { layerFileName, zonesToCsv, zonesToGeoJson } from '../core/export/zones.ts';
import type { LayerSource, SiteFeature, SiteProperties } from '../core/types.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import { downloadText } from './download.ts';
import { sectorIds } from '../core/scoring/index.ts';
import { sourcePhrase } from './sourceText.ts';

export interface ExportPanelProps {
  lang: Lang;
  /** Sites of each scope, in display order (the passing sites best first). */
  shortlist: readonly SiteProperties[];
  filtered: readonly SiteProperties[];
  /** Site features by id (for GeoJSON geometry); sites without one are left out of GeoJSON. */
  features: ReadonlyMap<string, SiteFeature>;
  scores: ScoreLookup;
  currentSector: string | null;
  /** The shortlist notes by site id, for the `note` column. */
  notes?: ReadonlyMap<string, string>;
  /** The productive-zones layer once loaded, and its source from the manifest. */
  zones?: FeatureCollection;
  zonesSource?: LayerSource;
}

/** Download of the productive-zones layer; its source and licence travel in every row. */
function ZonesExport({ lang, zones, source, sep }: { lang: Lang; zones: FeatureCollection; source: LayerSource | undefined; sep: CsvSeparator }) {
  const name = (ext: 'csv' | 'geojson') => layerFileName('productive-zones', new Date(), ext);
  return (
    <fieldset class="export-zones">
      <legend>{t(lang, 'exportZones', { n: String(zones.features.length) })}</legend>
      <div class="export-buttons">
        <button type="button" onClick={() => downloadText(zonesToCsv(zones, source, { separator: sep }), name('csv'), exportMimeType('csv'))}>
          {t(lang, 'zonesCsv')}
        </button>
        <button type="button" onClick={() => downloadText(JSON.stringify(zonesToGeoJson(zones, source)), name('geojson'), exportMimeType('geojson'))}>
          {t(lang, 'zonesGeojson')}
        </button>
      </div>
      {source && <p class="hint">{t(lang, 'zonesLicence', { publisher: sourcePhrase(lang, source.publisher), licence: sourcePhrase(lang, source.licence) })}</p>}
    </fieldset>
  );
}

/** Scope and separator choices, the two site downloads and the zones downloads. */
export function ExportPanel({ lang, shortlist, filtered, features, scores, currentSector, notes, zones, zonesSource }: ExportPanelProps) {
  const [scope, setScope] = useState<ExportScope>('shortlist');
  const [sep, setSep] = useState<CsvSeparator>(';');
  const sites = scope === 'shortlist' ? shortlist : filtered;
  const name = (ext: 'csv' | 'geojson') => exportFileName(currentSector ?? '', new Date(), ext, scope);
  // `filtered` is in the list's rank order when a sector is chosen; a shortlisted site gets its rank there too
  const ranks = currentSector ? new Map(filtered.map((s, i) => [s.siteId, i + 1])) : undefined;
  const opts = { sectorIds: [...sectorIds], lang, ranks, notes }; // evidence words in the user's language
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
      {zones && <ZonesExport lang={lang} zones={zones} source={zonesSource} sep={sep} />}
    </div>
  );
}
