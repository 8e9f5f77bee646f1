/**
 * The count rule: a build whose layer keeps far fewer features than the previous build's is refused,
 * so that a broken export (a file read in the wrong CRS, coordinates lost) cannot silently replace
 * good data. The previous build stays in place; the user can accept the drop explicitly.
 */
import type { LayerId, Manifest } from '../../src/core/types.ts';
import { PipelineError } from './errors.ts';
import { layerReads } from './layerReads.ts';

/** A layer whose count fell below the allowed share of its previous count. */
export interface CountDrop {
  id: LayerId;
  previous: number;
  current: number;
}

/** Layers of `current` with fewer than `minShare` × their count in `previous` (none without a previous manifest). */
export function countDrops(previous: Manifest | undefined, current: readonly { id: LayerId; features: number }[], minShare: number): CountDrop[] {
  if (!previous) return [];
  const before = new Map(previous.layers.map((l) => [l.id, l.features]));
  return current.flatMap(({ id, features }) => {
    const p = before.get(id);
    return p !== undefined && p > 0 && features < p * minShare ? [{ id, previous: p, current: features }] : [];
  });
}

/** Throws a PipelineError naming every layer that fell below `minShare` of its previous count, both counts and the rule, unless `acceptDrops`. */
export function checkLayerCounts(
  previous: Manifest | undefined,
  current: readonly { id: LayerId; features: number }[],
  o: { minShare: number; acceptDrops: boolean; manifestPath: string },
): void {
  const drops = countDrops(previous, current, o.minShare);
  if (o.acceptDrops || drops.length === 0) return;
  const pct = `${Math.round(o.minShare * 100)} %`;
  const counts = drops.map((d) => `${drops.length > 1 ? `${d.id} ` : ''}${d.current} features against ${d.previous} in the previous build`).join('; ');
  const files = [...new Set(drops.flatMap((d) => layerReads[d.id].files))].join(', ');
  throw new PipelineError(
    `${drops.length > 1 ? 'layers' : 'layer'} ${drops.map((d) => d.id).join(', ')}`,
    `${counts} (${o.manifestPath}): below ${pct} of the previous count, so the build stops and the previous output stays. ` +
      `Rule: every layer keeps at least ${pct} of the features of the previous build. Check ${files}; ` +
      'if the drop is expected, run again with --accept-drops (pipeline option acceptDrops).',
  );
}
