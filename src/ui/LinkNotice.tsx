/** Dismissable notice naming the parts of an opened link that were not understood (each fell back to its default). */
import { t, type Lang } from '../i18n/i18n.ts';
import type { IgnoredPart } from '../state/state.ts';
import { linkNoticeText } from './linkNotice.ts';

export interface LinkNoticeProps {
  lang: Lang;
  parts: readonly IgnoredPart[];
  onDismiss(): void;
}

/** The notice (a polite status, so it is read without moving focus); nothing when the link was fully understood. */
export function LinkNotice({ lang, parts, onDismiss }: LinkNoticeProps) {
  const text = linkNoticeText(lang, parts);
  return (
    <div class="link-notices" role="status" aria-live="polite">
      {text && (
        <div class="sl-notice link-notice" data-testid="link-notice">
          <span class="link-notice-text">{text}</span>
          <button type="button" class="icon" aria-label={t(lang, 'dismiss')} title={t(lang, 'dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
