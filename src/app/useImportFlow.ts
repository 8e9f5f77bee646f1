/**
 * One import (or one drawn site) at a time, as the user-sites panel shows it step by step: read the file (its
 * readers load on demand), ask the CRS when the file cannot tell, offer an area for points, ask before adding
 * duplicates, measure in the worker with progress and Cancel, then store. Nothing replaces earlier sites.
 */
import { useRef, useState } from 'preact/hooks';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { ImportCrs, ImportResult, UserSiteRecord } from '../core/usersites/types.ts';
import { ImportError } from '../core/usersites/types.ts';
import type { RegionTest } from '../core/usersites/records.ts';
import { addUserSites, sanitizeUserSiteName, type UserSiteEntry } from '../state/userSites.ts';
import type { ImportStage } from '../ui/usersites/types.ts';
import type { UserSites } from './useUserSites.ts';

/** What the panel calls during an import. */
export interface ImportFlow {
  stage: ImportStage | null;
  onFiles(files: File[]): void;
  onSaveDrawn(polygon: Polygon, name: string): void;
  onImportCrs(crs: ImportCrs): void;
  onImportPointArea(areaM2: number | null): void;
  onImportDuplicates(choice: 'add' | 'skip'): void;
  onImportCancel(): void;
  onImportDismiss(): void;
}

type Answer = { crs?: ImportCrs; area?: number | null; duplicates?: 'add' | 'skip' } | null;

/** Raised inside a flow when the user cancels a question or the measuring. */
class Cancelled extends Error {}

const isPoint = (g: UserSiteRecord['geometry']): g is Point => g.type === 'Point';

/** The import flow of the app; `regionTest` resolves once the region outline is loaded. */
export function useImportFlow(user: UserSites, regionTest: () => Promise<RegionTest>): ImportFlow {
  const [stage, setStage] = useState<ImportStage | null>(null);
  const pending = useRef<((a: Answer) => void) | null>(null);
  const abort = useRef<AbortController | null>(null);
  const stateRef = useRef(user.state);
  stateRef.current = user.state;

  /** Show a question and wait for its answer (null = cancelled). */
  const ask = (s: ImportStage): Promise<Answer> =>
    new Promise((resolve) => {
      pending.current = resolve;
      setStage(s);
    });
  const answer = (a: Answer) => {
    const r = pending.current;
    pending.current = null;
    r?.(a);
  };

  /** Measure `records` with progress, then store them; returns how many were stored. */
  async function measureAndStore(file: string, records: UserSiteRecord[], signal: AbortSignal): Promise<number> {
    setStage({ step: 'measuring', file, done: 0, total: records.length });
    const measurer = await user.measurer();
    const features = await measurer.measure(records, (done, total) => setStage({ step: 'measuring', file, done, total }), signal);
    const byId = new Map(features.map((f) => [f.properties.siteId, f.properties]));
    const entries: UserSiteEntry[] = records.map((record) => ({ record, measured: byId.get(record.id) ?? null }));
    user.update((s) => addUserSites(s, entries).state);
    return entries.length;
  }

  async function importFile(file: File): Promise<void> {
    const ac = new AbortController();
    abort.current = ac;
    const name = file.name;
    try {
      setStage({ step: 'reading', file: name });
      const { checkImportSize, readImportFile } = await import('../data/import/readImport.ts');
      checkImportSize({ name, size: file.size });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const region = await regionTest();
      let result: ImportResult = await readImportFile({ name, bytes }, region);
      if (result.crs === null) {
        const a = await ask({ step: 'crs', file: name });
        if (!a?.crs) throw new Cancelled();
        result = await readImportFile({ name, bytes }, region, { crs: a.crs });
      }
      let sites = result.sites;
      const points = sites.filter((s) => isPoint(s.geometry) && s.areaM2Given === null).length;
      if (points > 0) {
        const a = await ask({ step: 'points', file: name, points });
        if (!a) throw new Cancelled();
        if (a.area != null) sites = sites.map((s) => (isPoint(s.geometry) && s.areaM2Given === null ? { ...s, areaM2Given: a.area ?? null } : s));
      }
      const trial = addUserSites(stateRef.current, sites);
      let skipped = 0;
      if (trial.duplicates > 0) {
        const a = await ask({ step: 'duplicates', file: name, duplicates: trial.duplicates, total: sites.length });
        if (!a?.duplicates) throw new Cancelled();
        if (a.duplicates === 'skip') {
          const dup = new Set(trial.duplicateIds);
          const kept = sites.filter((s, i) => !dup.has(trial.addedIds[i]!));
          skipped = sites.length - kept.length;
          sites = kept;
        }
      }
      const added = sites.length ? await measureAndStore(name, sites, ac.signal) : 0;
      const outside = sites.filter((s) => s.outsideRegion).length;
      setStage({ step: 'done', summary: { file: name, added, refused: result.refused, outside, duplicatesSkipped: skipped, cancelled: false } });
    } catch (e) {
      if (e instanceof Cancelled || ac.signal.aborted) setStage({ step: 'done', summary: { file: name, added: 0, refused: [], outside: 0, duplicatesSkipped: 0, cancelled: true } });
      else if (e instanceof ImportError) setStage({ step: 'failed', file: name, reason: e.reason, detail: e.message });
      else setStage({ step: 'failed', file: name, reason: 'other', detail: e instanceof Error ? e.message : String(e) });
    } finally {
      if (abort.current === ac) abort.current = null;
    }
  }

  async function saveDrawn(polygon: Polygon, typed: string): Promise<void> {
    const ac = new AbortController();
    abort.current = ac;
    const name = sanitizeUserSiteName(typed);
    const label = name || '—';
    try {
      const region = await regionTest();
      const place = region(polygon as Polygon | MultiPolygon);
      if (place === 'outside') {
        setStage({ step: 'failed', file: label, reason: 'no-usable-feature', detail: 'the drawn site lies outside the region and its 2 km band' });
        return;
      }
      const { newUserSiteId } = await import('../core/usersites/records.ts');
      const record: UserSiteRecord = {
        id: newUserSiteId(),
        name,
        externalId: '',
        origin: { kind: 'drawn' },
        geometry: polygon,
        areaM2Given: null,
        attributes: {},
        addedAt: new Date().toISOString(),
        outsideRegion: place === 'band',
        repairs: [],
      };
      const added = await measureAndStore(label, [record], ac.signal);
      setStage({ step: 'done', summary: { file: label, added, refused: [], outside: record.outsideRegion ? 1 : 0, duplicatesSkipped: 0, cancelled: false } });
    } catch (e) {
      if (ac.signal.aborted) setStage({ step: 'done', summary: { file: label, added: 0, refused: [], outside: 0, duplicatesSkipped: 0, cancelled: true } });
      else setStage({ step: 'failed', file: label, reason: 'other', detail: e instanceof Error ? e.message : String(e) });
    } finally {
      if (abort.current === ac) abort.current = null;
    }
  }

  const queue = useRef<Promise<void>>(Promise.resolve());
  // one at a time: a second file waits for the first to end
  const run = (job: () => Promise<void>) => void (queue.current = queue.current.then(job, job));

  return {
    stage,
    onFiles: (files) => files.forEach((f) => run(() => importFile(f))),
    onSaveDrawn: (polygon, name) => run(() => saveDrawn(polygon, name)),
    onImportCrs: (crs) => answer({ crs }),
    onImportPointArea: (area) => answer({ area }),
    onImportDuplicates: (duplicates) => answer({ duplicates }),
    onImportCancel: () => {
      answer(null);
      abort.current?.abort();
    },
    onImportDismiss: () => setStage(null),
  };
}
