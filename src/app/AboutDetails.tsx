/** "About the data", folded: its strings (the datasets' titles and notes, i18n/dictSources.ts) load when it is first opened. */
import { useState } from 'preact/hooks';
import type { Manifest } from '../core/types.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import { AboutPanel } from '../ui/AboutPanel.tsx';

/** The folded About section; says so when its strings cannot be loaded. */
export function AboutDetails({ lang, manifest }: { lang: Lang; manifest: Manifest }) {
  const [state, setState] = useState<'closed' | 'loading' | 'ready' | 'failed'>('closed');
  const onToggle = (e: Event) => {
    if (!(e.currentTarget as HTMLDetailsElement).open || state !== 'closed') return;
    setState('loading');
    import('../i18n/dictSources.ts').then(
      () => setState('ready'),
      () => setState('failed'),
    );
  };
  return (
    <details class="about-details" onToggle={onToggle}>
      <summary>{t(lang, 'about')}</summary>
      {state === 'ready' ? <AboutPanel lang={lang} manifest={manifest} /> : state !== 'closed' && <p class="note">{state === 'failed' ? t(lang, 'aboutLoadError') : t(lang, 'loading')}</p>}
    </details>
  );
}
