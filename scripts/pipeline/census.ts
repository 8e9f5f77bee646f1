/**
 * Reading the Census 2021 tables of the mirror (Statbel, per statistical sector): parsed with papaparse
 * (`readCsv`), then every row checked strictly, so a bad row stops the build naming the file and its line
 * instead of being counted as zero.
 */
import { join } from 'node:path';
import type { CensusCount } from '../../src/core/planner/census.ts';
import { PipelineError } from './errors.ts';
import { readCsv } from './readers.ts';
import { inputFiles } from './sources.ts';

/** A Statbel sector code (`21001A00-`, `21004ZZZZ`): the municipality's NIS code and four characters. */
const sectorCode = /^\d{5}[0-9A-Z-]{4}$/;
/** Activity statuses of table S12: employed, unemployed, inactive. */
const activityStatuses = ['EMP', 'UNE', 'INAC'];

/** Checks one row's sector code and count; throws naming the file and the line (header = line 1). */
function countOf(file: string, row: Record<string, string>, i: number): CensusCount {
  const line = i + 2;
  const code = row.CD_SECTOR ?? '';
  const pop = row.MS_POP ?? '';
  if ('__parsed_extra' in row) throw new PipelineError(file, `line ${line}: more fields than the header has`);
  if (!sectorCode.test(code)) throw new PipelineError(file, `line ${line}: CD_SECTOR '${code}' is not a Statbel sector code (expected e.g. 21001A00-)`);
  if (!/^\d+$/.test(pop)) throw new PipelineError(file, `line ${line}: MS_POP '${pop}' is not a whole number of people`);
  return { code, count: Number(pop) };
}

/** Residents per row of table S01 (sector × age × sex). */
export function parseResidents(file: string, rows: readonly Record<string, string>[]): CensusCount[] {
  return rows.map((r, i) => countOf(file, r, i));
}

/** Employed residents per row of table S12 (sector × sex × activity): rows of other statuses count 0, so a sector with rows but nobody employed gets 0, not null. */
export function parseEmployed(file: string, rows: readonly Record<string, string>[]): CensusCount[] {
  return rows.map((r, i) => {
    const c = countOf(file, r, i);
    const status = r.CD_EMPLOYMENT ?? '';
    if (!activityStatuses.includes(status)) throw new PipelineError(file, `line ${i + 2}: CD_EMPLOYMENT '${status}' is not one of ${activityStatuses.join(', ')}`);
    return status === 'EMP' ? c : { code: c.code, count: 0 };
  });
}

/** Both census tables of the mirror, checked. */
export function readCensus(sourceDir: string): { residents: CensusCount[]; employed: CensusCount[] } {
  const res = inputFiles.censusResidents;
  const act = inputFiles.censusActivity;
  return { residents: parseResidents(res, readCsv(join(sourceDir, res))), employed: parseEmployed(act, readCsv(join(sourceDir, act))) };
}
