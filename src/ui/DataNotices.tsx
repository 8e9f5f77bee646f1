/** What the app left out of the data and why: skipped manifest entries, unreadable basemap archives, missing sites. */
import { catalogue } from './catalogue.ts';
import type { BasemapFailure, SkippedEntry } from '../data/manifest.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import type { LayerStatus } from '../state/state.ts';

function skippedText(lang: Lang, s: SkippedEntry): string {
  const entry = s.layerId && catalogue.find((c) => c.id === s.layerId);
  if (entry) return t(lang, 'dataSkippedLayer', { layer: t(lang, entry.label), reason: s.reason });
  if (s.section === 'basemap' && !s.name.startsWith('basemap[')) return t(lang, 'dataSkippedBasemap', { name: s.name, reason: s.reason });
  return t(lang, 'dataSkippedEntry', { name: s.name, reason: s.reason });
}

/** The list of notices (nothing when all data was usable); text only, data never reaches HTML. */
export function DataNotices({ lang, skipped = [], basemap = [] }: { lang: Lang; skipped?: readonly SkippedEntry[] | undefined; basemap?: readonly BasemapFailure[] }) {
  if (!skipped.length && !basemap.length) return null;
  return (
    <div class="data-notices" role="status">
      <h3>{t(lang, 'dataNotices')}</h3>
      <ul>
        {skipped.map((s, i) => (
          <li key={`s${i}`}>{skippedText(lang, s)}</li>
        ))}
        {basemap.map((b) => (
          <li key={`b${b.file}`}>{t(lang, 'dataBasemapFailed', { file: b.file, message: b.message })}</li>
        ))}
      </ul>
    </div>
  );
}

/** In the scoring panel when the sites layer failed: there is nothing to rank, and this says why. */
export function SitesUnavailable({ lang, status }: { lang: Lang; status: Extract<LayerStatus, { state: 'error' }> }) {
  return (
    <p class="data-problem" role="status">
      {t(lang, 'dataNoSites', { detail: status.detail })}
    </p>
  );
}
