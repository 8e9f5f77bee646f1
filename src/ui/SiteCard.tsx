/**
 * Site card: name (or kind + municipality), kind, municipality, area, every metric in plain words,
 * nearest stop and station. Data text is rendered as text nodes only. Slots: `actions` (e.g. a star
 * button) beside the title, `children` (e.g. a score breakdown) below the metrics.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { metricKeys, type SiteProperties } from '../core/types.ts';
import { pickName, t, type Lang } from '../i18n/i18n.ts';
import { formatMetric, kindLabel, siteTitle } from './format.ts';

export interface SiteCardProps {
  lang: Lang;
  site: SiteProperties;
  onClose(): void;
  /** Slot beside the title (e.g. a shortlist star). */
  actions?: ComponentChildren;
  /** Slot below the metrics (e.g. a score breakdown). */
  children?: ComponentChildren;
}

/** The card for the selected site. */
export function SiteCard({ lang, site, onClose, actions, children }: SiteCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus(); // keyboard users land in the card they opened
  }, [site.siteId]);
  const title = siteTitle(lang, site);
  const stop = pickName(lang, site.nearestStopFr, site.nearestStopNl);
  const station = pickName(lang, site.nearestStationFr, site.nearestStationNl);
  useEffect(() => {
    // Escape closes the card wherever the focus is (the card, the map, the panel buttons)
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div class="site-card" ref={ref} tabIndex={-1} role="dialog" aria-modal="false" aria-labelledby="site-card-title" data-site-id={site.siteId}>
      <header class="site-card-header">
        <h2 id="site-card-title">{title}</h2>
        {actions}
        <button type="button" class="close" onClick={onClose} aria-label={t(lang, 'close')} title={t(lang, 'close')}>
          ×
        </button>
      </header>
      <dl class="site-facts">
        <dt>{t(lang, 'siteKind')}</dt>
        <dd>{kindLabel(lang, site.kind)}</dd>
        <dt>{t(lang, 'commune')}</dt>
        <dd>{pickName(lang, site.communeFr, site.communeNl) || t(lang, 'unknown')}</dd>
        {stop && (
          <>
            <dt>{t(lang, 'nearestStop')}</dt>
            <dd>
              {stop}
              {site.nearestStopLines ? ` (${t(lang, 'lines')} ${site.nearestStopLines.split(',').join(', ')})` : ''}
            </dd>
          </>
        )}
        {station && (
          <>
            <dt>{t(lang, 'nearestStation')}</dt>
            <dd>{station}</dd>
          </>
        )}
      </dl>
      <ul class="site-metrics">
        {metricKeys.map((k) => {
          const m = formatMetric(lang, k, site[k]);
          return (
            <li key={k} data-metric={k}>
              {m.label}: {m.value}
            </li>
          );
        })}
      </ul>
      {children}
    </div>
  );
}
