/**
 * Names drawn by maplibre as symbol layers. The offline style declares no glyph server, so maplibre draws each
 * glyph itself from the browser's own sans-serif font (TinySDF on a canvas, cached per glyph): no font files,
 * no network.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Lang } from '../i18n/i18n.ts';

/** Font stack of map labels: the browser's sans-serif (maplibre renders glyphs locally when no glyph URL is set). */
export const labelFont = ['sans-serif'];

/** Halo that keeps labels readable over fills, roads and the basemap. */
export const labelPaint = { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } as const;

type Expr = maplibregl.ExpressionSpecification;
const str = (key: string): Expr => ['to-string', ['get', key]];

/**
 * Text of a feature's name in the UI language (`nameFr`/`nameNl`; English reads the French name, like the rest of the
 * app), else in the other language, else the `fallback` property (e.g. a motorway's `ref`), else nothing. Bilingual
 * 2013 names are split into the two fields by the pipeline (`roadNames`), not here.
 */
export function nameText(lang: Lang, fallback?: string): Expr {
  const [primary, other] = lang === 'nl' ? [str('nameNl'), str('nameFr')] : [str('nameFr'), str('nameNl')];
  return ['case', ['!=', primary, ''], primary, ['!=', other, ''], other, fallback ? str(fallback) : ''] as Expr;
}
