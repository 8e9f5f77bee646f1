/**
 * One A4 site sheet: name, presenter, status with its evidence (a user site: its origin, the outside-the-region flag
 * and a few of its file's attributes), address and coordinates, 2013 land use, facts, a sketch of the site with its
 * streets, the modelled access by the networks (one small paragraph with the model's caveat in short), every other
 * metric, the score breakdown for the chosen sector (with the gates left unchecked for an unknown value), the five
 * sector scores, nearest stop and station, and the data sources grouped by source with their dates.
 */
import type { Feature, Geometry } from 'geojson';
import { criteria, explainSite, sectorIds, sectorProfiles, type Profile } from '../core/scoring/index.ts';
import { placeMetricKeys, type Manifest, type SiteProperties } from '../core/types.ts';
import { pickName, t, type Lang, withColon } from '../i18n/i18n.ts';
import { decodeEvidence, evidenceLine } from '../core/status/evidence.ts';
import { accessNotComputed, accessSummary, addressText, coordinatesText, formatArea, formatMetric, isUserSiteStatus, landuse2013Text, nearestStopText, siteTitle, statusLabel, statusMeaning, userAttributeRows, userOriginLine } from './format.ts';
import { unknownGateText } from './ScoreBreakdown.tsx';
import { outsideRegionText } from './StatusEvidence.tsx';
import { score01Text, sectorName, valueText } from './scoreText.ts';
import { failsText } from './scoringText.ts';
import { SiteSketch, type SiteSketchProps } from './SiteSketch.tsx';
import { sourceLines } from './sourceText.ts';

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
  /** "Name · contact" of whoever presents the sheets; '' for none. */
  presenter?: string;
}

const pct = (x: number) => `${Math.round(x * 100)}`;

/** Attributes of a user site printed on its sheet (one line; all of them go to the exports). */
export const printAttributeLimit = 6;

/** The breakdown for the chosen sector and the site's standing under the five sectors. */
function SheetScores({ lang, site, profile, profileSectorId }: Pick<PrintSheetProps, 'lang' | 'site' | 'profile' | 'profileSectorId'>) {
  const e = explainSite(site, profile);
  const sectors = sectorIds.map((sector) => ({ sector, e: explainSite(site, sectorProfiles[sector]) }));
  return (
    // 8 pt (the sheet's 8.5 pt elsewhere): the access criteria added up to three rows, and the sector rows must still fit
    <section class="ps-scores" style={{ fontSize: '8pt' }}>
      <h3>
        {withColon(lang, t(lang, 'breakdown'))} {sectorName(lang, profileSectorId)}
        {e.passed && (
          <>
            {' — '}
            <span class="ps-score">{score01Text(lang, e.score)}</span>/100
          </>
        )}
      </h3>
      <p class="ps-gates">{e.passed ? t(lang, 'passes') : failsText(lang, e.failures)}</p>
      {e.unknownGates.length > 0 && <p class="ps-gates ps-unknown">{e.unknownGates.map((g) => unknownGateText(lang, g)).join('; ')}</p>}
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
              <td>{score01Text(lang, c.contribution)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t(lang, 'sectorScores')}</h3>
      <table class="ps-table ps-sectors">
        <tbody>
          {sectors.map(({ sector, e: s }) => (
            <tr key={sector} data-sector={sector} data-passes={String(s.passed)}>
              <th scope="row">{sectorProfiles[sector].label[lang]}</th>
              <td>{s.passed ? score01Text(lang, s.score) : '—'}</td>
              <td>{s.passed ? t(lang, 'passes') : failsText(lang, s.failures)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Height of the sketch on the sheet, px of its 700 px width (215 before the access line took its place). */
export const sheetSketchHeightPx = 165;

/**
 * Access by the networks in one small paragraph under the sketch (at most three lines, as the evidence): the title,
 * the model's caveat in short and the nine figures; for a user's own site, why they are missing.
 */
function SheetAccess({ lang, site }: { lang: Lang; site: SiteProperties }) {
  const missing = accessNotComputed(site);
  return (
    <p class="ps-evidence ps-access" data-computed={missing ? 'false' : 'true'}>
      <strong>{t(lang, 'accessTitle')}</strong>
      {missing && isUserSiteStatus(site.status) ? ` — ${t(lang, 'accessNotComputedUser')}` : ` ${t(lang, 'accessCaveatShort')} ${accessSummary(lang, site)}`}
    </p>
  );
}

/** The sheet of one site. */
export function PrintSheet({ lang, site, feature, profile, profileSectorId, manifest, sketch, printedOn, note, presenter }: PrintSheetProps) {
  const stop = nearestStopText(lang, site);
  const station = pickName(lang, site.nearestStationFr, site.nearestStationNl);
  const user = isUserSiteStatus(site.status);
  const evidence = user ? '' : evidenceLine(decodeEvidence(site.statusEvidence), lang);
  const attributes = user ? userAttributeRows(lang, site) : [];
  return (
    <article class="print-sheet" data-site-id={site.siteId}>
      <header class="ps-head">
        <h2>{siteTitle(lang, site)}</h2>
        <p class="ps-meta">
          {site.siteId} · {t(lang, 'printedOn', { date: printedOn })}
        </p>
        {presenter && (
          <p class="ps-presenter">{t(lang, 'presenter', { who: presenter })}</p>
        )}
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
          {withColon(lang, t(lang, 'statusEvidence'))} {evidence}
        </p>
      )}
      {user && (
        <p class="ps-evidence ps-origin">
          {t(lang, 'userSiteOrigin')}: {userOriginLine(lang, site)}
          {site.outsideRegion === true ? ` — ${outsideRegionText(lang)}` : ''}
        </p>
      )}
      {attributes.length > 0 && (
        <p class="ps-evidence ps-attributes">
          {t(lang, 'userSiteAttributes')}:{' '}
          {attributes
            .slice(0, printAttributeLimit)
            .map(([k, v]) => `${k} = ${v || '—'}`)
            .join('; ')}
          {attributes.length > printAttributeLimit ? ` ${t(lang, 'userSiteAttributesMore', { n: String(attributes.length - printAttributeLimit) })}` : ''}
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
        <dd>{stop || t(lang, 'unknown')}</dd>
        <dt>{t(lang, 'nearestStation')}</dt>
        <dd>{station || t(lang, 'unknown')}</dd>
      </dl>
      {feature && <SiteSketch {...sketch} focus={[feature]} widthPx={700} heightPx={sheetSketchHeightPx} lang={lang} label={t(lang, 'sketchCaption')} />}
      <p class="ps-caption">{t(lang, 'sketchCaption')}</p>
      <SheetAccess lang={lang} site={site} />
      <div class="ps-cols">
        <section>
          <h3>{t(lang, 'metrics')}</h3>
          <table class="ps-table ps-metrics">
            <tbody>
              {placeMetricKeys.map((k) => {
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
        <SheetScores lang={lang} site={site} profile={profile} profileSectorId={profileSectorId} />
      </div>
      {manifest && (
        <footer class="ps-sources">
          <strong>{withColon(lang, t(lang, 'dataSources'))}</strong>{' '}
          <ul>
            {sourceLines(lang, manifest).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </footer>
      )}
    </article>
  );
}
