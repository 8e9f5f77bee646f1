/**
 * Scoring panel: sector picker (none, the five sectors, "custom" when edited), reset, "N of M sites pass"
 * with the main reason sites fail (a live region), the switch that includes land not on offer, the score
 * legend, the ranked list (or, when every weight is 0, a line saying there is nothing to rank by), gates and weights.
 */
import type { ComponentChildren } from 'preact';
import { hasWeights } from '../core/scoring/customProfile.ts';
import { sectorIds, type Profile } from '../core/scoring/model.ts';
import { sectorProfiles } from '../core/scoring/profiles.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import { includesNotOnOffer, type ScoringAction, type ScoringState } from '../state/scoringState.ts';
import type { Scored } from '../state/selectors.ts';
import { GateControls } from './GateControls.tsx';
import { WeightSliders } from './WeightSliders.tsx';
import { excludedStatuses, failureText, limitOf, profileName } from './scoringText.ts';
import '../styles/scoring.css';
import { failColour, scoreRamp } from '../core/colour/palette.ts';

export interface ScoringPanelProps {
  lang: Lang;
  state: ScoringState | null;
  /** The profile of `state` (selectProfile), known before the sites load. */
  profile: Profile | null;
  scored: Scored | null;
  dispatch(action: ScoringAction): void;
  /** The ranked list (built by the caller, which owns the map and shortlist wiring). */
  children?: ComponentChildren;
}

/** "N of M sites pass" and, when some fail, the gate excluding the most with its bound. */
export function passSummary(lang: Lang, state: ScoringState, scored: Scored): { count: string; reason: string } {
  const { passCount, total, mainFailure } = scored.summary;
  const count = t(lang, 'passCount', { n: String(passCount), m: String(total) });
  if (!mainFailure) return { count, reason: '' };
  // Every site failing the status gate holds one of the statuses the gate leaves out: name those.
  const info = mainFailure.gate === 'status' ? { ...mainFailure, status: excludedStatuses(state) } : mainFailure;
  const reason = t(lang, 'mainFail', { count: String(mainFailure.count), reason: failureText(lang, info, limitOf(state, mainFailure)) });
  return { count, reason };
}

/** The visible switch: lets occupied land and land leaving production through the status gate, or not. */
function NotOnOfferSwitch({ lang, state, dispatch }: { lang: Lang; state: ScoringState; dispatch(action: ScoringAction): void }) {
  return (
    <p class="scoring-switch">
      <label>
        <input
          type="checkbox"
          data-testid="include-not-on-offer"
          checked={includesNotOnOffer(state)}
          onChange={(e) => dispatch({ type: 'includeNotOnOffer', include: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t(lang, 'includeNotOnOffer')}
      </label>
    </p>
  );
}

function ScoreLegend({ lang }: { lang: Lang }) {
  const gradient = `linear-gradient(to right, ${scoreRamp.map(([v, c]) => `${c} ${v * 100}%`).join(', ')})`;
  return (
    <div class="score-legend" aria-hidden="true">
      <span>{t(lang, 'scoreLegend')}</span>
      <span class="score-ramp" style={{ background: gradient }} />
      <span class="score-ramp-ends">
        <span>0</span>
        <span>100</span>
      </span>
      <span class="score-fail">
        <span class="swatch-box" style={{ background: failColour }} /> {t(lang, 'failsGates')}
      </span>
    </div>
  );
}

/** The panel section. */
export function ScoringPanel({ lang, state, profile, scored, dispatch, children }: ScoringPanelProps) {
  const custom = profile?.id === 'custom';
  const summary = state && scored ? passSummary(lang, state, scored) : null;
  // every site would score 0: a list would rank ties by id and call them stable
  const unweighted = state !== null && !hasWeights(state.weights);
  return (
    <section class="scoring-panel" aria-labelledby="scoring-title">
      <h2 id="scoring-title">{t(lang, 'scoring')}</h2>
      <div class="sector-row">
        <label for="sector-picker">{t(lang, 'sector')}</label>
        <select
          id="sector-picker"
          value={state ? (custom ? 'custom' : state.sector) : ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            if (v === 'custom') return;
            dispatch({ type: 'setSector', sector: v === '' ? null : (v as ScoringState['sector']) });
          }}
        >
          <option value="">{t(lang, 'sectorNone')}</option>
          {sectorIds.map((id) => (
            <option key={id} value={id}>
              {sectorProfiles[id].label[lang]}
            </option>
          ))}
          {profile && custom && <option value="custom">{profileName(lang, profile)}</option>}
        </select>
        {state && (
          <button type="button" class="sector-reset" disabled={!custom} onClick={() => dispatch({ type: 'reset' })}>
            {t(lang, 'resetSector')}
          </button>
        )}
      </div>
      <div class="pass-summary" role="status" aria-live="polite">
        {summary ? (
          <>
            <p class="pass-count">{summary.count}</p>
            {summary.reason && <p class="main-fail">{summary.reason}</p>}
            {unweighted && (
              <p class="no-weights" data-testid="no-weights">
                {t(lang, 'noWeights')}
              </p>
            )}
          </>
        ) : (
          !state && <p class="hint">{t(lang, 'sectorHint')}</p>
        )}
      </div>
      {state && (
        <>
          <NotOnOfferSwitch lang={lang} state={state} dispatch={dispatch} />
          <ScoreLegend lang={lang} />
          {!unweighted && children}
          <details class="scoring-gates">
            <summary>{t(lang, 'gates')}</summary>
            <GateControls lang={lang} state={state} onLimit={(gate, range) => dispatch({ type: 'setLimit', gate, range })} onStatuses={(statuses) => dispatch({ type: 'setStatuses', statuses })} />
          </details>
          <details class="scoring-weights">
            <summary>{t(lang, 'weights')}</summary>
            <WeightSliders lang={lang} weights={state.weights} onWeight={(id, weight) => dispatch({ type: 'setWeight', id, weight })} />
          </details>
        </>
      )}
    </section>
  );
}
