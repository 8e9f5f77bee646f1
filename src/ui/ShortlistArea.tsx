/**
 * The shortlist section of the side panel: notices, the list, share, compare, export and print.
 * Compare and print open as layers over the app; their choice of sites lives here.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Feature, Geometry } from 'geojson';
import { compareLimits } from '../core/export/compare.ts';
import type { Profile } from '../core/scoring/model.ts';
import type { Manifest, SiteFeature, SiteProperties } from '../core/types.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import type { ContextLayers } from '../state/contextLayers.ts';
import { currentSectorId, makeScoreLookup, sitesPassingFilters } from '../state/scoreLookup.ts';
import type { Scored } from '../state/selectors.ts';
import type { ShortlistApi } from '../state/shortlistApi.ts';
import { ComparePanel } from './ComparePanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { PrintView } from './PrintView.tsx';
import { ShareBox } from './ShareBox.tsx';
import { ShortlistNotices } from './ShortlistNotices.tsx';
import { ShortlistPanel } from './ShortlistPanel.tsx';
import '../styles/shortlist.css';

export interface ShortlistAreaProps {
  lang: Lang;
  api: ShortlistApi;
  sites: ReadonlyMap<string, SiteProperties>;
  context: ContextLayers;
  /** The profile of the chosen sector (selectProfile); null without one. */
  profile: Profile | null;
  /** The app's scoring with `profile` (which sites pass), reused for the export of passing sites. */
  scored: Scored | null;
  manifest: Manifest | null;
  onSelect(siteId: string): void;
}

/** Everything about the shortlist in the side panel. */
export function ShortlistArea({ lang, api, sites, context, profile, scored, manifest, onSelect }: ShortlistAreaProps) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState(false);
  const scores = useMemo(() => makeScoreLookup(sites, profile), [sites, profile]);
  const features = useMemo(() => new Map((context.layers.sites?.features ?? []).map((f) => [String(f.properties?.siteId), f as SiteFeature])), [context.layers.sites]);
  const current = currentSectorId(profile);
  const listed = api.list.map((i) => sites.get(i.siteId)).filter((s): s is SiteProperties => s !== undefined);
  const pickedSites = listed.filter((s) => picked.has(s.siteId));
  const canCompare = pickedSites.length >= compareLimits.min && pickedSites.length <= compareLimits.max;
  const filtered = useMemo(() => sitesPassingFilters(sites, profile, scored), [sites, profile, scored]);
  const sketch = { index: context.index, communes: context.layers.communes, region: context.layers.region };
  const printSites = (api.sheet ?? []).map((id) => sites.get(id)).filter((s): s is SiteProperties => s !== undefined);
  return (
    <section class="shortlist-area" aria-labelledby="shortlist-title">
      <h2 id="shortlist-title">
        {t(lang, 'shortlist')} ({api.list.length})
      </h2>
      <ShortlistNotices lang={lang} api={api} />
      {!current && api.list.length > 0 && <p class="sl-hint">{t(lang, 'noSector')}</p>}
      <ShortlistPanel
        lang={lang}
        list={api.list}
        sites={sites}
        scores={scores}
        currentSector={current}
        picked={picked}
        onPick={(id, on) => setPicked((p) => { const n = new Set(p); if (on) n.add(id); else n.delete(id); return n; })}
        onSelect={onSelect}
        dispatch={api.dispatch}
      />
      {api.list.length > 0 && (
        <div class="sl-actions">
          <button type="button" class="compare-open" disabled={!canCompare} onClick={() => setComparing(true)} title={t(lang, 'compareHint')}>
            {t(lang, 'compare')} ({pickedSites.length})
          </button>
          <button type="button" class="print-open" onClick={() => api.openSheet(api.list.map((i) => i.siteId))}>
            {t(lang, 'printShortlist')}
          </button>
          <ShareBox lang={lang} api={api} />
        </div>
      )}
      {api.list.length > 0 && !canCompare && <p class="sl-hint">{t(lang, 'compareHint')}</p>}
      <details class="export-details">
        <summary>{t(lang, 'export')}</summary>
        <ExportPanel lang={lang} shortlist={listed} filtered={filtered} features={features} scores={scores} currentSector={current} notes={new Map(api.list.map((i) => [i.siteId, i.note]))} zones={context.layers['productive-zones']} zonesSource={manifest?.layers.find((l) => l.id === 'productive-zones')?.source} />
      </details>
      {comparing && canCompare && (
        <ComparePanel lang={lang} sites={pickedSites} scores={scores} features={pickedSites.map((s) => features.get(s.siteId)).filter((f): f is SiteFeature => f !== undefined) as Feature<Geometry>[]} sketch={sketch} onClose={() => setComparing(false)} />
      )}
      {printSites.length > 0 && (
        <PrintView lang={lang} sites={printSites} features={features as ReadonlyMap<string, Feature<Geometry>>} profile={profile} manifest={manifest} sketch={sketch} notes={new Map(api.list.map((i) => [i.siteId, i.note]))} onClose={() => api.openSheet(null)} />
      )}
    </section>
  );
}
