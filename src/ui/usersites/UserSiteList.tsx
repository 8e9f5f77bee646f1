/** The user's sites: name (as text), origin, flags, Edit shape for drawn polygons, Remove each, Remove all after a confirm step. */
import '../../i18n/dictUserSitesUi.ts'; // registers the strings this module reads
import { useState } from 'preact/hooks';
import type { UserSiteRecord } from '../../core/usersites/types.ts';
import { numberFormat, t, type Lang } from '../../i18n/i18n.ts';
import { PointAreaField } from './PointAreaField.tsx';
import type { UserSitesPanelProps } from './types.ts';
import { originText, siteName } from './userSitesText.ts';

export type UserSiteListProps = { lang: Lang; sites: readonly UserSiteRecord[]; editing: string | null; busy: boolean; onEdit?(site: UserSiteRecord): void } & Pick<
  UserSitesPanelProps,
  'onOpen' | 'onRemove' | 'onRemoveAll' | 'onSetPointArea'
>;

/** True for a site whose shape can be edited on the map: drawn, and one polygon. */
export const editable = (s: UserSiteRecord): boolean => s.origin.kind === 'drawn' && s.geometry.type === 'Polygon';

function Item({ lang, site, editing, busy, onEdit, onOpen, onRemove, onSetPointArea }: Omit<UserSiteListProps, 'sites' | 'onRemoveAll'> & { site: UserSiteRecord }) {
  const name = siteName(lang, site);
  return (
    <li class={`us-item${editing === site.id ? ' us-editing' : ''}`} data-site={site.id}>
      <button type="button" class="us-name" title={t(lang, 'usOpen', { name })} onClick={() => onOpen(site.id)}>
        {name}
      </button>
      <span class="us-origin">
        {originText(lang, site.origin)}
        {site.outsideRegion && <span class="us-flag"> · {t(lang, 'usOutsideFlag')}</span>}
      </span>
      {site.geometry.type === 'Point' && <PointAreaField lang={lang} id={site.id} areaM2={site.areaM2Given} {...(onSetPointArea ? { onSet: onSetPointArea } : {})} />}
      <span class="us-item-actions">
        {onEdit && editable(site) && (
          <button type="button" disabled={busy} onClick={() => onEdit(site)}>
            {t(lang, 'usEditShape')}
          </button>
        )}
        <button type="button" disabled={editing === site.id} aria-label={t(lang, 'usRemoveName', { name })} onClick={() => onRemove(site.id)}>
          {t(lang, 'usRemove')}
        </button>
      </span>
    </li>
  );
}

/** The list with its Remove all. */
export function UserSiteList(p: UserSiteListProps) {
  const { lang, sites } = p;
  const [confirming, setConfirming] = useState(false);
  const n = numberFormat(lang).format(sites.length);
  if (sites.length === 0) return <p class="us-hint us-empty">{t(lang, 'usEmpty')}</p>;
  return (
    <div class="us-list-area">
      <h3>{t(lang, 'usListTitle', { n })}</h3>
      <ul class="us-list">
        {sites.map((s) => (
          <Item key={s.id} {...p} site={s} />
        ))}
      </ul>
      {sites.length > 1 &&
        (confirming ? (
          <div class="us-confirm" role="group" aria-labelledby="us-confirm-text">
            <p id="us-confirm-text">{t(lang, 'usRemoveAllConfirm', { n })}</p>
            <div class="us-actions">
              <button type="button" class="us-danger" onClick={() => (setConfirming(false), p.onRemoveAll())}>
                {t(lang, 'usRemoveAllYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t(lang, 'usRemoveAllNo')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="us-remove-all" disabled={p.busy} onClick={() => setConfirming(true)}>
            {t(lang, 'usRemoveAll')}
          </button>
        ))}
    </div>
  );
}
