/**
 * Gate controls: plot area range, site statuses, and the distance / NO2 bounds; empty field = no limit.
 * A value that cannot apply (negative, or a minimum above the maximum) is not applied: the field keeps the text
 * and says why, until it is corrected or the gate changes from elsewhere (reset, another link).
 */
import { useEffect, useState } from 'preact/hooks';
import { statusLabels } from '../core/status/labels.ts';
import { siteStatuses, type SiteStatus } from '../core/types.ts';
import { rangeProblem } from '../core/scoring/customProfile.ts';
import type { GateMetric, Range } from '../core/scoring/model.ts';
import type { ScoringState } from '../state/scoringState.ts';
import { numberFormat, t, type Lang, type MessageKey } from '../i18n/i18n.ts';

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

/** Field text → bound: '' = no limit (undefined), a number, or null for text that is no number. */
const parse = (v: string): number | undefined | null => {
  if (v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

/** Why a range with `side` just edited cannot apply, in words; '' when it can. */
function rangeError(lang: Lang, range: Range, side: 'min' | 'max'): string {
  const problem = rangeProblem(range);
  const fmt = (x: number | undefined) => numberFormat(lang).format(x ?? 0);
  if (problem === 'negative') return t(lang, 'gateNegative');
  if (problem === 'inverted') return side === 'min' ? t(lang, 'gateMinAboveMax', { max: fmt(range.max) }) : t(lang, 'gateMaxBelowMin', { min: fmt(range.min) });
  return '';
}

interface NumberFieldProps {
  id: string;
  label: string;
  value: number | undefined;
  step: number;
  /** Why a bound cannot apply ('' when it can). */
  check(v: number | undefined): string;
  onValue(v: number | undefined): void;
}

function NumberField(p: NumberFieldProps) {
  // A rejected entry: its text stays in the field with the reason until corrected.
  const [draft, setDraft] = useState<{ text: string; error: string } | null>(null);
  // the gate changed from elsewhere (reset, link, a valid entry): show it instead of the rejected text
  useEffect(() => setDraft(null), [p.value]);
  const errorId = `${p.id}-error`;
  return (
    <div class="gate-field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="number"
        inputMode="decimal"
        min={0}
        step={p.step}
        value={draft ? draft.text : (p.value ?? '')}
        placeholder="—"
        aria-describedby={draft ? `gate-hint ${errorId}` : 'gate-hint'}
        aria-invalid={draft ? 'true' : undefined}
        aria-errormessage={draft ? errorId : undefined}
        onChange={(e) => {
          const text = (e.currentTarget as HTMLInputElement).value;
          const v = parse(text);
          const error = v === null ? p.check(-1) : p.check(v);
          if (error) return setDraft({ text, error });
          setDraft(null);
          if (v !== null) p.onValue(v);
        }}
      />
      {draft && (
        <p id={errorId} class="field-error">
          {draft.error}
        </p>
      )}
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
        <NumberField id="gate-area-min" label={t(lang, 'gateMin')} value={area.min} step={50} check={(v) => rangeError(lang, { ...area, min: v }, 'min')} onValue={(v) => setArea('min', v)} />
        <NumberField id="gate-area-max" label={t(lang, 'gateMax')} value={area.max} step={50} check={(v) => rangeError(lang, { ...area, max: v }, 'max')} onValue={(v) => setArea('max', v)} />
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
          check={(v) => rangeError(lang, { ...state.gates.limits[g.gate], [g.bound]: v }, g.bound)}
          onValue={(v) => onLimit(g.gate, v === undefined ? null : { ...state.gates.limits[g.gate], [g.bound]: v })}
        />
      ))}
    </div>
  );
}
