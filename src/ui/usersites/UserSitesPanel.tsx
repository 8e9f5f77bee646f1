/**
 * "Your sites": draw a site on the map or import a file of candidate sites, answer the import's questions, follow
 * its progress and read its summary, and manage the list. Loaded on demand by the app (its own chunk, with its
 * stylesheet); the app passes the sites, the import's step and the callbacks (`UserSitesPanelProps`, types.ts).
 */
import '../../i18n/dictUserSitesUi.ts'; // registers the panel's strings
import { useState } from 'preact/hooks';
import type { UserSiteRecord } from '../../core/usersites/types.ts';
import { t } from '../../i18n/i18n.ts';
import { DrawControls } from './DrawControls.tsx';
import { ImportControls } from './ImportControls.tsx';
import { ImportStatus } from './ImportStatus.tsx';
import type { ImportStage, UserSitesPanelProps } from './types.ts';
import { UserSiteList } from './UserSiteList.tsx';
import './userSites.css';

export type { ImportStage, ImportSummary, UserSitesPanelProps } from './types.ts';
export { MapDropOverlay, type MapDropOverlayProps } from './MapDropOverlay.tsx';

/** Steps during which a new import waits. */
const importBusy = (s: ImportStage | null): boolean => s !== null && s.step !== 'done' && s.step !== 'failed';

/** The user's sites panel. */
export function UserSitesPanel(p: UserSitesPanelProps) {
  const { lang } = p;
  const [drawing, setDrawing] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const { editShape, finishDrawing } = p;
  const edit =
    editShape && finishDrawing
      ? (site: UserSiteRecord) => {
          setEditing(site.id);
          void editShape(site).finally(() => setEditing((id) => (id === site.id ? null : id)));
        }
      : undefined;
  return (
    <section class="user-sites" aria-labelledby="us-title">
      <h2 id="us-title">{t(lang, 'usTitle')}</h2>
      <p class="us-hint">{t(lang, 'usIntro')}</p>
      <DrawControls
        lang={lang}
        canDraw={p.canDraw}
        disabled={editing !== null}
        drawPolygon={p.drawPolygon}
        cancelDrawing={p.cancelDrawing}
        onSaveDrawn={p.onSaveDrawn}
        onActive={setDrawing}
      />
      {editing !== null && finishDrawing && (
        <div class="us-draw us-drawing">
          <p class="us-hint" role="status">
            {t(lang, 'usEditHelp')}
          </p>
          <div class="us-actions">
            <button type="button" class="us-primary" onClick={finishDrawing}>
              {t(lang, 'usEditDone')}
            </button>
            <button type="button" onClick={p.cancelDrawing}>
              {t(lang, 'usCancel')}
            </button>
          </div>
        </div>
      )}
      <ImportControls lang={lang} disabled={importBusy(p.importStage)} onFiles={p.onFiles} />
      {p.importStage && (
        <ImportStatus
          lang={lang}
          stage={p.importStage}
          onImportCrs={p.onImportCrs}
          onImportPointArea={p.onImportPointArea}
          onImportDuplicates={p.onImportDuplicates}
          onImportCancel={p.onImportCancel}
          onImportDismiss={p.onImportDismiss}
        />
      )}
      <UserSiteList
        lang={lang}
        sites={p.sites}
        editing={editing}
        busy={drawing || editing !== null}
        {...(edit ? { onEdit: edit } : {})}
        onOpen={p.onOpen}
        onRemove={p.onRemove}
        onRemoveAll={p.onRemoveAll}
        {...(p.onSetPointArea ? { onSetPointArea: p.onSetPointArea } : {})}
      />
    </section>
  );
}
