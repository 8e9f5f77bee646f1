/** Gate controls: plot area range, site statuses, and the distance / NO2 bounds; empty field = no limit. */
import { statusLabels } from '../core/status/labels.ts';
import { siteStatuses, type SiteStatus } from '../core/types.ts';
import type { GateMetric, Range, ScoringState } from '../core/scoring/index.ts';
import { t, type Lang, type MessageKey } from '../i18n/i18n.ts';

export interface GateControlsProps {
  lang: Lang;
  state: ScoringState;
  onLimit(gate: GateMetric, range: Range | null): void;
  onStatuses(statuses: readonly SiteStatus[]): void;
}

/** Single-bound gates shown as one number field each. */
const singles: { gate: GateMetric; bound: 'min' | 'max'; label: MessageKey; step: number }[] = [
  { gate: 'distTransitM', bound: 'max', label: 'gateTransit', step: 50 },
  { gate: 'no2UgM3', bound: 'max', label: 'gateNo2', step: 1 },
  { gate: 'distHousingM', bound: 'min', label: 'gateHousing', step: 10 },
  { gate: 'distSensitiveM', bound: 'min', label: 'gateSensitive', step: 10 },
];

/** Field text → bound: '' = no limit (undefined), a non-negative number, or null for unusable text (ignored). */
const parse = (v: string): number | undefined | null => {
  if (v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

function NumberField(p: { id: string; label: string; value: number | undefined; step: number; onValue(v: number | undefined): void }) {
  return (
    <div class="gate-field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="number"
        inputMode="decimal"
        min={0}
        step={p.step}
        value={p.value ?? ''}
        placeholder="—"
        aria-describedby="gate-hint"
        onChange={(e) => {
          const v = parse((e.currentTarget as HTMLInputElement).value);
          if (v !== null) p.onValue(v);
        }}
      />
    </div>
  );
}

/** The gates of the current state as form controls. */
export function GateControls({ lang, state, onLimit, onStatuses }: GateControlsProps) {
  const area = state.gates.limits.areaM2 ?? {};
  const setArea = (side: 'min' | 'max', v: number | undefined) => {
    const next: Range = { ...area, [side]: v };
    if (v === undefined) delete next[side];
    onLimit('areaM2', next.min === undefined && next.max === undefined ? null : next);
  };
  const allowed = state.gates.statuses;
  const toggleStatus = (st: SiteStatus, on: boolean) => onStatuses(on ? [...allowed, st] : allowed.filter((x) => x !== st));
  return (
    <div class="gate-controls">
      <p id="gate-hint" class="hint">
        {t(lang, 'noLimit')}
      </p>
      <fieldset class="gate-area">
        <legend>{t(lang, 'gateArea')}</legend>
        <NumberField id="gate-area-min" label={t(lang, 'gateMin')} value={area.min} step={50} onValue={(v) => setArea('min', v)} />
        <NumberField id="gate-area-max" label={t(lang, 'gateMax')} value={area.max} step={50} onValue={(v) => setArea('max', v)} />
      </fieldset>
      <fieldset class="gate-statuses">
        <legend>{t(lang, 'gateStatuses')}</legend>
        {siteStatuses.map((st) => (
          // `gate-kind` keeps the checkbox row style of scoring.css.
          <label key={st} class="gate-kind gate-status" data-status={st}>
            <input type="checkbox" checked={allowed.includes(st)} onChange={(e) => toggleStatus(st, (e.currentTarget as HTMLInputElement).checked)} />
            {statusLabels[st][lang]}
          </label>
        ))}
      </fieldset>
      {singles.map((g) => (
        <NumberField
          key={g.gate}
          id={`gate-${g.gate}`}
          label={t(lang, g.label)}
          value={state.gates.limits[g.gate]?.[g.bound]}
          step={g.step}
         
          onValue={(v) => onLimit(g.gate, v === undefined ? null : { ...state.gates.limits[g.gate], [g.bound]: v })}
        />
      ))}
    </div>
  );
}
