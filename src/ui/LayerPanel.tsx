/** Layers grouped by theme: a checkbox, a legend and a count (or a short reason when unavailable) each. */
import { catalogue, groups, palette, type CatalogueEntry, type Swatch as SwatchSpec } from '../app/catalogue.ts';
import { t, type Lang, numberFormat } from '../i18n/i18n.ts';
import type { LayerStatus } from '../state/state.ts';
import type { ToggleId } from '../state/toggles.ts';
import { Swatch } from './Swatch.tsx';

export interface LayerPanelProps {
  lang: Lang;
  visible: readonly ToggleId[];
  status: Partial<Record<ToggleId, LayerStatus>>;
  /** Name of the sector the sites are coloured by, when one is chosen. */
  scoredSector?: string;
  onToggle(id: ToggleId): void;
}

/** Legend symbol: fill swatches that carry their own opacity or dashes (site statuses) are drawn here to match the map. */
function LegendSwatch({ spec }: { spec: SwatchSpec }) {
  if (spec.shape !== 'fill' || (spec.fillOpacity === undefined && !spec.dashed)) return <Swatch spec={spec} />;
  return (
    <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="12" height="10" fill={spec.colour} fill-opacity={spec.fillOpacity ?? 0.75} stroke={spec.colour} stroke-width={spec.dashed ? 1.5 : 1} stroke-dasharray={spec.dashed ? '3 2' : undefined} />
    </svg>
  );
}

const labelText = (lang: Lang, label: NonNullable<SwatchSpec['label']>) => (typeof label === 'string' ? t(lang, label) : label[lang]);

const reasonKey = { missing: 'errMissing', empty: 'errEmpty', corrupt: 'errCorrupt', other: 'errOther' } as const;

function StatusText({ lang, status }: { lang: Lang; status: LayerStatus | undefined }) {
  if (!status || status.state === 'loading') return <span class="layer-status">{t(lang, 'loading')}</span>;
  if (status.state === 'error')
    return (
      <span class="layer-status layer-error" role="status" title={status.detail}>
        {t(lang, 'layerError')}: {t(lang, reasonKey[status.reason])}
      </span>
    );
  return <span class="layer-status layer-count">{numberFormat(lang).format(status.count)}</span>;
}

function No2Scale({ lang }: { lang: Lang }) {
  const labels = ['< 10', '10–20', '20–30', '30–40', '≥ 40'];
  return (
    <div class="no2-scale">
      <div class="no2-title">{t(lang, 'no2Legend')}</div>
      <ol class="no2-classes">
        {palette.no2.map((c, i) => (
          <li key={c}>
            <Swatch spec={{ shape: 'fill', colour: c }} />
            {labels[i]}
          </li>
        ))}
      </ol>
      <div class="no2-mark">▲ {t(lang, 'no2Who')}</div>
      <div class="no2-mark">▲ {t(lang, 'no2Eu')}</div>
    </div>
  );
}

interface RowProps {
  entry: CatalogueEntry;
  lang: Lang;
  on: boolean;
  /** Show the NO2 class scale under this row (once, even when both NO2 views are on). */
  no2Scale: boolean;
  status: LayerStatus | undefined;
  /** Replaces the legend items when the layer is coloured by something else (sites by score). */
  legendOverride?: string;
  onToggle(): void;
}

function LayerRow({ entry, lang, on, no2Scale, status, legendOverride, onToggle }: RowProps) {
  const inputId = `toggle-${entry.id}`;
  const failed = status?.state === 'error';
  return (
    <li class={`layer-row${failed ? ' failed' : ''}`} data-layer={entry.id}>
      <input type="checkbox" id={inputId} checked={on} onChange={onToggle} />
      <label for={inputId}>
        <span class="swatches">
          {entry.swatches.slice(0, 3).map((s, i) => (
            <LegendSwatch key={i} spec={s} />
          ))}
        </span>
        <span class="layer-name">{t(lang, entry.label)}</span>
      </label>
      <StatusText lang={lang} status={status} />
      {on && legendOverride && <div class="legend-note">{legendOverride}</div>}
      {on && !legendOverride && entry.swatches.some((s) => s.label) && (
        <ul class="legend-items">
          {entry.swatches.map((s, i) => s.label && (
            <li key={i}>
              <LegendSwatch spec={s} /> {labelText(lang, s.label)}
            </li>
          ))}
        </ul>
      )}
      {on && entry.note && <div class="legend-note">{t(lang, entry.note)}</div>}
      {no2Scale && <No2Scale lang={lang} />}
    </li>
  );
}

/** The layer list. */
export function LayerPanel({ lang, visible, status, scoredSector, onToggle }: LayerPanelProps) {
  return (
    <section class="layer-panel" aria-label={t(lang, 'layers')}>
      <h2>{t(lang, 'layers')}</h2>
      {groups.map((g) => (
        <fieldset key={g} class="layer-group">
          <legend>{t(lang, g)}</legend>
          <ul>
            {catalogue
              .filter((e) => e.group === g)
              .map((e) => (
                <LayerRow
                  key={e.id}
                  entry={e}
                  lang={lang}
                  on={visible.includes(e.id)}
                  no2Scale={e.id === 'no2-points' ? visible.includes('no2-points') : e.id === 'no2-surface' && visible.includes('no2-surface') && !visible.includes('no2-points')}
                  status={status[e.id]}
                  legendOverride={e.id === 'sites' && scoredSector ? t(lang, 'sitesScored', { sector: scoredSector }) : undefined}
                  onToggle={() => onToggle(e.id)}
                />
              ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
