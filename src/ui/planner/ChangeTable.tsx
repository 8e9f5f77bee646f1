/** Change of industrial land since 2013 in one area: 2013, still industrial, lost by category, new, net (indicative). */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { lossCategories, type PlannerArea } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { haText, lossCategoryLabel, signedHaText } from './plannerText.ts';

/** The table with its "indicative" note. */
export function ChangeTable({ lang, area }: { lang: Lang; area: PlannerArea }) {
  const c = area.change2013;
  const rows: [string, string, string][] = [
    ['industrial2013', t(lang, 'plIndustrial2013'), haText(lang, c.industrial2013Ha)],
    ['still', t(lang, 'plStillIndustrial'), haText(lang, c.stillIndustrialHa)],
    ...lossCategories.map((k): [string, string, string] => [`lost-${k}`, t(lang, 'plLostTo', { category: lossCategoryLabel(lang, k) }), haText(lang, c.lostHa?.[k])]),
    ['lost', t(lang, 'plLostTotal'), haText(lang, c.lostTotalHa)],
    ['new', t(lang, 'plNewIndustrial'), haText(lang, c.newIndustrialHa)],
    ['net', t(lang, 'plNetChange'), signedHaText(lang, c.netHa)],
  ];
  return (
    <div class="pl-change">
      <table class="pl-change-table">
        <tbody>
          {rows.map(([key, label, value]) => (
            <tr key={key} data-row={key} class={key.startsWith('lost-') ? 'pl-sub' : undefined}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="pl-indicative">{t(lang, 'plChangeNote')}</p>
    </div>
  );
}
