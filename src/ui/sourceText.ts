/**
 * The data sources in the UI language: dataset titles and notes by layer id (the manifest keeps its English
 * originals as data; an unknown layer shows the manifest's text), publishers, licences and dates translated only
 * when they are exactly the text the app knows, and the printed credit lines grouped by source. Titles, notes and
 * the planner's own phrases are in i18n/dictSources.ts, which the views showing them load (the About panel, the
 * planner view); before it has loaded they read as the manifest's English text.
 */
import { catalogue } from './catalogue.ts';
import { groupSources, type SourceEntry } from '../core/export/sources.ts';
import type { LayerSource, Manifest } from '../core/types.ts';
import { t, type Lang, type MessageKey } from '../i18n/i18n.ts';

/** Dictionary keys of the title and note of each layer the app knows (the basemap as `basemap`). */
const layerTexts: Readonly<Record<string, { title?: MessageKey; note?: MessageKey }>> = {
  region: { title: 'srcRegionTitle' },
  communes: { title: 'srcCommunesTitle' },
  'productive-zones': { note: 'srcZonesNote' },
  sites: { title: 'srcSitesTitle', note: 'srcSitesNote' },
  'transit-stops': { title: 'srcStopsTitle' },
  'transit-lines': { note: 'srcLinesNote' },
  'rail-stations': { title: 'srcStationsTitle' },
  'rail-sidings': { note: 'srcSidingsNote' },
  canal: { note: 'srcCanalNote' },
  'cycle-routes': { title: 'srcCycleTitle', note: 'srcCycleNote' },
  villo: { title: 'srcVilloTitle' },
  'no2-points': { title: 'srcNo2Title', note: 'srcNo2Note' },
  roads: { note: 'srcRoadsNote' },
  housing: { note: 'srcHousingNote' },
  sensitive: { note: 'srcSensitiveNote' },
  workshops: { note: 'srcWorkshopsNote' },
  basemap: { note: 'srcBasemapNote' },
  sectors: { title: 'srcSectorsTitle' },
  'land-losses': { title: 'srcLossesTitle', note: 'srcLossesNote' },
  census: { title: 'srcCensusTitle' },
};

/** Publishers, licences and dates the app can translate, found by their English text (the planner's own ones once its sources' messages are in). */
const phraseKeys: readonly MessageKey[] = ['srcPubStatbel', 'srcLicStatbel', 'srcPubOsm', 'srcPubSites', 'srcDateSites', 'srcPubStops', 'srcPubStations', 'srcLicBrussels', 'srcLicNo2', 'srcDateNo2', 'srcPubLosses', 'srcDateLosses', 'srcPubCensus', 'srcLicCensus', 'srcDateCensus'];

/** A message of the sources' dictionary, or `fallback` while that dictionary has not loaded (t() gives the key then). */
const loaded = (lang: Lang, key: MessageKey, fallback: string): string => {
  const s = t(lang, key);
  return s === key ? fallback : s;
};

/** Names of the layers the layer panel does not list (the planner view's). */
const otherLabels: Readonly<Record<string, MessageKey>> = { basemap: 'basemap', sectors: 'layerSectors', 'land-losses': 'layerLandLosses' };

/** Name of a layer as the layer panel shows it, or as the planner view calls it; the id for a layer the app does not know. */
export function layerLabel(lang: Lang, id: string): string {
  const other = otherLabels[id];
  if (other) return t(lang, other);
  const e = catalogue.find((c) => c.id === id);
  return e ? t(lang, e.label) : id;
}

/** Title of a layer's dataset in the language; the manifest's name for a layer without a translation. */
export function sourceTitle(lang: Lang, id: string, source: Pick<LayerSource, 'name'>): string {
  const key = layerTexts[id]?.title;
  return key ? loaded(lang, key, source.name) : source.name;
}

/** Note on a layer's dataset in the language; the manifest's note (or '') for a layer without a translation. */
export function sourceNote(lang: Lang, id: string, source: LayerSource): string {
  const key = layerTexts[id]?.note;
  return key ? loaded(lang, key, source.note ?? '') : (source.note ?? '');
}

/** A publisher, licence or date in the language when the app knows that exact text; otherwise as given. */
export function sourcePhrase(lang: Lang, text: string): string {
  const key = phraseKeys.find((k) => t('en', k) === text);
  return key ? loaded(lang, key, text) : text;
}

/** The manifest's layers and its first basemap archive (all archives share one source) as source entries. */
export function sourceEntries(manifest: Manifest): SourceEntry[] {
  const base = manifest.basemap?.[0];
  return [...manifest.layers.map((l) => ({ id: l.id, source: l.source })), ...(base ? [{ id: 'basemap', source: base.source }] : [])];
}

/** One credit line per publisher, licence and date, naming its layers once: "OpenStreetMap contributors, ODbL 1.0, 2026-05: …". */
export function sourceLines(lang: Lang, manifest: Manifest): string[] {
  return groupSources(sourceEntries(manifest)).map((g) =>
    t(lang, 'sourceGroup', {
      publisher: sourcePhrase(lang, g.publisher),
      licence: sourcePhrase(lang, g.licence),
      date: sourcePhrase(lang, g.date),
      layers: g.ids.map((id) => layerLabel(lang, id)).join(', '),
    }),
  );
}
