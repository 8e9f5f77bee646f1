/**
 * Reading `geodata/planner.json` (the planner view's indicators): checked field by field, so a file from another
 * version or a broken build is refused with a message naming the file and the first bad field, not drawn wrong.
 */
import { lossCategories, type PlannerArea, type PlannerData } from '../core/planner/types.ts';
import { siteStatuses } from '../core/types.ts';
import { LayerLoadError } from './loadError.ts';
import { fetchJson } from './fetchJson.ts';

/** File name of the planner indicators under geodata/. */
export const plannerFile = 'planner.json';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The first field of an area that does not have the contract's type, or null when all do. */
function badField(a: unknown): string | null {
  if (!isRec(a)) return 'not an object';
  for (const k of ['code', 'kind', 'nameFr', 'nameNl', 'nis']) if (typeof a[k] !== 'string') return k;
  for (const k of ['areaHa', 'productiveTotalHa', 'productiveShare', 'no2AllUgM3']) if (!isNum(a[k])) return k;
  for (const k of ['no2ProductiveUgM3', 'productiveAboveEu2030Share', 'residents', 'employedResidents', 'productiveNearMetroTramShare']) {
    if (a[k] !== null && !isNum(a[k])) return k;
  }
  const p = a.productiveHa;
  if (!isRec(p) || siteStatuses.some((s) => !isNum(p[s]))) return 'productiveHa';
  const c = a.change2013;
  if (!isRec(c)) return 'change2013';
  for (const k of ['industrial2013Ha', 'stillIndustrialHa', 'lostTotalHa', 'newIndustrialHa', 'netHa']) if (!isNum(c[k])) return `change2013.${k}`;
  const lost = c.lostHa;
  if (!isRec(lost) || lossCategories.some((k) => !isNum(lost[k]))) return 'change2013.lostHa';
  return null;
}

/** The planner data from parsed JSON; throws LayerLoadError('corrupt') naming the file and the first bad field. */
export function parsePlannerData(json: unknown, file = plannerFile): PlannerData {
  const fail = (what: string): never => {
    throw new LayerLoadError('corrupt', `${file}: ${what}`);
  };
  if (!isRec(json)) return fail('not a JSON object');
  if (json.version !== 1) return fail(`unsupported version ${JSON.stringify(json.version)} (this app reads version 1)`);
  const areas = (key: string): PlannerArea[] => {
    const list = json[key];
    if (!Array.isArray(list)) return fail(`${key} is not a list`);
    list.forEach((a, i) => {
      const bad = badField(a);
      if (bad) fail(`${key}[${i}] (${isRec(a) ? String(a.code) : '?'}): field ${bad} missing or of the wrong type`);
    });
    return list as PlannerArea[];
  };
  const regionBad = badField(json.region);
  if (regionBad) return fail(`region: field ${regionBad} missing or of the wrong type`);
  const municipalities = areas('municipalities');
  if (municipalities.length === 0) return fail('no municipality');
  const census = isRec(json.census) ? json.census : {};
  const params = isRec(json.parameters) ? json.parameters : {};
  return {
    version: 1,
    builtAt: typeof json.builtAt === 'string' ? json.builtAt : '',
    region: json.region as PlannerArea,
    municipalities,
    sectors: areas('sectors'),
    census: {
      sectorsWithoutRows: Array.isArray(census.sectorsWithoutRows) ? census.sectorsWithoutRows.filter((s): s is string => typeof s === 'string') : [],
      rowsWithoutSector: Array.isArray(census.rowsWithoutSector) ? (census.rowsWithoutSector as PlannerData['census']['rowsWithoutSector']).filter((r) => isRec(r) && typeof r.code === 'string') : [],
    },
    parameters: {
      eu2030No2UgM3: isNum(params.eu2030No2UgM3) ? params.eu2030No2UgM3 : 20,
      stopDistanceM: isNum(params.stopDistanceM) ? params.stopDistanceM : 400,
      no2CellM: isNum(params.no2CellM) ? params.no2CellM : NaN,
    },
  };
}

/** Fetch and check `<baseUrl>planner.json`; errors name the file and say why (LayerLoadError). */
export async function fetchPlannerData(baseUrl: string, signal: AbortSignal, fetchFn?: typeof fetch): Promise<PlannerData> {
  return parsePlannerData(await fetchJson(baseUrl, plannerFile, signal, fetchFn));
}
