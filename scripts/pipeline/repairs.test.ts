import { describe, expect, it } from 'vitest';
import { derivedFrom, describeEvent, featureLabel, formatLayerRepairs, layerRepairReport, RepairBook, type FeatureEvent, type LayerRead } from './repairs.ts';

const file = 'osm-pasloin/osm_landuse.geojson';
type Props = Record<string, unknown>;
const event = (index: number, properties: Props, outcome: FeatureEvent['outcome'], kinds: FeatureEvent['kinds'], f = file): FeatureEvent => ({
  file: f, index, label: featureLabel(index + 1000, properties), outcome, kinds, reason: kinds.join(', '), properties,
});

/** Three layers reading one land-use file, as zones, sites and housing do. */
function landuseBook() {
  const industrial = [{ landuse: 'industrial', name: 'Zoning Nord' }, { landuse: 'industrial' }];
  const residential = [{ landuse: 'residential' }, { landuse: 'residential' }, { landuse: 'residential' }];
  const brownfield = { landuse: 'brownfield' };
  const book = new RepairBook();
  book.record(event(0, industrial[0]!, 'repaired', ['bow-tie-split']));
  book.record(event(1, industrial[1]!, 'repaired', ['repeated-points-removed', 'ring-closed']));
  residential.forEach((p, i) => book.record(event(10 + i, p, 'repaired', ['repeated-points-removed'])));
  book.record(event(20, brownfield, 'repaired', ['ring-closed']));
  book.record(event(30, { landuse: 'residential' }, 'dropped', ['unusable-coordinates']));
  book.record(event(31, { landuse: 'industrial' }, 'dropped', ['crs-outlier']));
  return { book, industrial, residential, brownfield };
}
const reads = (landuse: string[]): LayerRead => ({ files: [file], wants: (p) => landuse.includes(String(p.landuse)) });

describe('layerRepairReport', () => {
  it('counts per layer only the repaired features it keeps and the dropped ones it would read, by kind', () => {
    const { book, industrial, residential, brownfield } = landuseBook();
    // The zones layer keeps one of the two repaired industrial polygons (the other lies outside the region).
    const zone = derivedFrom({ zoneId: 'zone-1' }, industrial[0]!);
    const zones = layerRepairReport(book, reads(['industrial']), [zone, { zoneId: 'zone-unrepaired' }]);
    expect(zones).toMatchObject({ repaired: 1, dropped: 1, byKind: { 'crs-outlier': 1, 'bow-tie-split': 1 } });
    const housing = layerRepairReport(book, reads(['residential']), residential.slice(0, 2).map((p) => derivedFrom({ name: '' }, p)));
    expect(housing).toMatchObject({ repaired: 2, dropped: 1, byKind: { 'unusable-coordinates': 1, 'repeated-points-removed': 2 } });
    const sites = layerRepairReport(book, reads(['industrial', 'brownfield']), [industrial[0]!, industrial[1]!, brownfield]);
    expect(sites).toMatchObject({ repaired: 3, dropped: 1, byKind: { 'bow-tie-split': 1, 'repeated-points-removed': 1, 'ring-closed': 2, 'crs-outlier': 1 } });
  });

  it('names examples by file, index, id and name, one per kind first, dropped before repaired', () => {
    const { book, industrial, brownfield } = landuseBook();
    const r = layerRepairReport(book, reads(['industrial', 'brownfield']), [industrial[0]!, industrial[1]!, brownfield], { maxExamples: 3 });
    expect(r.examples).toEqual([
      `${file} feature 31 (id 1031): dropped, crs-outlier`,
      `${file} feature 0 (id 1000, 'Zoning Nord'): bow-tie-split`,
      `${file} feature 1 (id 1001): repeated-points-removed, ring-closed`,
    ]);
  });

  it('gives a whole layer (region, municipalities) every repair of its files, and ignores other files', () => {
    const book = new RepairBook();
    book.record(event(0, {}, 'repaired', ['ring-closed'], 'a.gpkg'));
    book.record(event(1, {}, 'repaired', ['ring-closed'], 'b.gpkg'));
    expect(layerRepairReport(book, { files: ['a.gpkg'], wants: () => true, whole: true }, [])).toMatchObject({ repaired: 1, byKind: { 'ring-closed': 1 } });
    expect(layerRepairReport(book, { files: ['c.gpkg'], wants: () => true }, [{}])).toEqual({ repaired: 0, dropped: 0, byKind: {}, examples: [] });
  });
});

describe('labels and lines', () => {
  it('labels a feature by its feature id, source id and name where it has them', () => {
    expect(featureLabel(4652, {})).toBe('id 4652');
    expect(featureLabel(undefined, { stop_id: '0089', name_fr: 'MONTGOMERY' })).toBe("stop_id 0089, 'MONTGOMERY'");
    expect(featureLabel(undefined, { osm_id: '15805362', name: 'Rue Colonel Bourg' })).toBe("osm_id 15805362, 'Rue Colonel Bourg'");
    expect(featureLabel(undefined, {})).toBe('');
    expect(describeEvent(event(2, {}, 'dropped', ['missing-geometry']))).toBe(`${file} feature 2 (id 1002): dropped, missing-geometry`);
  });
  it('prints a layer as counts per kind in words, then its examples; nothing when nothing happened', () => {
    const lines = formatLayerRepairs('housing', { repaired: 2, dropped: 1, byKind: { 'unusable-coordinates': 1, 'repeated-points-removed': 2 }, examples: ['a', 'b'] });
    expect(lines[0]).toBe('  housing: 2 repaired, 1 dropped — 1 dropped: unusable coordinates (null, non-numeric, missing or wrongly nested); 2 repeated points removed');
    expect(lines.slice(1)).toEqual(['    e.g. a', '    e.g. b']);
    expect(formatLayerRepairs('villo', { repaired: 0, dropped: 0, byKind: {}, examples: [] })).toEqual([]);
  });
});
