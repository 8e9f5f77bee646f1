/** A legend swatch drawn with CSS classes and a custom property-free SVG (no inline style attribute, CSP-safe). */
import type { Swatch as SwatchSpec } from './catalogue.ts';

/** Small SVG symbol matching how the layer is drawn on the map. */
export function Swatch({ spec }: { spec: SwatchSpec }) {
  const s = 16;
  return (
    <svg class="swatch" width={s} height={s} viewBox={`0 0 ${s} ${s}`} aria-hidden="true" focusable="false">
      {spec.shape === 'fill' && <rect x="2" y="3" width="12" height="10" fill={spec.colour} fill-opacity="0.75" stroke={spec.colour} />}
      {spec.shape === 'line' && <line x1="1" y1="8" x2="15" y2="8" stroke={spec.colour} stroke-width={spec.size ?? 3} stroke-linecap="round" />}
      {spec.shape === 'dash' && <line x1="1" y1="8" x2="15" y2="8" stroke={spec.colour} stroke-width="2" stroke-dasharray="4 2" />}
      {spec.shape === 'circle' && <circle cx="8" cy="8" r={Math.min(7, (spec.size ?? 8) / 2)} fill={spec.colour} stroke="#fff" stroke-width="1" />}
    </svg>
  );
}
