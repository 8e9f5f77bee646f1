/** "About the data": each layer's source, publisher, licence and date from the manifest. */
import type { Manifest } from '../core/types.ts';
import { catalogue } from '../app/catalogue.ts';
import { t, type Lang } from '../i18n/i18n.ts';

/** Dataset list, as text. */
export function AboutPanel({ lang, manifest }: { lang: Lang; manifest: Manifest }) {
  const label = (id: string) => {
    const e = catalogue.find((c) => c.id === id);
    return e ? t(lang, e.label) : id;
  };
  return (
    <section class="about" aria-label={t(lang, 'about')}>
      <ul>
        {manifest.layers.map((l) => (
          <li key={l.id}>
            <h3>{label(l.id)}</h3>
            <p>{l.source.name}</p>
            <dl>
              <dt>{t(lang, 'publisher')}</dt>
              <dd>{l.source.publisher}</dd>
              <dt>{t(lang, 'licence')}</dt>
              <dd>{l.source.licence}</dd>
              <dt>{t(lang, 'date')}</dt>
              <dd>{l.source.date}</dd>
            </dl>
            {l.source.note && <p class="note">{l.source.note}</p>}
          </li>
        ))}
        {(manifest.basemap ?? []).slice(0, 1).map((b) => (
          <li key="basemap">
            <h3>{t(lang, 'basemap')}</h3>
            <p>{b.source.name}</p>
            <dl>
              <dt>{t(lang, 'publisher')}</dt>
              <dd>{b.source.publisher}</dd>
              <dt>{t(lang, 'licence')}</dt>
              <dd>{b.source.licence}</dd>
              <dt>{t(lang, 'date')}</dt>
              <dd>{b.source.date}</dd>
            </dl>
            {b.source.note && <p class="note">{b.source.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
