/** Data sources grouped for a printed credit line: one entry per publisher, licence and date, its layers listed once. */
import type { LayerSource } from '../types';

/** One layer (or the basemap) and its source, as read from the manifest. */
export interface SourceEntry {
  id: string;
  source: LayerSource;
}

/** Layers sharing a publisher, licence and date. */
export interface SourceGroup {
  publisher: string;
  licence: string;
  date: string;
  /** Layer ids in first-seen order, each once. */
  ids: string[];
}

/** Groups layers by publisher + licence + date (exact text), keeping the order in which groups and layers appear. */
export function groupSources(entries: readonly SourceEntry[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const { id, source } of entries) {
    // \u0000 cannot occur in manifest text, so the key cannot collide
    const key = [source.publisher, source.licence, source.date].join('\u0000');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { publisher: source.publisher, licence: source.licence, date: source.date, ids: [] }));
    if (!g.ids.includes(id)) g.ids.push(id);
  }
  return [...groups.values()];
}
