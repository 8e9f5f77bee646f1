/**
 * Census 2021 counts joined to the statistical sector polygons on the sector code. Nothing is dropped: a census
 * code with no polygon (Statbel's `…ZZZZ`, people without a known sector) is counted in its municipality (the
 * first five characters are its NIS code) and the region, and listed; a polygon with no census row gets null
 * (unknown, not zero) and is listed.
 */
import type { CensusJoinReport } from './types.ts';

/** One census row reduced to what the join needs: a sector code and a count. */
export interface CensusCount {
  code: string;
  count: number;
}

/** Residents and employed residents of one area; null where no census row matched. */
export interface Workforce {
  residents: number | null;
  employedResidents: number | null;
}

/** The join's result. */
export interface CensusJoin {
  /** Per sector polygon code. */
  bySector: Map<string, Workforce>;
  /** Counts of codes without a polygon, per municipality NIS (added to the municipality and the region). */
  withoutSectorByNis: Map<string, { residents: number; employedResidents: number }>;
  report: CensusJoinReport;
  /** All residents and employed residents read (with and without a polygon). */
  totals: { residents: number; employedResidents: number };
}

function sumByCode(rows: readonly CensusCount[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.code, (m.get(r.code) ?? 0) + r.count);
  return m;
}

/** NIS code of the municipality of a sector code (its first five characters). */
export const nisOfSector = (code: string): string => code.slice(0, 5);

/** Joins residents and employed residents (rows already filtered, e.g. CD_EMPLOYMENT = EMP) to the sector codes. */
export function joinCensus(sectorCodes: readonly string[], residents: readonly CensusCount[], employed: readonly CensusCount[]): CensusJoin {
  const res = sumByCode(residents);
  const emp = sumByCode(employed);
  const known = new Set(sectorCodes);
  const bySector = new Map<string, Workforce>();
  const sectorsWithoutRows: string[] = [];
  for (const code of sectorCodes) {
    const r = res.get(code);
    const e = emp.get(code);
    bySector.set(code, { residents: r ?? null, employedResidents: e ?? null });
    if (r === undefined && e === undefined) sectorsWithoutRows.push(code);
  }
  const orphanCodes = [...new Set([...res.keys(), ...emp.keys()])].filter((c) => !known.has(c)).sort();
  const rowsWithoutSector = orphanCodes.map((code) => ({ code, residents: res.get(code) ?? 0, employedResidents: emp.get(code) ?? 0 }));
  const withoutSectorByNis = new Map<string, { residents: number; employedResidents: number }>();
  for (const r of rowsWithoutSector) {
    const m = withoutSectorByNis.get(nisOfSector(r.code)) ?? { residents: 0, employedResidents: 0 };
    m.residents += r.residents;
    m.employedResidents += r.employedResidents;
    withoutSectorByNis.set(nisOfSector(r.code), m);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + v, 0);
  return {
    bySector,
    withoutSectorByNis,
    report: { sectorsWithoutRows: sectorsWithoutRows.sort(), rowsWithoutSector },
    totals: { residents: total(res), employedResidents: total(emp) },
  };
}
