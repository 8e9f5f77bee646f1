/**
 * The card's score section: for the current sector a small bar per weighted criterion (sub-score, with the
 * points it adds; "unknown" when the site has no value, "not computed" for a modelled access figure it lacks), the
 * gates the site fails and those left unchecked for an unknown value (e.g. the area of a user's point site); then the
 * site's score under each of the five sectors.
 */
import { useMemo } from 'preact/hooks';
import { explainSite, type UnknownGate } from '../core/scoring/explain.ts';
import { sectorIds, type Profile } from '../core/scoring/model.ts';
import { sectorProfiles } from '../core/scoring/profiles.ts';
import type { SiteProperties } from '../core/types.ts';
import { t, type Lang, type MessageKey } from '../i18n/i18n.ts';
import { isAccessMetric } from './format.ts';
import { failsText, formatLimit, gateFailureText, profileName } from './scoringText.ts';
import { score01Text } from './scoreText.ts';
import '../styles/scoring.css';

export interface ScoreBreakdownProps {
  lang: Lang;
  site: SiteProperties;
  /** The profile of the chosen sector (the app's Scored.profile); null without one. */
  profile: Profile | null;
}

/**
 * A gate passed only because the site's value is unknown: "Area: value unknown, the minimum of 1,000 m² was not
 * checked" (card and print).
 */
export function unknownGateText(lang: Lang, g: UnknownGate): string {
  const label = t(lang, `m${g.gate[0]!.toUpperCase()}${g.gate.slice(1)}` as MessageKey);
  return t(lang, g.bound === 'min' ? 'gateUnknownMin' : 'gateUnknownMax', { label, limit: formatLimit(lang, g.gate, g.limit) });
}

/** Score breakdown for one site. */
export function ScoreBreakdown({ lang, site, profile }: ScoreBreakdownProps) {
  const e = useMemo(() => (profile ? explainSite(site, profile) : null), [site, profile]);
  // every gate a site fails in each sector, as compare and print list them
  const all = useMemo(() => sectorIds.map((sector) => ({ sector, label: sectorProfiles[sector].label, e: explainSite(site, sectorProfiles[sector]) })), [site]);
  return (
    <section class="score-breakdown" aria-labelledby="score-breakdown-title">
      {profile && e ? (
        <>
          <h3 id="score-breakdown-title">
            {e.passed ? t(lang, 'breakdownTitle', { sector: profileName(lang, profile), score: score01Text(lang, e.score) }) : t(lang, 'breakdownFails', { sector: profileName(lang, profile) })}
          </h3>
          {!e.passed && (
            <ul class="breakdown-failures">
              {e.failures.map((f) => (
                <li key={f.code}>{gateFailureText(lang, f)}</li>
              ))}
            </ul>
          )}
          {e.unknownGates.length > 0 && (
            <ul class="breakdown-unknown" data-testid="breakdown-unknown-gates">
              {e.unknownGates.map((g) => (
                <li key={`${g.gate}:${g.bound}`} data-gate={g.gate}>
                  {unknownGateText(lang, g)}
                </li>
              ))}
            </ul>
          )}
          <ul class="breakdown-bars">
            {e.criteria
              .filter((c) => c.weight > 0)
              .map((c) => {
                const name = c.missing ? `${c.label[lang]} (${t(lang, isAccessMetric(c.metric) ? 'accessNotComputed' : 'unknown')})` : c.label[lang];
                const sub = Math.round(c.subScore * 100);
                const points = score01Text(lang, c.contribution);
                return (
                  <li key={c.id} class="breakdown-row" data-criterion={c.id} aria-label={t(lang, 'contribution', { criterion: name, sub: String(sub), weight: String(c.weight), points })}>
                    <span class="breakdown-name" aria-hidden="true">
                      {name}
                    </span>
                    <span class="breakdown-bar" aria-hidden="true">
                      <span style={{ width: `${sub}%` }} />
                    </span>
                    <span class="breakdown-points" aria-hidden="true">
                      +{points}
                    </span>
                  </li>
                );
              })}
          </ul>
        </>
      ) : (
        <p id="score-breakdown-title" class="hint">
          {t(lang, 'breakdownNoSector')}
        </p>
      )}
      <h3>{t(lang, 'allSectors')}</h3>
      <table class="all-sectors">
        <tbody>
          {all.map((s) => (
            <tr key={s.sector} data-sector={s.sector} class={profile?.baseId === s.sector ? 'current' : undefined}>
              <th scope="row">{s.label[lang]}</th>
              <td>{s.e.passed ? score01Text(lang, s.e.score) : failsText(lang, s.e.failures)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
