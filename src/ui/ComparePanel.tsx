/**
 * Two to four sites side by side: status (and origin when a user site is among them), address and 2013 land use,
 * current score and failed gates, the five
 * sector scores, every metric with its unit; the best value of each row is marked in text (not only colour).
 * A static sketch shows where they are.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Feature, Geometry } from 'geojson';
import { compareRows, type CompareRow, type CompareTextRow } from '../core/export/compare.ts';
import type { ScoreLookup } from '../core/export/scores.ts';
import type { SiteProperties } from '../core/types.ts';
import { sectorIds } from '../core/scoring/index.ts';
import { t, type Lang, type MessageKey } from '../i18n/i18n.ts';
import { formatMetric, siteTitle } from './format.ts';
import { scoreText, sectorName, valueText } from './scoreText.ts';
import { failsText, gateFailureText } from './scoringText.ts';
import { SiteSketch, type SiteSketchProps } from './SiteSketch.tsx';

export interface ComparePanelProps {
  lang: Lang;
  sites: readonly SiteProperties[];
  scores: ScoreLookup;
  features: readonly Feature<Geometry>[];
  sketch: Pick<SiteSketchProps, 'index' | 'communes' | 'region'>;
  onClose(): void;
}

const textRowLabel: Record<CompareTextRow['key'], MessageKey> = { status: 'siteStatus', origin: 'userSiteOrigin', address: 'address', landuse2013: 'landuse2013Row' };
/** What an empty text cell means, per row. */
const textRowEmpty: Record<CompareTextRow['key'], MessageKey> = { status: 'unknown', origin: 'userSiteOriginUnknown', address: 'unknown', landuse2013: 'noneMapped' };
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function rowLabel(lang: Lang, r: CompareRow): string {
  if (r.kind === 'text') return t(lang, textRowLabel[r.key]);
  if (r.kind === 'gates') return t(lang, 'failedGates', { sector: sectorName(lang, r.sectorId) });
  if (r.kind === 'score') return r.key === 'score:current' ? t(lang, 'currentScore', { sector: sectorName(lang, r.sectorId ?? '') }) : sectorName(lang, r.sectorId ?? '');
  return `${formatMetric(lang, r.metric!, 0).label} (${r.unit})`;
}

function cellText(lang: Lang, r: CompareRow, i: number): string {
  if (r.kind === 'text') {
    const text = r.values[i]?.[lang];
    // the origin reads "imported from …" in core, for the middle of a sentence; a cell starts with a capital
    return text ? (r.key === 'origin' ? capitalised(text) : text) : t(lang, textRowEmpty[r.key]);
  }
  if (r.kind === 'gates') {
    const g = r.values[i];
    return g === null || g === undefined ? '—' : g.length === 0 ? t(lang, 'none') : g.map((f) => gateFailureText(lang, f)).join('; ');
  }
  const v = r.values[i] ?? null;
  const fails = r.failures?.[i];
  // a failing site has no score in that sector: say why instead
  if (r.kind === 'score' && fails && fails.length > 0) return failsText(lang, fails);
  return r.kind === 'score' ? scoreText(lang, v) : valueText(lang, v, r.unit);
}

/** The compare dialog. */
export function ComparePanel({ lang, sites, scores, features, sketch, onClose }: ComparePanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => opener?.focus(); // keyboard users land back on the Compare button
  }, []);
  const rows = compareRows(sites, scores, { sectorIds: [...sectorIds] }).filter((r) => r.kind === 'text' || r.kind === 'metric' || r.sectorId !== '');
  return (
    <div class="compare-panel" role="dialog" aria-modal="true" aria-labelledby="compare-title" tabIndex={-1} ref={ref} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}>
      <header class="compare-header">
        <h2 id="compare-title">{t(lang, 'compareTitle')}</h2>
        <button type="button" class="close" onClick={onClose} aria-label={t(lang, 'close')} title={t(lang, 'close')}>
          ×
        </button>
      </header>
      <SiteSketch {...sketch} focus={features} widthPx={520} heightPx={260} numbered lang={lang} label={t(lang, 'sketchCaption')} />
      <div class="compare-scroll">
        <table class="compare-table">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'metric')}</th>
              {sites.map((s, i) => (
                <th scope="col" key={s.siteId} data-site-id={s.siteId}>
                  {`${i + 1}. ${siteTitle(lang, s)}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row">{rowLabel(lang, r)}</th>
                {sites.map((s, i) => {
                  const best = r.bestIndex.includes(i);
                  return (
                    <td key={s.siteId} class={best ? 'best' : undefined} data-best={best ? 'true' : undefined}>
                      {cellText(lang, r, i)}
                      {best && <span class="best-mark"> ✓ {t(lang, 'best')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
