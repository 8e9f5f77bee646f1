/** "About the data": how site status is decided, then each layer's source, publisher, licence and date from the manifest. */
import { Fragment } from 'preact';
import { siteStatuses, type Manifest } from '../core/types.ts';
import { catalogue } from '../app/catalogue.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import { statusMeaning } from './format.ts';
import { StatusBadge } from './StatusEvidence.tsx';

/** The five statuses with their meanings, how they are decided and what they are not. */
function StatusSection({ lang }: { lang: Lang }) {
  return (
    <section class="about-status" data-testid="about-status">
      <h3>{t(lang, 'aboutStatusTitle')}</h3>
      <dl>
        {siteStatuses.map((s) => (
          <Fragment key={s}>
            <dt>
              <StatusBadge lang={lang} status={s} />
            </dt>
            <dd>{statusMeaning(lang, s)}</dd>
          </Fragment>
        ))}
      </dl>
      <p>{t(lang, 'aboutStatusText')}</p>
      <p class="note">{t(lang, 'aboutStatus2013')}</p>
    </section>
  );
}

/** Dataset list, as text. */
export function AboutPanel({ lang, manifest }: { lang: Lang; manifest: Manifest }) {
  const label = (id: string) => {
    const e = catalogue.find((c) => c.id === id);
    return e ? t(lang, e.label) : id;
  };
  return (
    <section class="about" aria-label={t(lang, 'about')}>
      <StatusSection lang={lang} />
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
