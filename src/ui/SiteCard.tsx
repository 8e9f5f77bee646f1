/**
 * Site card: name (or status + municipality), then the status with its evidence (a user site: its origin), the
 * address, the 2013 land use, nearest stop and station, every metric in plain words (the modelled access by the
 * networks in a group of its own, with the model's caveat), and a user site's own attributes from its file. Data
 * text is rendered as text nodes only.
 * Slots: `actions` (e.g. a star button) beside the title, `children` (e.g. a score breakdown) below the metrics.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { accessMetricKeys } from '../core/access/types.ts';
import { placeMetricKeys, type MetricKey, type SiteProperties } from '../core/types.ts';
import { pickName, t, type Lang } from '../i18n/i18n.ts';
import { accessNotComputed, coordinatesText, formatArea, formatMetric, isUserSiteStatus, nearestStopText, shareText, siteTitle, streetDistanceText, streetText, userAttributeRows } from './format.ts';
import { StatusEvidence } from './StatusEvidence.tsx';

export interface SiteCardProps {
  lang: Lang;
  site: SiteProperties;
  onClose(): void;
  /** Slot beside the title (e.g. a shortlist star). */
  actions?: ComponentChildren;
  /** Slot below the metrics (e.g. a score breakdown). */
  children?: ComponentChildren;
}

/** Street (with distance when it is the nearest one), municipality and coordinates. */
function SiteAddress({ lang, site }: { lang: Lang; site: SiteProperties }) {
  const street = streetText(lang, site);
  const dist = streetDistanceText(lang, site.streetDistM);
  return (
    <section class="site-address" data-testid="site-address">
      <h3>{t(lang, 'address')}</h3>
      <p>
        {street || t(lang, 'noStreet')}
        {street && dist ? ` ${dist} (${t(lang, 'streetNearest')})` : ''}
        <br />
        {pickName(lang, site.communeFr, site.communeNl) || t(lang, 'unknown')}
      </p>
      <p class="site-coords">
        {t(lang, 'coordinates')}: {coordinatesText(lang, site.lon, site.lat)}
      </p>
    </section>
  );
}

/** What OpenStreetMap had on the site on 2013-01-01, with the caveat that the map was thinner then. */
function Site2013({ lang, site }: { lang: Lang; site: SiteProperties }) {
  // the 2013 land use is read by the pipeline, not shipped to the browser: for a user's site it is unknown, not "none"
  if (isUserSiteStatus(site.status)) {
    return (
      <section class="site-2013" data-testid="site-2013">
        <h3>{t(lang, 'in2013')}</h3>
        <p class="note">{t(lang, 'userSite2013Unknown')}</p>
      </section>
    );
  }
  return (
    <section class="site-2013" data-testid="site-2013">
      <h3>{t(lang, 'in2013')}</h3>
      <dl class="site-facts">
        <dt>{t(lang, 'landuse2013')}</dt>
        <dd>
          {site.landuse2013 ? <code>{`landuse=${site.landuse2013}`}</code> : t(lang, 'noneMapped')}
          {site.landuse2013 && shareText(site.landuse2013Share) ? ` (${shareText(site.landuse2013Share)})` : ''}
        </dd>
        {site.formerIndustrialM2 > 0 && (
          <>
            <dt>{t(lang, 'formerIndustrial')}</dt>
            <dd>{formatArea(lang, site.formerIndustrialM2)}</dd>
          </>
        )}
      </dl>
      <p class="note">{t(lang, 'note2013')}</p>
    </section>
  );
}

/** Metrics in plain words, one `data-metric` item each (the card's own list and its access group). */
function MetricList({ lang, site, keys, extraClass }: { lang: Lang; site: SiteProperties; keys: readonly MetricKey[]; extraClass?: string }) {
  return (
    <ul class={extraClass ? `site-metrics ${extraClass}` : 'site-metrics'}>
      {keys.map((k) => {
        const m = formatMetric(lang, k, site[k]);
        return (
          <li key={k} data-metric={k}>
            {m.label}: {m.value}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Access by the networks (issue 13): the nine modelled figures (people reached by public transport within 20, 30 and
 * 45 min, the truck route to the motorway, the road to a canal quay), the model's caveat, and for a user's own site
 * why they are missing. The list keeps the `site-metrics` class and `data-metric` items of the main list.
 */
function SiteAccess({ lang, site }: { lang: Lang; site: SiteProperties }) {
  const missing = accessNotComputed(site);
  return (
    <section class="site-access" data-testid="site-access" data-computed={missing ? 'false' : 'true'}>
      <h3>{t(lang, 'accessTitle')}</h3>
      {missing && isUserSiteStatus(site.status) && <p class="note">{t(lang, 'accessNotComputedUser')}</p>}
      <MetricList lang={lang} site={site} keys={accessMetricKeys} extraClass="site-access-metrics" />
      <p class="note">{t(lang, 'accessCaveat')}</p>
    </section>
  );
}

/** Attributes of a user site shown on the card (all of them go to the exports). */
export const cardAttributeLimit = 12;

/** The columns the user's file gave the site, as read (names and values are the user's: text nodes only). */
function UserAttributes({ lang, site }: { lang: Lang; site: SiteProperties }) {
  const rows = userAttributeRows(lang, site);
  if (rows.length === 0) return null;
  const shown = rows.slice(0, cardAttributeLimit);
  return (
    <section class="site-user-attributes" data-testid="site-user-attributes">
      <h3>{t(lang, 'userSiteAttributes')}</h3>
      <dl class="site-facts">
        {shown.map(([k, v], i) => (
          <Fragment key={i}>
            <dt>{k}</dt>
            <dd>{v || '—'}</dd>
          </Fragment>
        ))}
      </dl>
      {rows.length > shown.length && <p class="note">{t(lang, 'userSiteAttributesMore', { n: String(rows.length - shown.length) })}</p>}
    </section>
  );
}

/** The card for the selected site. */
export function SiteCard({ lang, site, onClose, actions, children }: SiteCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus(); // keyboard users land in the card they opened
  }, [site.siteId]);
  const title = siteTitle(lang, site);
  const stop = nearestStopText(lang, site);
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
    <div class="site-card" ref={ref} tabIndex={-1} role="dialog" aria-modal="false" aria-labelledby="site-card-title" data-site-id={site.siteId} data-user-site={isUserSiteStatus(site.status) ? 'true' : undefined}>
      <header class="site-card-header">
        <h2 id="site-card-title">{title}</h2>
        {actions}
        <button type="button" class="close" onClick={onClose} aria-label={t(lang, 'close')} title={t(lang, 'close')}>
          ×
        </button>
      </header>
      <StatusEvidence lang={lang} site={site} />
      <SiteAddress lang={lang} site={site} />
      <Site2013 lang={lang} site={site} />
      <dl class="site-facts">
        {stop && (
          <>
            <dt>{t(lang, 'nearestStop')}</dt>
            <dd>{stop}</dd>
          </>
        )}
        {station && (
          <>
            <dt>{t(lang, 'nearestStation')}</dt>
            <dd>{station}</dd>
          </>
        )}
      </dl>
      <MetricList lang={lang} site={site} keys={placeMetricKeys} />
      <SiteAccess lang={lang} site={site} />
      {isUserSiteStatus(site.status) && <UserAttributes lang={lang} site={site} />}
      {children}
    </div>
  );
}
