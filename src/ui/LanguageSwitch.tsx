/** FR / NL / EN switch as a labelled radio group of buttons. */
import { languages, t, type Lang } from '../i18n/i18n.ts';

const names: Record<Lang, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

/** Buttons to change the UI language. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  return (
    <div class="lang-switch" role="group" aria-label={t(lang, 'language')}>
      {languages.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} title={names[l]} onClick={() => onChange(l)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
