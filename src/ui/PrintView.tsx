/**
 * Print view: the site sheets of one site or the whole shortlist in a full-screen layer outside the app root,
 * so the print stylesheet can hide the app and give one A4 page per sheet ("Print → Save as PDF"). The toolbar
 * picks the breakdown's sector and takes the presenter's name and contact, remembered for the next time.
 */
import { createPortal } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Feature, Geometry } from 'geojson';
import { sectorIds, type Profile, type SectorId } from '../core/scoring/model.ts';
import { sectorProfiles } from '../core/scoring/profiles.ts';
import type { Manifest, SiteProperties } from '../core/types.ts';
import { locale, t, type Lang } from '../i18n/i18n.ts';
import { currentSectorId } from '../state/scoreLookup.ts';
import { PrintSheet } from './PrintSheet.tsx';
import { browserStore, loadPresenter, presenterLimits, presenterText, savePresenter, type Presenter } from './presenter.ts';
import { sectorName } from './scoreText.ts';
import type { SiteSketchProps } from './SiteSketch.tsx';
import '../styles/print.css';

export interface PrintViewProps {
  lang: Lang;
  sites: readonly SiteProperties[];
  features: ReadonlyMap<string, Feature<Geometry>>;
  /** The profile of the chosen sector (selectProfile); null without one. */
  profile: Profile | null;
  manifest: Manifest | null;
  sketch: Pick<SiteSketchProps, 'index' | 'communes' | 'region'>;
  /** Shortlist notes by site id. */
  notes: ReadonlyMap<string, string>;
  onClose(): void;
}

/** The print layer with its toolbar (sector for the breakdown, print, close). */
export function PrintView({ lang, sites, features, profile: currentProfile, manifest, sketch, notes, onClose }: PrintViewProps) {
  const [host] = useState(() => document.createElement('div'));
  const [choice, setChoice] = useState<SectorId | 'current'>(currentProfile ? 'current' : sectorIds[0]);
  const ref = useRef<HTMLDivElement>(null);
  const [store] = useState(browserStore);
  const [presenter, setPresenter] = useState<Presenter>(() => loadPresenter(store));
  const edit = (change: Partial<Presenter>) =>
    setPresenter((p) => {
      const next = { ...p, ...change };
      savePresenter(store, next); // a refusal only means typing it again next time
      return next;
    });
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    host.className = 'print-root';
    document.body.append(host);
    document.documentElement.classList.add('printing');
    ref.current?.focus();
    return () => {
      host.remove();
      document.documentElement.classList.remove('printing');
      if (opener?.isConnected) opener.focus();
    };
  }, [host]);
  const current = currentSectorId(currentProfile);
  const [profile, profileSectorId]: [Profile, string] =
    choice === 'current' && currentProfile && current ? [currentProfile, current] : [sectorProfiles[choice === 'current' ? sectorIds[0] : choice], choice === 'current' ? sectorIds[0] : choice];
  const printedOn = useMemo(() => new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(new Date()), [lang]);
  return createPortal(
    <div class="print-view" role="dialog" aria-modal="true" aria-label={t(lang, 'print')} tabIndex={-1} ref={ref} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}>
      <div class="print-toolbar">
        <label>
          {t(lang, 'printSector')}{' '}
          <select value={choice} onChange={(e) => setChoice(e.currentTarget.value as SectorId | 'current')}>
            {currentProfile && current && <option value="current">{sectorName(lang, current)}</option>}
            {sectorIds.map((s) => (
              <option key={s} value={s}>
                {sectorName(lang, s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'presenterName')}{' '}
          <input type="text" class="presenter-name" value={presenter.name} maxLength={presenterLimits.maxChars} title={t(lang, 'presenterSaved')} onInput={(e) => edit({ name: e.currentTarget.value })} />
        </label>
        <label>
          {t(lang, 'presenterContact')}{' '}
          <input type="text" class="presenter-contact" value={presenter.contact} maxLength={presenterLimits.maxChars} title={t(lang, 'presenterSaved')} onInput={(e) => edit({ contact: e.currentTarget.value })} />
        </label>
        <button type="button" onClick={() => window.print()}>
          {t(lang, 'printNow')}
        </button>
        <button type="button" onClick={onClose}>
          {t(lang, 'close')}
        </button>
      </div>
      {sites.map((s) => (
        <PrintSheet key={s.siteId} lang={lang} site={s} feature={features.get(s.siteId)} profile={profile} profileSectorId={profileSectorId} manifest={manifest} sketch={sketch} printedOn={printedOn} note={notes.get(s.siteId)} presenter={presenterText(presenter)} />
      ))}
    </div>,
    host,
  );
}
