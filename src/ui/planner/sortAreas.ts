/**
 * Order of the planner table: by an indicator or by name in the UI language, descending or ascending; areas
 * without a value go last whichever the direction, ties read by name.
 */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { indicators, type IndicatorId } from '../../core/planner/indicators.ts';
import type { PlannerArea } from '../../core/planner/types.ts';
import { locale, pickName, t, type Lang } from '../../i18n/i18n.ts';

/** How the table is sorted (the app keeps it in its state and the URL). */
export interface AreaSort {
  by: IndicatorId | 'name';
  desc: boolean;
}

/** Name of an area in the UI language: French or Dutch; English uses the French name, as everywhere in the app. */
export function areaName(lang: Lang, a: Pick<PlannerArea, 'nameFr' | 'nameNl' | 'code'>): string {
  return pickName(lang, a.nameFr, a.nameNl) || a.code;
}

/** Name of the region in the UI language, from the data or else the app's own words. */
export function regionName(lang: Lang, region: Pick<PlannerArea, 'nameFr' | 'nameNl'>): string {
  return pickName(lang, region.nameFr, region.nameNl) || t(lang, 'plRegion');
}

const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang) => {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(locale(lang), { sensitivity: 'base', numeric: true })));
  return c;
};

const valueOf = (id: IndicatorId, a: PlannerArea): number | null => {
  const v = indicators[id].value(a);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** A sorted copy of the areas (the input is not changed). */
export function sortAreas(areas: readonly PlannerArea[], sort: AreaSort, lang: Lang): PlannerArea[] {
  const c = collator(lang);
  const byName = (a: PlannerArea, b: PlannerArea) => c.compare(areaName(lang, a), areaName(lang, b)) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const dir = sort.desc ? -1 : 1;
  if (sort.by === 'name') return [...areas].sort((a, b) => dir * byName(a, b));
  const id = sort.by;
  return [...areas].sort((a, b) => {
    const va = valueOf(id, a);
    const vb = valueOf(id, b);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return va === vb ? byName(a, b) : dir * (va - vb);
  });
}

/** The sort after a click on a column: the same column flips direction; another starts descending (names ascending). */
export function nextSort(current: AreaSort, by: AreaSort['by']): AreaSort {
  return current.by === by ? { by, desc: !current.desc } : { by, desc: by !== 'name' };
}
