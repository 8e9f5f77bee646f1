/**
 * One A4 site sheet: name, status with its evidence, address and coordinates, 2013 land use, facts, a sketch of
 * the site and its surroundings, every metric, the score breakdown for the chosen sector, the five sector scores,
 * nearest stop and station, and the data sources with dates.
 */
import type { Feature, Geometry } from 'geojson';
import { criteria, explainSite, scoreSiteAllSectors, type Profile } from '../core/scoring/index.ts';
import { metricKeys, type Manifest, type SiteProperties } from '../core/types.ts';
import { gateText, toScore100 } from '../core/export/fromScoring.ts';
import { pickName, t, type Lang } from '../i18n/i18n.ts';
import { decodeEvidence, evidenceLine } from '../core/status/evidence.ts';
import { addressText, coordinatesText, formatArea, formatMetric, landuse2013Text, siteTitle, statusLabel, statusMeaning } from './format.ts';
import { scoreText, sectorName, valueText } from './scoreText.ts';
import { SiteSketch, type SiteSketchProps } from './SiteSketch.tsx';

export interface PrintSheetProps {
  lang: Lang;
  site: SiteProperties;
  feature: Feature<Geometry> | undefined;
  profile: Profile;
  /** Sector id shown for the profile (e.g. `agro-food-custom`). */
  profileSectorId: string;
  manifest: Manifest | null;
  sketch: Pick<SiteSketchProps, 'index' | 'communes' | 'region'>;
  printedOn: string;
  /** The user's shortlist note, if any. */
  note?: string;
}

const pct = (x: number) => `${Math.round(x * 100)}`;

/** The sheet of one site. */
export function PrintSheet({ lang, site, feature, profile, profileSectorId, manifest, sketch, printedOn, note }: PrintSheetProps) {
  const e = explainSite(site, profile);
  const standings = scoreSiteAllSectors(site);
  const stop = pickName(lang, site.nearestStopFr, site.nearestStopNl);
  const station = pickName(lang, site.nearestStationFr, site.nearestStationNl);
  const evidence = evidenceLine(decodeEvidence(site.statusEvidence), lang);
  return (
    <article class="print-sheet" data-site-id={site.siteId}>
      <header class="ps-head">
        <h2>{siteTitle(lang, site)}</h2>
        <p class="ps-meta">
          {site.siteId} · {t(lang, 'printedOn', { date: printedOn })}
        </p>
        {note && (
          <p class="ps-note">
            {t(lang, 'note')}: {note}
          </p>
        )}
      </header>
      <p class="ps-status" data-status={site.status}>
        <strong>{statusLabel(lang, site.status)}</strong>
        {statusMeaning(lang, site.status) ? ` — ${statusMeaning(lang, site.status)}` : ''}
      </p>
      {evidence && (
        <p class="ps-evidence">
          {t(lang, 'statusEvidence')}: {evidence}
        </p>
      )}
      <dl class="ps-facts">
        <dt>{t(lang, 'address')}</dt>
        <dd>{addressText(lang, site)}</dd>
        <dt>{t(lang, 'coordinates')}</dt>
        <dd>{coordinatesText(lang, site.lon, site.lat)}</dd>
        <dt>{t(lang, 'area')}</dt>
        <dd>{formatArea(lang, site.areaM2)}</dd>
        <dt>{t(lang, 'landuse2013Row')}</dt>
        <dd>{landuse2013Text(lang, site)}</dd>
        <dt>{t(lang, 'nearestStop')}</dt>
        <dd>{stop ? `${stop}${site.nearestStopLines ? ` (${t(lang, 'lines')} ${site.nearestStopLines.split(',').join(', ')})` : ''}` : t(lang, 'unknown')}</dd>
        <dt>{t(lang, 'nearestStation')}</dt>
        <dd>{station || t(lang, 'unknown')}</dd>
      </dl>
      {feature && <SiteSketch {...sketch} focus={[feature]} widthPx={700} heightPx={260} label={t(lang, 'sketchCaption')} />}
      <p class="ps-caption">{t(lang, 'sketchCaption')}</p>
      <div class="ps-cols">
        <section>
          <h3>{t(lang, 'metrics')}</h3>
          <table class="ps-table">
            <tbody>
              {metricKeys.map((k) => {
                const m = formatMetric(lang, k, site[k]);
                return (
                  <tr key={k}>
                    <th scope="row">{m.label}</th>
                    <td>{m.value}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <section>
          <h3>
            {t(lang, 'breakdown')}: {sectorName(lang, profileSectorId)} — <span class="ps-score">{scoreText(lang, toScore100(e.score))}</span>/100
          </h3>
          <p class="ps-gates">{e.failures.length === 0 ? t(lang, 'passes') : t(lang, 'slFailsGates', { gates: e.failures.map(gateText).join(', ') })}</p>
          <table class="ps-table">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'criterion')}</th>
                <th scope="col">{t(lang, 'value')}</th>
                <th scope="col">{t(lang, 'subScore')}</th>
                <th scope="col">{t(lang, 'weight')} %</th>
                <th scope="col">{t(lang, 'slPoints')}</th>
              </tr>
            </thead>
            <tbody>
              {e.criteria.filter((c) => c.weight > 0).map((c) => (
                <tr key={c.id}>
                  <th scope="row">{criteria[c.id].label[lang]}</th>
                  <td>{valueText(lang, c.missing ? null : c.value, c.unit)}</td>
                  <td>{pct(c.subScore)}</td>
                  <td>{pct(c.share)}</td>
                  <td>{scoreText(lang, Math.round(c.contribution * 1000) / 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t(lang, 'sectorScores')}</h3>
          <table class="ps-table ps-sectors">
            <tbody>
              {standings.map((s) => (
                <tr key={s.sector} data-sector={s.sector}>
                  <th scope="row">{s.label[lang]}</th>
                  <td>{scoreText(lang, toScore100(s.score))}</td>
                  <td>{s.failure ? gateText(s.failure) : t(lang, 'passes')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      {manifest && (
        <footer class="ps-sources">
          <strong>{t(lang, 'dataSources')}:</strong>{' '}
          {manifest.layers.map((l) => `${l.source.name} (${l.source.publisher}, ${l.source.date})`).join('; ')}
          {manifest.basemap?.[0] ? `; ${t(lang, 'basemap')}: ${manifest.basemap[0].source.name} (${manifest.basemap[0].source.date})` : ''}
        </footer>
      )}
    </article>
  );
}
