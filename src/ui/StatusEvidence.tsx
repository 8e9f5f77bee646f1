/**
 * The head of the site card: the site's availability status with its meaning, the rule's rationale, and the
 * evidence (OSM tags verbatim so a person can check them, facts and caveats in words); for a user site (drawn or
 * imported) its origin instead, since the explorer has no evidence about it; and the status badge the ranked list
 * shares. Text nodes only (file names and attributes come from the user's file).
 */
import { statusRuleById } from '../core/status/decide.ts';
import { decodeEvidence, evidenceWords, type EvidenceItem } from '../core/status/evidence.ts';
import { siteStatuses, type SiteProperties, type SiteStatus } from '../core/types.ts';
import { importLimits } from '../core/usersites/types.ts';
import { numberFormat, t, type Lang, withColon } from '../i18n/i18n.ts';
import { isUserSiteStatus, statusClass, statusLabel, statusMeaning, userOriginLine } from './format.ts';
import { palette, statusColours, statusLook, userSiteLook } from '../core/colour/palette.ts';

export interface StatusEvidenceProps {
  lang: Lang;
  site: Pick<SiteProperties, 'status' | 'statusRule' | 'statusEvidence' | 'userOrigin' | 'outsideRegion'>;
}

/** Status name after a swatch drawn like the map draws the status (colour, opacity, dashed outline). */
export function StatusBadge({ lang, status }: { lang: Lang; status: string }) {
  const known = (siteStatuses as readonly string[]).includes(status) ? (status as SiteStatus) : undefined;
  const user = isUserSiteStatus(status);
  const colour = known ? statusColours[known] : user ? palette.userSite : palette.siteUnknown;
  const look = known ? statusLook[known] : user ? userSiteLook : { fillOpacity: 0.6, dashed: false };
  return (
    <span class={`status-badge ${statusClass(status)}`} data-status={status}>
      <svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="10" height="10" fill={colour} fill-opacity={look.fillOpacity} stroke={colour} stroke-width="1.5" stroke-dasharray={look.dashed ? '3 1.5' : undefined} />
      </svg>
      {statusLabel(lang, status)}
    </span>
  );
}

function EvidenceItemView({ lang, item }: { lang: Lang; item: EvidenceItem }) {
  if (item.t !== 'tag') return <li>{evidenceWords(item, lang)}</li>;
  return (
    <li class={item.role === 'context' ? 'evidence-context' : undefined}>
      <code>{`${item.key}=${item.value}`}</code>
      {item.role === 'context' ? ` (${t(lang, 'evidenceContext')})` : ''}
    </li>
  );
}

/** "Outside the region (within 2 km of it): …": a user site measured beyond the border is flagged wherever it shows. */
export function outsideRegionText(lang: Lang): string {
  return t(lang, 'userSiteOutside', { km: numberFormat(lang, 1).format(importLimits.contextBandM / 1000) });
}

/** A user site's status, origin (drawing or file, feature, CRS) and the flag when it lies outside the region. */
function UserSiteStatus({ lang, site }: StatusEvidenceProps) {
  return (
    <>
      <section class={`site-status ${statusClass(site.status)}`} data-testid="site-status" data-status={site.status}>
        <p class="status-head">
          <StatusBadge lang={lang} status={site.status} />
          <span class="status-meaning">{`— ${statusMeaning(lang, site.status)}`}</span>
        </p>
      </section>
      <section class="site-evidence site-origin" data-testid="site-origin">
        <h3>{t(lang, 'userSiteOrigin')}</h3>
        <p class="user-origin">{userOriginLine(lang, site)}</p>
        {site.outsideRegion === true && <p class="user-outside" data-testid="site-outside-region">{outsideRegionText(lang)}</p>}
        <p class="evidence-none">{t(lang, 'userSiteNoEvidence')}</p>
      </section>
    </>
  );
}

/** Status, rationale and evidence of one site (a user site: its origin instead of evidence). */
export function StatusEvidence({ lang, site }: StatusEvidenceProps) {
  if (isUserSiteStatus(site.status)) return <UserSiteStatus lang={lang} site={site} />;
  const items = decodeEvidence(site.statusEvidence);
  const shown = items.filter((i) => i.t !== 'caveat');
  const caveats = items.filter((i) => i.t === 'caveat');
  const meaning = statusMeaning(lang, site.status);
  const rationale = statusRuleById(site.statusRule)?.rationale[lang];
  return (
    <>
      <section class={`site-status ${statusClass(site.status)}`} data-testid="site-status" data-status={site.status}>
        <p class="status-head">
          <StatusBadge lang={lang} status={site.status} />
          {meaning && <span class="status-meaning">{`— ${meaning}`}</span>}
        </p>
        {rationale && (
          <p class="status-why">
            <strong>{withColon(lang, t(lang, 'statusWhy'))}</strong> {rationale}
          </p>
        )}
      </section>
      <section class="site-evidence" data-testid="site-evidence">
        <h3>{t(lang, 'statusEvidence')}</h3>
        {shown.length > 0 ? (
          <ul class="evidence-list">
            {shown.map((item, i) => (
              <EvidenceItemView key={i} lang={lang} item={item} />
            ))}
          </ul>
        ) : (
          <p class="evidence-none">{t(lang, 'evidenceNone')}</p>
        )}
        {caveats.length > 0 && (
          <div class="evidence-uncertain">
            <h4>{t(lang, 'statusUncertain')}</h4>
            <ul class="evidence-list">
              {caveats.map((item, i) => (
                <EvidenceItemView key={i} lang={lang} item={item} />
              ))}
            </ul>
          </div>
        )}
      </section>
    </>
  );
}
