/**
 * The repair book of a run: every source feature that validation repaired or dropped, named by file,
 * index and its name or id; and the per-layer report built from it, which counts only the repaired
 * features a layer keeps and the dropped features it would have read.
 */
import { dropKindLabels, repairKindLabels, type DropKind, type RepairKind } from '../../src/core/validate.ts';

/** A kind of repair or of drop. */
export type FeatureKind = RepairKind | DropKind;

/** One source feature that validation changed or left out. */
export interface FeatureEvent {
  /** Source file, relative to the mirror. */
  file: string;
  /** Index of the feature in the file (0-based; data row for CSV files). */
  index: number;
  /** Its id and name from the source ('' when it has neither). */
  label: string;
  outcome: 'repaired' | 'dropped';
  kinds: FeatureKind[];
  reason: string;
  /** Its properties as read: dropped features go to the layers whose filter they pass. */
  properties: Record<string, unknown>;
}

/** What a run's validation did, feature by feature. */
export class RepairBook {
  private readonly events: FeatureEvent[] = [];
  private readonly repairedByProps = new Map<object, FeatureEvent>();

  /** Notes one repaired or dropped feature. */
  record(e: FeatureEvent): void {
    this.events.push(e);
    if (e.outcome === 'repaired') this.repairedByProps.set(e.properties, e);
  }

  /** The repair of the source feature whose properties object this is, if it was repaired. */
  repairOf(sourceProps: object): FeatureEvent | undefined {
    return this.repairedByProps.get(sourceProps);
  }

  /** Every event of the given files, in reading order. */
  eventsIn(files: readonly string[]): FeatureEvent[] {
    return this.events.filter((e) => files.includes(e.file));
  }
}

/** The words of a kind, for reports. */
export function kindLabel(k: FeatureKind): string {
  return k in repairKindLabels ? repairKindLabels[k as RepairKind] : dropKindLabels[k as DropKind];
}

/** One line naming the feature and what happened to it: `file feature i (id, 'name'): dropped, reason`. */
export function describeEvent(e: FeatureEvent): string {
  return `${e.file} feature ${e.index}${e.label ? ` (${e.label})` : ''}: ${e.outcome === 'dropped' ? 'dropped, ' : ''}${e.reason}`;
}

// Keys that identify a feature in the mirror's files, most telling first.
const idKeys = ['osm_id', 'osm_way_id', 'stop_id', 'villo_id', 'cnId', 'ab_local_code', 'icr', 'cd_sector', 'URI'];
const nameKeys = ['name', 'name_fr', 'name:fr', 'name_nl', 'name:nl', 'tx_sector_descr_fr'];

/** A short label for a source feature: its feature id, a source id and its name, where there are some. */
export function featureLabel(featureId: unknown, props: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof featureId === 'string' || typeof featureId === 'number') parts.push(`id ${featureId}`);
  const idKey = idKeys.find((k) => typeof props[k] === 'string' || typeof props[k] === 'number');
  if (idKey) parts.push(`${idKey} ${String(props[idKey])}`);
  const nameKey = nameKeys.find((k) => typeof props[k] === 'string' && props[k] !== '');
  if (nameKey) parts.push(`'${String(props[nameKey])}'`);
  return parts.join(', ');
}

// Layer features made from a source feature point back to its properties, so that the report can
// find its repair whatever the builder did to the feature.
const origins = new WeakMap<object, object>();

/** Notes that `props` (a layer feature's properties) were made from the source feature whose properties are `source`; returns `props`. */
export function derivedFrom<T extends object>(props: T, source: object): T {
  origins.set(props, origins.get(source) ?? source);
  return props;
}

/** The source properties a layer feature's properties were made from (themselves when not derived). */
export function sourceOf(props: object): object {
  return origins.get(props) ?? props;
}

/** Repairs and drops of one layer. */
export interface LayerRepairs {
  /** Features of the layer that were repaired. */
  repaired: number;
  /** Source features the layer would have read that were dropped. */
  dropped: number;
  /** Features per kind of repair or drop (a feature can have several repairs). */
  byKind: Record<string, number>;
  /** A few features named by file, index and id or name, with what was done. */
  examples: string[];
}

/** What a layer reads: its source files and, by properties alone, which of their features it wants. */
export interface LayerRead {
  files: readonly string[];
  /** Attribute filter of the layer (geometry tests aside): a dropped feature counts for the layers it passes. */
  wants: (props: Record<string, unknown>) => boolean;
  /** The layer merges all its source features (region, municipalities): every repair of its files is kept. */
  whole?: boolean;
}

/** Settings of `layerRepairReport`. */
export const defaultRepairReportOptions = {
  /** Named examples kept per layer (one per kind first, dropped before repaired). */
  maxExamples: 5,
};

/** Repairs and drops of one layer: counts, counts per kind and a few named examples. */
export function layerRepairReport(
  book: RepairBook,
  read: LayerRead,
  keptSources: Iterable<object>,
  options: Partial<typeof defaultRepairReportOptions> = {},
): LayerRepairs {
  const o = { ...defaultRepairReportOptions, ...options };
  const events = book.eventsIn(read.files);
  const dropped = events.filter((e) => e.outcome === 'dropped' && read.wants(e.properties));
  let repaired: FeatureEvent[];
  if (read.whole) repaired = events.filter((e) => e.outcome === 'repaired');
  else {
    const seen = new Set<FeatureEvent>();
    for (const p of keptSources) {
      const e = book.repairOf(sourceOf(p));
      if (e && read.files.includes(e.file)) seen.add(e);
    }
    repaired = [...seen].sort((a, b) => a.file.localeCompare(b.file) || a.index - b.index);
  }
  const byKind: Record<string, number> = {};
  for (const e of [...dropped, ...repaired]) for (const k of e.kinds) byKind[k] = (byKind[k] ?? 0) + 1;
  // One example per kind first, so a rare kind is not hidden behind a common one.
  const all = [...dropped, ...repaired];
  const picked = new Set<FeatureEvent>();
  for (const k of Object.keys(byKind) as FeatureKind[]) {
    const e = all.find((x) => x.kinds.includes(k));
    if (e && picked.size < o.maxExamples) picked.add(e);
  }
  for (const e of all) if (picked.size < o.maxExamples) picked.add(e);
  const examples = all.filter((e) => picked.has(e)).map(describeEvent);
  return { repaired: repaired.length, dropped: dropped.length, byKind, examples };
}

/** Printable lines of one layer's report: counts per kind, then the examples. */
export function formatLayerRepairs(id: string, r: LayerRepairs): string[] {
  if (r.repaired === 0 && r.dropped === 0) return [];
  const kinds = Object.entries(r.byKind).map(([k, n]) => `${n} ${k in dropKindLabels ? 'dropped: ' : ''}${kindLabel(k as FeatureKind)}`);
  return [`  ${id}: ${r.repaired} repaired, ${r.dropped} dropped — ${kinds.join('; ')}`, ...r.examples.map((e) => `    e.g. ${e}`)];
}
