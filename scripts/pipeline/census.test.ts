import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEmployed, parseResidents, readCensus } from './census.ts';
import { PipelineError } from './errors.ts';
import { readCsv } from './readers.ts';
import { inputFiles } from './sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'census-'));
const csv = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return readCsv(p);
};

describe('census tables', () => {
  it('reads residents and employed residents, other activity statuses counting 0', () => {
    expect(parseResidents('s01.csv', csv('s01.csv', 'CD_SECTOR,CD_AGE,CD_SEX,MS_POP\n21001A00-,0-4,M,101\n21001ZZZZ,5-9,F,3\n'))).toEqual([
      { code: '21001A00-', count: 101 },
      { code: '21001ZZZZ', count: 3 },
    ]);
    expect(parseEmployed('s12.csv', csv('s12.csv', 'CD_SECTOR,CD_SEX,CD_EMPLOYMENT,MS_POP\n21001A00-,F,EMP,345\n21001A00-,F,INAC,822\n'))).toEqual([
      { code: '21001A00-', count: 345 },
      { code: '21001A00-', count: 0 },
    ]);
  });

  it('stops at a bad row, naming the file and the line', () => {
    const bad = (text: string) => () => parseResidents('s01.csv', csv('bad.csv', `CD_SECTOR,CD_AGE,CD_SEX,MS_POP\n21001A00-,0-4,M,101\n${text}\n`));
    expect(bad('21001A00-,5-9,M,')).toThrow(PipelineError);
    expect(bad('21001A00-,5-9,M,')).toThrow("s01.csv: line 3: MS_POP '' is not a whole number of people");
    expect(bad('21001A00-,5-9,M,1.5')).toThrow(/line 3: MS_POP '1.5'/);
    expect(bad('21001A00-,5-9,M,-2')).toThrow(/line 3: MS_POP '-2'/);
    expect(bad('21001A00-,5-9')).toThrow(/line 3: MS_POP ''/);
    expect(bad('Brussels,5-9,M,4')).toThrow("s01.csv: line 3: CD_SECTOR 'Brussels' is not a Statbel sector code (expected e.g. 21001A00-)");
    expect(bad('21001A00-,5-9,M,4,9')).toThrow('s01.csv: line 3: more fields than the header has');
    const status = () => parseEmployed('s12.csv', csv('s12b.csv', 'CD_SECTOR,CD_SEX,CD_EMPLOYMENT,MS_POP\n21001A00-,F,WORK,3\n'));
    expect(status).toThrow("s12.csv: line 2: CD_EMPLOYMENT 'WORK' is not one of EMP, UNE, INAC");
  });

  it('reads both tables of a mirror', () => {
    const root = join(dir, 'mirror');
    mkdirSync(join(root, 'statbel-census-2021'), { recursive: true });
    writeFileSync(join(root, inputFiles.censusResidents), 'CD_SECTOR,CD_AGE,CD_SEX,MS_POP\n21001A00-,0-4,M,7\n');
    writeFileSync(join(root, inputFiles.censusActivity), 'CD_SECTOR,CD_SEX,CD_EMPLOYMENT,MS_POP\n21001A00-,M,EMP,2\n');
    expect(readCensus(root)).toEqual({ residents: [{ code: '21001A00-', count: 7 }], employed: [{ code: '21001A00-', count: 2 }] });
  });
});
