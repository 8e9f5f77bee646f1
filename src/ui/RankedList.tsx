/**
 * Ranked list of the passing sites: an ordered list of buttons (label, a "yours" mark on the user's own sites,
 * status, street and municipality, area, score, stability).
 * Hover or focus highlights the site on the map; click or Enter opens it. Optional star toggle per row.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { palette } from '../core/colour/palette.ts';
import type { SiteStability } from '../core/scoring/index.ts';
import type { SiteProperties } from '../core/types.ts';
import { pickName, t, type Lang } from '../i18n/i18n.ts';
import type { Scored } from '../state/selectors.ts';
import { formatArea, isUserSiteStatus, siteTitle, streetText } from './format.ts';
import { StatusBadge } from './StatusEvidence.tsx';
import { score01Text } from './scoreText.ts';

export interface RankedListProps {
  lang: Lang;
  scored: Scored;
  sites: ReadonlyMap<string, SiteProperties>;
  stability: ReadonlyMap<string, SiteStability>;
  selectedSiteId: string | null;
  /** Site hovered on the map (its row is highlighted). */
  hoveredSiteId?: string | null;
  onHover(siteId: string | null): void;
  onOpen(siteId: string): void;
  /** Shortlist hooks: the star button shows only when onToggleStar is given. */
  isStarred?: (siteId: string) => boolean;
  onToggleStar?: (siteId: string) => void;
}

/** The "yours" mark in the user-site colour (set through the CSSOM, which the style-src policy allows). */
const yoursStyle = { color: palette.userSite, border: `1px solid ${palette.userSite}`, borderRadius: '3px', padding: '0 0.25rem', fontSize: '0.75em', fontWeight: 600, whiteSpace: 'nowrap' } as const;

/** Rows shown at first and added by each "show more". */
const pageSize = 50;

/** The list of passing sites, best first. */
export function RankedList({ lang, scored, sites, stability, selectedSiteId, hoveredSiteId, onHover, onOpen, isStarred, onToggleStar }: RankedListProps) {
  const [shown, setShown] = useState(pageSize);
  const listRef = useRef<HTMLOListElement>(null);
  const opened = useRef<string | null>(null);
  useLayoutEffect(() => {
    // the card opened from a row closed (e.g. Escape): keyboard users continue from that row
    if (selectedSiteId !== null || !opened.current) return;
    const row = [...(listRef.current?.querySelectorAll<HTMLElement>('.ranked-row') ?? [])].find((e) => e.dataset.siteId === opened.current);
    if (!document.activeElement || document.activeElement === document.body) row?.querySelector<HTMLElement>('.ranked-open')?.focus();
    opened.current = null;
  }, [selectedSiteId]);
  const total = scored.ranked.length;
  if (total === 0) return <p class="ranked-empty">{t(lang, 'nonePass')}</p>;
  const rows = Array.from(scored.ranked.subarray(0, Math.min(shown, total)));
  return (
    <>
      <ol ref={listRef} class="ranked-list" aria-label={t(lang, 'rankedList')} onMouseLeave={() => onHover(null)}>
        {rows.map((i, r) => {
          const id = scored.cols.siteIds[i]!;
          const site = sites.get(id);
          if (!site) return null;
          const title = siteTitle(lang, site);
          const st = stability.get(id);
          const starred = isStarred?.(id) ?? false;
          const yours = isUserSiteStatus(site.status);
          return (
            <li key={id} class={`ranked-row${id === selectedSiteId ? ' selected' : ''}${id === hoveredSiteId ? ' hovered' : ''}${yours ? ' user-site' : ''}`} data-site-id={id} data-user-site={yours ? 'true' : undefined}>
              <button
                type="button"
                class="ranked-open"
                aria-current={id === selectedSiteId ? 'true' : undefined}
                onMouseEnter={() => onHover(id)}
                onFocus={() => onHover(id)}
                onBlur={() => onHover(null)}
                onClick={() => {
                  opened.current = id;
                  onOpen(id);
                }}
              >
                <span class="ranked-rank">{r + 1}.</span>
                <span class="ranked-title">
                  {title}
                  {yours && (
                    <>
                      {' '}
                      <span class="yours-badge" title={t(lang, 'userSiteYoursHelp')} style={yoursStyle}>
                        {t(lang, 'userSiteYours')}
                      </span>
                    </>
                  )}
                </span>
                <span class="ranked-meta">
                  <StatusBadge lang={lang} status={site.status} />{' '}
                  {[streetText(lang, site), pickName(lang, site.communeFr, site.communeNl) || t(lang, 'unknown')].filter(Boolean).join(', ')} · {formatArea(lang, site.areaM2)}
                </span>
                <span class="ranked-score" aria-label={`${t(lang, 'score')} ${score01Text(lang, scored.scores[i]!)}`}>
                  {score01Text(lang, scored.scores[i]!)}
                </span>
                {st && (
                  <span class={`ranked-stability ${st.label}`} title={t(lang, st.label === 'stable' ? 'stableHelp' : 'sensitiveHelp', { n: String(st.maxShift) })}>
                    {t(lang, st.label)}
                  </span>
                )}
              </button>
              {onToggleStar && (
                <button type="button" class="ranked-star" aria-pressed={starred} aria-label={t(lang, 'starAdd', { site: title })} title={t(lang, 'starAdd', { site: title })} onClick={() => onToggleStar(id)}>
                  {starred ? '★' : '☆'}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {shown < total && (
        <button type="button" class="ranked-more" onClick={() => setShown(shown + pageSize)}>
          {t(lang, 'showMore', { n: String(Math.min(pageSize, total - shown)) })}
        </button>
      )}
    </>
  );
}
