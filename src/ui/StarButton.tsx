/** The shortlist star: a toggle button (aria-pressed) beside a site's name. */
import { t, type Lang } from '../i18n/i18n.ts';

export interface StarButtonProps {
  lang: Lang;
  starred: boolean;
  onToggle(): void;
}

/** ★ when on the shortlist, ☆ when not. */
export function StarButton({ lang, starred, onToggle }: StarButtonProps) {
  const label = t(lang, starred ? 'slStarRemove' : 'slStarAdd');
  return (
    <button type="button" class={`star${starred ? ' starred' : ''}`} aria-pressed={starred} aria-label={label} title={label} onClick={onToggle}>
      {starred ? '★' : '☆'}
    </button>
  );
}
