import { describe, expect, it } from 'vitest';
import type { PlannerArea } from '../core/planner/types.ts';
import { fetchPlannerData, parsePlannerData } from './planner.ts';

const area = (code: string, over: Partial<PlannerArea> = {}): PlannerArea => ({
  code,
  kind: 'municipality',
  nameFr: 'Anderlecht',
  nameNl: 'Anderlecht',
  nis: code,
  areaHa: 1770,
  productiveHa: { available: 1, estate: 2, 'new-productive': 0, occupied: 3, leaving: 0.5 },
  productiveTotalHa: 6.5,
  productiveShare: 0.0037,
  change2013: { industrial2013Ha: 10, stillIndustrialHa: 7, lostHa: { residential: 1, commercial: 1, construction: 0, other: 1 }, lostTotalHa: 3, newIndustrialHa: 1, netHa: -2 },
  no2ProductiveUgM3: 24,
  no2AllUgM3: 21,
  productiveAboveEu2030Share: 0.8,
  residents: 120000,
  employedResidents: 40000,
  productiveNearMetroTramShare: null,
  ...over,
});
const file = (over: Record<string, unknown> = {}) => ({ version: 1, builtAt: 'x', region: area('region', { kind: 'region' }), municipalities: [area('21001')], sectors: [], census: { sectorsWithoutRows: ['21001A1'], rowsWithoutSector: [] }, parameters: { eu2030No2UgM3: 20, stopDistanceM: 400, no2CellM: 50 }, ...over });

describe('planner.json', () => {
  it('reads a file of the contract', () => {
    const d = parsePlannerData(file());
    expect(d.municipalities[0]!.code).toBe('21001');
    expect(d.census.sectorsWithoutRows).toEqual(['21001A1']);
  });
  it('names the file and the first bad field of a broken one', () => {
    expect(() => parsePlannerData(file({ version: 2 }))).toThrow(/planner\.json: unsupported version 2/);
    expect(() => parsePlannerData(file({ municipalities: [area('21001', { areaHa: 'big' as unknown as number })] }))).toThrow(/municipalities\[0\] \(21001\): field areaHa/);
    expect(() => parsePlannerData(file({ municipalities: [] }))).toThrow(/no municipality/);
    const noLost = area('21002');
    (noLost.change2013 as unknown as Record<string, unknown>).lostHa = { residential: 1 };
    expect(() => parsePlannerData(file({ municipalities: [noLost] }))).toThrow(/change2013\.lostHa/);
    expect(() => parsePlannerData('[]')).toThrow(/not a JSON object/);
  });
  it('says a missing file is missing and a broken one is not JSON', async () => {
    const signal = new AbortController().signal;
    const respond = (body: string, status = 200) => (() => Promise.resolve(new Response(body, { status }))) as typeof fetch;
    await expect(fetchPlannerData('http://x/geodata/', signal, respond('', 404))).rejects.toThrow(/planner\.json: file missing/);
    await expect(fetchPlannerData('http://x/geodata/', signal, respond('{nope'))).rejects.toThrow(/planner\.json: not valid JSON/);
    await expect(fetchPlannerData('http://x/geodata/', signal, respond(JSON.stringify(file())))).resolves.toMatchObject({ version: 1 });
  });
});
