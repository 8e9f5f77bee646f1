/**
 * "About the data": how site status is decided, then each layer's source, publisher, licence and date from the
 * manifest, with titles and notes in the UI language (sourceText.ts; their strings load when the section is first
 * opened: app/AboutDetails.tsx).
 */
import { Fragment } from 'preact';
import { siteStatuses, type LayerSource, type Manifest } from '../core/types.ts';
import { t, type Lang } from '../i18n/i18n.ts';
import { statusMeaning } from './format.ts';
import { StatusBadge } from './StatusEvidence.tsx';
import { layerLabel, sourceNote, sourcePhrase, sourceTitle } from './sourceText.ts';

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

/** One dataset: its layer's name, the dataset's title, publisher, licence, date and note. */
function SourceItem({ lang, id, source }: { lang: Lang; id: string; source: LayerSource }) {
  const note = sourceNote(lang, id, source);
  return (
    <li data-layer={id}>
      <h3>{layerLabel(lang, id)}</h3>
      <p class="about-title">{sourceTitle(lang, id, source)}</p>
      <dl>
        <dt>{t(lang, 'publisher')}</dt>
        <dd>{sourcePhrase(lang, source.publisher)}</dd>
        <dt>{t(lang, 'licence')}</dt>
        <dd>{sourcePhrase(lang, source.licence)}</dd>
        <dt>{t(lang, 'date')}</dt>
        <dd>{sourcePhrase(lang, source.date)}</dd>
      </dl>
      {note && <p class="note">{note}</p>}
    </li>
  );
}

/** Dataset list, as text. */
export function AboutPanel({ lang, manifest }: { lang: Lang; manifest: Manifest }) {
  const basemap = manifest.basemap?.[0];
  return (
    <section class="about" aria-label={t(lang, 'about')}>
      <StatusSection lang={lang} />
      <ul>
        {manifest.layers.map((l) => (
          <SourceItem key={l.id} lang={lang} id={l.id} source={l.source} />
        ))}
        {basemap && <SourceItem key="basemap" lang={lang} id="basemap" source={basemap.source} />}
      </ul>
    </section>
  );
}
