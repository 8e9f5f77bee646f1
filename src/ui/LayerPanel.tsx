/** Layers grouped by theme: a checkbox, a legend and a count (or a short reason when unavailable) each. */
import { catalogue, groups, type CatalogueEntry, type Swatch as SwatchSpec } from './catalogue.ts';
import type { BasemapFailure, SkippedEntry } from '../data/manifest.ts';
import { no2SurfaceInputs } from '../data/no2Surface.ts';
import { t, type Lang, numberFormat } from '../i18n/i18n.ts';
import type { LayerStatus } from '../state/state.ts';
import type { ToggleId } from '../state/toggles.ts';
import { DataNotices } from './DataNotices.tsx';
import { Swatch } from './Swatch.tsx';
import { palette } from '../core/colour/palette.ts';

export interface LayerPanelProps {
  lang: Lang;
  visible: readonly ToggleId[];
  status: Partial<Record<ToggleId, LayerStatus>>;
  /** Name of the sector the sites are coloured by, when one is chosen. */
  scoredSector?: string;
  /** Manifest entries left out, and basemap archives that could not be read. */
  skipped?: readonly SkippedEntry[] | undefined;
  basemapFailures?: readonly BasemapFailure[];
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

/** Why a row failed, in the UI language: its manifest entry was skipped, it lacks a layer it is computed from, or its file's reason. */
function failureText(lang: Lang, id: ToggleId, all: LayerPanelProps['status'], skipped: ReadonlySet<string>): string {
  const status = all[id];
  if (status?.state !== 'error') return '';
  if (skipped.has(id)) return t(lang, 'dataErrSkipped');
  if (id === 'no2-surface') {
    const lacking = no2SurfaceInputs.find((i) => all[i]?.state === 'error');
    if (lacking) return t(lang, lacking === 'region' ? 'dataNeedsRegion' : 'dataNeedsNo2Points');
  }
  return t(lang, reasonKey[status.reason]);
}

function StatusText({ lang, status, failure }: { lang: Lang; status: LayerStatus | undefined; failure: string }) {
  if (!status || status.state === 'loading') return <span class="layer-status">{t(lang, 'loading')}</span>;
  if (status.state === 'error')
    return (
      <span class="layer-status layer-error" role="status" title={status.detail}>
        {t(lang, 'layerError')}: {failure}
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
  /** Localised reason shown when the status is an error. */
  failure: string;
  /** Replaces the legend items when the layer is coloured by something else (sites by score). */
  legendOverride?: string;
  onToggle(): void;
}

function LayerRow({ entry, lang, on, no2Scale, status, failure, legendOverride, onToggle }: RowProps) {
  const inputId = `toggle-${entry.id}`;
  const failed = status?.state === 'error';
  // a few symbols that each stand for something (metro, tram, bus) are named on one line, layer on or off
  const key = entry.swatches.length > 1 && entry.swatches.length <= 3 && entry.swatches.every((s) => s.label);
  return (
    <li class={`layer-row${failed ? ' failed' : ''}`} data-layer={entry.id}>
      <input type="checkbox" id={inputId} checked={on} onChange={onToggle} />
      <label for={inputId}>
        <span class="swatches">
          {!key && entry.swatches.slice(0, 3).map((s, i) => (
            <LegendSwatch key={i} spec={s} />
          ))}
        </span>
        <span class="layer-name">{t(lang, entry.label)}</span>
      </label>
      <StatusText lang={lang} status={status} failure={failure} />
      {on && legendOverride && <div class="legend-note">{legendOverride}</div>}
      {(on || key) && !legendOverride && entry.swatches.some((s) => s.label) && (
        <ul class={`legend-items${key ? ' legend-key' : ''}`}>
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
export function LayerPanel({ lang, visible, status, scoredSector, skipped, basemapFailures, onToggle }: LayerPanelProps) {
  const skippedIds = new Set(skipped?.flatMap((s) => (s.layerId ? [s.layerId] : [])));
  return (
    <section class="layer-panel" aria-label={t(lang, 'layers')}>
      <h2>{t(lang, 'layers')}</h2>
      <DataNotices lang={lang} skipped={skipped} basemap={basemapFailures} />
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
                  failure={failureText(lang, e.id, status, skippedIds)}
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
