/**
 * The shortlist in the app: pure updates (state/shortlist.ts), a versioned copy in local storage, and the
 * `sl=` share link. Problems are reported as notices and never clear what is on screen: unreadable stored data
 * (and notes that loading shortened) is backed up by loadShortlist before anything is saved, and not overwritten
 * when no backup was possible until the user agrees; a storage that cannot be read is never written at all.
 * A shared list is applied directly only when the local list is empty; otherwise the user is asked.
 */
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { hashPairs } from '../state/hash.ts';
import { hasShortlisted, shortlistReducer, type Shortlist } from '../state/shortlist.ts';
import type { SharedOffer, ShortlistApi, ShortlistNotice } from '../state/shortlistApi.ts';
import { decodeShortlistParam, encodeShortlistParam, shortlistHashKey } from '../state/shortlistShare.ts';
import { loadShortlist, saveShortlist, type StorageLike } from '../state/shortlistStorage.ts';

const nowIso = () => new Date().toISOString();

function readShared(hash: string): SharedOffer | null {
  const v = hashPairs(hash).get(shortlistHashKey);
  if (v === undefined) return null;
  const d = decodeShortlistParam(v, nowIso());
  return d.items.length > 0 ? { items: d.items, partial: d.problem !== undefined } : null;
}

/** Shortlist state, persistence and sharing; `storage` null when the browser refuses storage. */
export function useShortlist(storage: StorageLike | null): ShortlistApi {
  const [init] = useState(() => {
    const loaded = loadShortlist(storage, nowIso());
    const shared = readShared(location.hash);
    const notices: ShortlistNotice[] = [];
    if (loaded.problem) notices.push({ kind: 'load', problem: loaded.problem, dropped: loaded.dropped, backedUp: loaded.backupKey !== undefined });
    if (loaded.shortenedNotes) notices.push({ kind: 'shortened', count: loaded.shortenedNotes, ...(loaded.backupKey ? { backupKey: loaded.backupKey } : {}) });
    // Storage that cannot be read is never written, so a shared list can be taken for the session without asking.
    const adopt = shared && loaded.items.length === 0 && (loaded.safeToSave || loaded.problem === 'unavailable');
    return { loaded, notices, items: adopt ? shared.items : loaded.items, offer: adopt ? null : shared };
  });
  const [list, dispatch] = useReducer(shortlistReducer, init.items);
  const [notices, setNotices] = useState<ShortlistNotice[]>(init.notices);
  const [saveBlocked, setSaveBlocked] = useState(!init.loaded.safeToSave);
  const canOverwrite = init.loaded.problem !== 'unavailable';
  const [offer, setOffer] = useState<SharedOffer | null>(init.offer);
  const saved = useRef<Shortlist>(init.loaded.items);
  const [sheet, openSheet] = useState<string[] | null>(null);

  // layout effect: saved in the same task as the change, so a reload right after a click keeps it
  useLayoutEffect(() => {
    if (saveBlocked || list === saved.current) return;
    const r = saveShortlist(storage, list);
    saved.current = list;
    setNotices((ns) => {
      const rest = ns.filter((n) => n.kind !== 'save');
      // "unavailable" storage is already reported by the load notice
      if (r.ok || (r.problem === 'unavailable' && ns.some((n) => n.kind === 'load' && n.problem === 'unavailable'))) return rest.length === ns.length ? ns : rest;
      return [...rest, { kind: 'save', problem: r.problem }];
    });
  }, [list, saveBlocked, storage]);

  useEffect(() => {
    // a share link pasted into an open tab arrives as a hash change
    const onHash = () => {
      const shared = readShared(location.hash);
      if (shared) setOffer(shared);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const listRef = useRef(list);
  listRef.current = list;
  const resolveOffer = useCallback(
    (choice: 'replace' | 'merge' | 'keep') => {
      if (offer && choice === 'replace') dispatch({ type: 'replace', items: offer.items });
      if (offer && choice === 'merge') for (const it of offer.items) if (!hasShortlisted(listRef.current, it.siteId)) {
        dispatch({ type: 'add', siteId: it.siteId, now: it.addedAt });
        if (it.note) dispatch({ type: 'note', siteId: it.siteId, note: it.note });
      }
      setOffer(null);
    },
    [offer],
  );

  return {
    list,
    dispatch,
    isStarred: (id) => hasShortlisted(list, id),
    toggle: (id) => dispatch({ type: 'toggle', siteId: id, now: nowIso() }),
    notices,
    dismiss: (n) => setNotices((ns) => ns.filter((x) => x !== n)),
    saveBlocked,
    canOverwrite,
    allowOverwrite: () => {
      if (!canOverwrite) return;
      setSaveBlocked(false);
      saved.current = [] as Shortlist; // force one save of what is on screen
    },
    offer,
    resolveOffer,
    sheet,
    openSheet,
    shareUrl() {
      const enc = encodeShortlistParam(list);
      const base = location.hash.replace(/^#/, '').split('&').filter((p) => p && !p.startsWith(`${shortlistHashKey}=`));
      if (enc.param) base.push(`${shortlistHashKey}=${enc.param}`);
      const url = `${location.origin}${location.pathname}${location.search}#${base.join('&')}`;
      return { url, droppedNotes: enc.droppedNotes, droppedItems: enc.droppedItems };
    },
  };
}
