/** "Share": builds the link (shortlist + sector + view), copies it when the browser allows, and shows it to copy by hand. */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../i18n/i18n.ts';
import type { ShortlistApi } from '../state/shortlistApi.ts';

/** The share button and, once used, the link in a read-only field. */
export function ShareBox({ lang, api }: { lang: Lang; api: ShortlistApi }) {
  const [shared, setShared] = useState<{ url: string; copied: boolean; droppedNotes: number; droppedItems: number } | null>(null);
  useEffect(() => setShared(null), [api.list]); // a shown link must not outlive the list it encodes
  const share = async () => {
    const s = api.shareUrl();
    let copied = false;
    try {
      await navigator.clipboard.writeText(s.url);
      copied = true;
    } catch {
      // clipboard refused (permissions, insecure context): the field below is there to copy from
    }
    setShared({ ...s, copied });
  };
  return (
    <div class="share-box">
      <button type="button" class="share-open" onClick={() => void share()}>
        {t(lang, 'share')}
      </button>
      {shared && (
        <div class="share-result">
          <label>
            {t(lang, 'shareLink')}
            <input type="text" class="share-url" readOnly value={shared.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <p class="sl-hint">{t(lang, shared.copied ? 'shareCopied' : 'shareNotCopied')}</p>
          {(shared.droppedNotes > 0 || shared.droppedItems > 0) && <p class="sl-hint">{t(lang, 'shareTrimmed', { notes: String(shared.droppedNotes), items: String(shared.droppedItems) })}</p>}
        </div>
      )}
    </div>
  );
}
