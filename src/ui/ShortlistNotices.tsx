/** Polite status messages about the stored and shared shortlist, with the choices they call for. */
import { t, type Lang } from '../i18n/i18n.ts';
import type { ShortlistApi, ShortlistNotice } from '../state/shortlistApi.ts';
import { shortlistLimits } from '../state/shortlist.ts';

function noticeText(lang: Lang, n: ShortlistNotice): string {
  if (n.kind === 'save') return t(lang, n.problem === 'full' ? 'storeFull' : 'storeSaveFailed');
  if (n.kind === 'shortened') {
    const params = { n: String(n.count), max: String(shortlistLimits.maxNoteChars), key: n.backupKey ?? '' };
    return t(lang, n.backupKey ? 'storeNotesShortened' : 'storeNotesShortenedNoBackup', params);
  }
  if (n.problem === 'unavailable') return t(lang, 'storeUnavailable');
  if (!n.backedUp) return t(lang, 'storeUnreadableNoBackup');
  return t(lang, n.problem === 'unknown-version' ? 'storeNewer' : 'storeUnreadable', { dropped: String(n.dropped) });
}

/** The notices (role="status", so screen readers hear them without losing focus). */
export function ShortlistNotices({ lang, api }: { lang: Lang; api: ShortlistApi }) {
  // one "save anyway" button, on the first notice about what loading could not keep
  const overwriteAt = api.saveBlocked && api.canOverwrite ? api.notices.findIndex((n) => n.kind !== 'save') : -1;
  return (
    <div class="sl-notices" role="status" aria-live="polite">
      {api.notices.map((n, i) => (
        <div key={i} class="sl-notice">
          <span>{noticeText(lang, n)}</span>
          {i === overwriteAt && (
            <button type="button" onClick={api.allowOverwrite}>
              {t(lang, 'storeOverwrite')}
            </button>
          )}
          <button type="button" class="icon" aria-label={t(lang, 'dismiss')} title={t(lang, 'dismiss')} onClick={() => api.dismiss(n)}>
            ×
          </button>
        </div>
      ))}
      {api.offer && (
        <div class="sl-notice sl-offer">
          <span>{t(lang, 'sharedReceived', { n: String(api.offer.items.length) })}</span>
          {api.offer.partial && <span> {t(lang, 'sharedProblem')}</span>}
          <button type="button" onClick={() => api.resolveOffer('replace')}>
            {t(lang, 'sharedReplace')}
          </button>
          <button type="button" onClick={() => api.resolveOffer('merge')}>
            {t(lang, 'sharedMerge')}
          </button>
          <button type="button" onClick={() => api.resolveOffer('keep')}>
            {t(lang, 'sharedKeep')}
          </button>
        </div>
      )}
    </div>
  );
}
