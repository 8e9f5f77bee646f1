/**
 * What became of the land that was industrial in 2013 (OSM, indicative: the map grew too). Each side is
 * dissolved first (a polygon keeps only what no earlier one covered), so overlapping polygons are not counted
 * twice. A 2013 piece still under `landuse=industrial` today is "still industrial"; the rest goes to one loss
 * category by precedence: residential > commercial (commercial, retail) > construction > other (any other mapped
 * use, and land with no use mapped today). The pieces of one 2013 polygon therefore partition it.
 */
import { lossCategories, type LossCategory } from './types.ts';
import { areaM2, buildPolygonIndex, candidates, intersectPolys, subtractPolys, unionPolys, type Polygonal, type PolygonIndex } from './overlay.ts';
import { clipToBox, grownBox, polyBox } from '../geo/boxClip.ts';

/** A 2013 `landuse=industrial` polygon, cut to the region. */
export interface Industrial2013 {
  /** Stable id (OSM way or relation id, else a geometry key). */
  id: string;
  name: string;
  geometry: Polygonal;
}

/** A land-use polygon of today (any class). */
export interface LanduseToday {
  landuse: string;
  geometry: Polygonal;
}

/** Where today's land use puts a piece of 2013 industrial land. */
export function categoryOfLanduse(landuse: string): 'industrial' | LossCategory {
  switch (landuse) {
    case 'industrial':
      return 'industrial';
    case 'residential':
      return 'residential';
    case 'commercial':
    case 'retail':
      return 'commercial';
    case 'construction':
      return 'construction';
    default:
      return 'other';
  }
}

/** One piece of lost land: its geometry and the land use of today covering most of it ('' when unmapped land is the most). */
export interface LostPiece {
  category: LossCategory;
  geometry: Polygonal;
  landuseToday: string;
}

/** The fate of one dissolved 2013 polygon. */
export interface Fate2013 {
  source: Industrial2013;
  /** The part of the polygon no earlier polygon covered. */
  own: Polygonal;
  still: Polygonal | null;
  lost: LostPiece[];
}

/** Each polygon minus the earlier ones it overlaps (order = input order); polygons left empty are dropped. */
export function dissolveInOrder<T>(items: readonly T[], geometryOf: (t: T) => Polygonal): { item: T; own: Polygonal }[] {
  const index = buildPolygonIndex(items, geometryOf);
  const out: { item: T; own: Polygonal }[] = [];
  items.forEach((item, i) => {
    const earlier = candidates(index, index.boxes[i]!).filter((j) => j < i).map((j) => geometryOf(items[j]!));
    const own = subtractPolys(geometryOf(item), earlier);
    if (own && areaM2(own) > 0) out.push({ item, own });
  });
  return out;
}

/** Today's land use indexed for `fateOf2013`. */
export type TodayIndex = PolygonIndex<LanduseToday>;

/** Indexes today's land use. */
export function indexToday(today: readonly LanduseToday[]): TodayIndex {
  return buildPolygonIndex(today, (t) => t.geometry);
}

/** The class among `classes` covering most of `piece`, or '' when land under none of them is larger. */
function dominantUse(piece: Polygonal, near: readonly LanduseToday[], classes: readonly string[]): string {
  let best = '';
  let bestM2 = 0;
  const covers: Polygonal[] = [];
  for (const c of classes) {
    const u = unionPolys(near.filter((t) => t.landuse === c).map((t) => t.geometry));
    if (!u) continue;
    covers.push(u);
    const cut = intersectPolys(piece, u);
    const m2 = cut ? areaM2(cut) : 0;
    if (m2 > bestM2) [best, bestM2] = [c, m2];
  }
  const unmapped = subtractPolys(piece, covers);
  return unmapped && areaM2(unmapped) > bestM2 ? '' : best;
}

/** Splits one dissolved 2013 polygon into still industrial and lost pieces by the precedence of the categories. */
export function fateOf2013(source: Industrial2013, own: Polygonal, today: TodayIndex): Fate2013 {
  // Cut to the piece's box: every operation below is with (a part of) `own`, so the result is the same, faster.
  const box = grownBox(polyBox(own));
  const near = candidates(today, box).flatMap((k) => {
    const geometry = clipToBox(today.items[k]!.geometry, box);
    return geometry ? [{ landuse: today.items[k]!.landuse, geometry }] : [];
  });
  const inCategory = (cat: 'industrial' | LossCategory) => near.filter((t) => categoryOfLanduse(t.landuse) === cat);
  const industrial = unionPolys(inCategory('industrial').map((t) => t.geometry));
  const still = industrial ? intersectPolys(own, industrial) : null;
  let rest: Polygonal | null = industrial ? subtractPolys(own, [industrial]) : own;
  const lost: LostPiece[] = [];
  for (const category of lossCategories) {
    if (!rest) break;
    const mine = inCategory(category);
    if (category === 'other') {
      // The remainder by construction: still + lost partition the 2013 land whatever is mapped today.
      const classes = [...new Set(mine.map((t) => t.landuse))].sort();
      lost.push({ category, geometry: rest, landuseToday: dominantUse(rest, mine, classes) });
      break;
    }
    const cover = unionPolys(mine.map((t) => t.geometry));
    const piece = cover ? intersectPolys(rest, cover) : null;
    if (!piece || !cover) continue;
    const landuseToday = category === 'commercial' ? dominantUse(piece, mine, ['commercial', 'retail']) || 'commercial' : category;
    lost.push({ category, geometry: piece, landuseToday });
    rest = subtractPolys(rest, [cover]);
  }
  return { source, own, still, lost: lost.filter((l) => areaM2(l.geometry) > 0) };
}

/** The fate of every 2013 industrial polygon, dissolved in input order. */
export function fatesOf2013(industrial2013: readonly Industrial2013[], today: readonly LanduseToday[]): Fate2013[] {
  const index = indexToday(today);
  return dissolveInOrder(industrial2013, (f) => f.geometry).map(({ item, own }) => fateOf2013(item, own, index));
}

/** Industrial land of today that was not industrial in 2013: each dissolved polygon of today minus the 2013 land. */
export function newIndustrial(todayIndustrial: readonly Polygonal[], industrial2013: readonly Polygonal[]): Polygonal[] {
  const old = buildPolygonIndex(industrial2013, (g) => g);
  const out: Polygonal[] = [];
  for (const { own } of dissolveInOrder(todayIndustrial, (g) => g)) {
    const was = candidates(old, polyBox(own)).map((k) => industrial2013[k]!);
    const added = subtractPolys(own, was);
    if (added && areaM2(added) > 0) out.push(added);
  }
  return out;
}
