/**
 * The shortlist: one row per starred site with its score for the current sector (or the five sector scores
 * when none is chosen), buttons to reorder and remove, a short note, and a tick box to pick sites to compare.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ScoreLookup } from '../core/export/scores.ts';
import type { SiteProperties } from '../core/types.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import type { ShortlistAction, Shortlist } from '../state/shortlist.ts';
import { shortlistLimits } from '../state/shortlist.ts';
import { siteTitle } from './format.ts';
import { scoreText, sectorName } from './scoreText.ts';
import { failsText } from './scoringText.ts';

export interface ShortlistPanelProps {
  lang: Lang;
  list: Shortlist;
  sites: ReadonlyMap<string, SiteProperties>;
  scores: ScoreLookup;
  currentSector: string | null;
  picked: ReadonlySet<string>;
  onPick(siteId: string, on: boolean): void;
  onSelect(siteId: string): void;
  dispatch(action: ShortlistAction): void;
}

/** The list of starred sites. */
export function ShortlistPanel({ lang, list, sites, scores, currentSector, picked, onPick, onSelect, dispatch }: ShortlistPanelProps) {
  if (list.length === 0) return <p class="sl-empty">{t(lang, 'shortlistEmpty')}</p>;
  return (
    <ol class="sl-list">
      {list.map((item, i) => {
        const site = sites.get(item.siteId);
        const title = site ? siteTitle(lang, site) : item.siteId;
        const s = scores(item.siteId);
        return (
          <li key={item.siteId} class="sl-item" data-site-id={item.siteId}>
            <div class="sl-head">
              <input type="checkbox" class="sl-pick" checked={picked.has(item.siteId)} aria-label={t(lang, 'compareSelect', { site: title })} onChange={(e) => onPick(item.siteId, e.currentTarget.checked)} />
              <button type="button" class="sl-name link" onClick={() => onSelect(item.siteId)}>
                {title}
              </button>
              {currentSector && (
                <span class="sl-score" title={t(lang, 'scoreFor', { sector: sectorName(lang, currentSector) })}>
                  {scoreText(lang, s?.current?.score)}
                </span>
              )}
              <button type="button" class="icon" aria-label={`${t(lang, 'moveUp')}: ${title}`} title={t(lang, 'moveUp')} disabled={i === 0} onClick={() => dispatch({ type: 'moveBy', siteId: item.siteId, delta: -1 })}>
                ↑
              </button>
              <button type="button" class="icon" aria-label={`${t(lang, 'moveDown')}: ${title}`} title={t(lang, 'moveDown')} disabled={i === list.length - 1} onClick={() => dispatch({ type: 'moveBy', siteId: item.siteId, delta: 1 })}>
                ↓
              </button>
              <button type="button" class="icon sl-remove" aria-label={`${t(lang, 'remove')}: ${title}`} title={t(lang, 'remove')} onClick={() => dispatch({ type: 'remove', siteId: item.siteId })}>
                ×
              </button>
            </div>
            {currentSector && s?.current && s.current.failures.length > 0 && <p class="sl-gates">{failsText(lang, s.current.failures)}</p>}
            {!currentSector && s && (
              <ul class="sl-sectors" aria-label={t(lang, 'sectorScores')}>
                {Object.entries(s.bySector).map(([sector, v]) => (
                  <li key={sector}>
                    {sectorName(lang, sector)} {s.failuresBySector?.[sector]?.length ? failsText(lang, s.failuresBySector[sector]!) : scoreText(lang, v)}
                  </li>
                ))}
              </ul>
            )}
            <NoteInput lang={lang} note={item.note} title={title} onCommit={(note) => dispatch({ type: 'note', siteId: item.siteId, note })} />
          </li>
        );
      })}
    </ol>
  );
}

/** A note field that commits on change (blur or Enter), so typing is never disturbed by sanitising. */
function NoteInput({ lang, note, title, onCommit }: { lang: Lang; note: string; title: string; onCommit(note: string): void }) {
  const [draft, setDraft] = useState(note);
  useEffect(() => setDraft(note), [note]);
  return (
    <input
      type="text"
      class="sl-note"
      value={draft}
      maxLength={shortlistLimits.maxNoteChars}
      placeholder={t(lang, 'notePlaceholder')}
      aria-label={`${t(lang, 'note')}: ${title}`}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onChange={(e) => onCommit(e.currentTarget.value)}
    />
  );
}
