/** Greedy label placement for HTML labels over the map: pure, screen pixels, no maplibre. */

/** [left, top, right, bottom] in screen pixels. */
export type ScreenBox = readonly [number, number, number, number];

/**
 * Which labels to show: labels are taken in `order` (most important first) and one is kept when its box, grown by
 * `margin` px, touches no box kept before it. Labels missing from `order` are not shown.
 */
export function declutter(boxes: readonly ScreenBox[], order: readonly number[], margin = 2): boolean[] {
  const shown = boxes.map(() => false);
  const kept: ScreenBox[] = [];
  for (const i of order) {
    const b = boxes[i];
    if (!b) continue;
    const hit = kept.some((k) => b[0] - margin < k[2] && k[0] < b[2] + margin && b[1] - margin < k[3] && k[1] < b[3] + margin);
    if (hit) continue;
    kept.push(b);
    shown[i] = true;
  }
  return shown;
}
