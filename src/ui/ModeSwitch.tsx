/** Two views of one map: sites ranked for a sector (entrepreneurs, agencies) or municipalities (planners). */
import { t, type Lang } from '../i18n/i18n.ts';

/** The switch between the sector view and the planner view; `planner` is true when the latter is shown. */
export function ModeSwitch({ lang, planner, onChange }: { lang: Lang; planner: boolean; onChange(planner: boolean): void }) {
  return (
    <div class="mode-switch" role="group" aria-label={t(lang, 'modeLabel')}>
      <button type="button" class="mode-sites" aria-pressed={!planner} onClick={() => onChange(false)}>
        {t(lang, 'modeSites')}
      </button>
      <button type="button" class="mode-planner" aria-pressed={planner} onClick={() => onChange(true)}>
        {t(lang, 'modePlanner')}
      </button>
    </div>
  );
}
