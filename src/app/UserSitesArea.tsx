/**
 * "Your sites" in the side panel: a fold-out whose panel (drawing, import, list) loads on demand, the storage notice,
 * and the drop overlay over the map. The flows and the storage live in useUserSites / useImportFlow.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Polygon } from 'geojson';
import { t, type Lang } from '../i18n/i18n.ts';
import type { MapController } from '../map/mapView.ts';
import { removeAllUserSites, removeUserSite, reshapeUserSite } from '../state/userSites.ts';
import type { UserSiteRecord } from '../core/usersites/types.ts';
import type { UserSitesPanelProps } from '../ui/usersites/types.ts';
import type { ImportFlow } from './useImportFlow.ts';
import type { UserSites, UserStoreNotice } from './useUserSites.ts';

/** The notice's text in the UI language. */
function noticeText(lang: Lang, n: UserStoreNotice): string {
  switch (n.kind) {
    case 'corrupt':
      return n.backupKey ? t(lang, 'userStoreCorrupt', { dropped: String(n.dropped), key: n.backupKey }) : t(lang, 'userStoreCorruptNoBackup');
    case 'remeasure':
      return t(lang, 'userStoreRemeasure', { n: String(n.count) });
    case 'unavailable':
      return t(lang, 'userStoreUnavailable');
    case 'newer-version':
      return t(lang, 'userStoreNewer');
    case 'full':
      return t(lang, 'userStoreFull');
    case 'save-failed':
      return t(lang, 'userStoreSaveFailed');
  }
}

/** Props of the area: the app's user sites, the import flow, the map (null without WebGL) and the site opener. */
export interface UserSitesAreaProps {
  lang: Lang;
  user: UserSites;
  flow: ImportFlow;
  map: MapController | null;
  onOpen(siteId: string): void;
}

/** The fold-out; its panel chunk loads when it first opens or an import starts (e.g. a file dropped on the map). */
export function UserSitesArea({ lang, user, flow, map, onOpen }: UserSitesAreaProps) {
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<UserSitesPanelProps> | null>(null);
  const count = user.state.sites.length;
  useEffect(() => {
    if (flow.stage && !open) setOpen(true);
  }, [flow.stage]);
  useEffect(() => {
    if (!open || Panel) return;
    void import('../ui/usersites/UserSitesPanel.tsx').then((m) => setPanel(() => m.UserSitesPanel));
  }, [open]);
  const drawPolygon = (): Promise<Polygon | null> => (map ? map.drawPolygon() : Promise.resolve(null));
  // an edited outline replaces the old one and is measured again (useUserSites measures unmeasured sites)
  const editShape = async (site: UserSiteRecord): Promise<void> => {
    if (!map || site.geometry.type !== 'Polygon') return;
    const shape = await map.editUserSite(site.id, site.geometry);
    if (shape) user.update((s) => reshapeUserSite(s, site.id, shape));
  };
  return (
    <details class="user-sites-details" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t(lang, 'usTitle')} ({count})
      </summary>
      {user.notice && (
        <p class="sl-notice us-store-notice" role="status">
          <span>{noticeText(lang, user.notice)}</span>{' '}
          <button type="button" class="icon" aria-label={t(lang, 'dismiss')} title={t(lang, 'dismiss')} onClick={user.dismissNotice}>
            ×
          </button>
        </p>
      )}
      {open && Panel ? (
        <Panel
          lang={lang}
          sites={user.state.sites.map((e) => e.record)}
          importStage={flow.stage}
          canDraw={map !== null}
          drawPolygon={drawPolygon}
          cancelDrawing={() => map?.cancelDrawing()}
          onSaveDrawn={flow.onSaveDrawn}
          {...(map ? { editShape, finishDrawing: () => map.finishDrawing() } : {})}
          onFiles={flow.onFiles}
          onImportCrs={flow.onImportCrs}
          onImportPointArea={flow.onImportPointArea}
          onImportDuplicates={flow.onImportDuplicates}
          onImportCancel={flow.onImportCancel}
          onImportDismiss={flow.onImportDismiss}
          onOpen={onOpen}
          onRemove={(id) => user.update((s) => removeUserSite(s, id))}
          onRemoveAll={() => user.update(removeAllUserSites)}
        />
      ) : (
        open && <p role="status">…</p>
      )}
    </details>
  );
}
