/** One 0–5 slider per criterion, its value shown beside it. */
import { criteria, criterionIds, type CriterionId, type Weights } from '../core/scoring/index.ts';
import { maxWeight } from '../state/scoringState.ts';
import { t, type Lang } from '../i18n/i18n.ts';

export interface WeightSlidersProps {
  lang: Lang;
  weights: Weights;
  onWeight(id: CriterionId, weight: number): void;
}

/** Slider range: the weights the state accepts (a link's weight above it is set to it, and the user told). */

/** Weight sliders for every criterion, in the core's display order. */
export function WeightSliders({ lang, weights, onWeight }: WeightSlidersProps) {
  return (
    <ul class="weight-sliders">
      {criterionIds.map((id) => {
        const name = criteria[id].label[lang];
        const w = weights[id];
        return (
          <li key={id} class="weight-row" data-criterion={id}>
            <label for={`weight-${id}`}>{name}</label>
            <input
              id={`weight-${id}`}
              type="range"
              min={0}
              max={maxWeight}
              step={1}
              value={w}
              aria-label={t(lang, 'weightOf', { criterion: name })}
              aria-valuetext={String(w)}
              onInput={(e) => onWeight(id, Number((e.currentTarget as HTMLInputElement).value))}
            />
            <output for={`weight-${id}`} class="weight-value">
              {w}
            </output>
          </li>
        );
      })}
    </ul>
  );
}
