/**
 * Ranking: passing sites by score desc, ties by siteId, in O(n) with a two-pass stable radix sort on float32 bits.
 */
import type { SiteColumns } from './columns.ts';
import type { ScoreResult } from './score.ts';

/** Passing site indices, best first (score desc, then siteId asc). */
export function rankPassing(cols: SiteColumns, result: ScoreResult): Uint32Array {
  const { failCode, passCount } = result;
  const a = new Uint32Array(passCount);
  let m = 0;
  const order = cols.idOrder;
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!;
    if (failCode[i] === 0) a[m++] = i;
  }
  return radixByScoreDesc(a, result.scores);
}

/** Sorts `indices` (already in tie-break order) by `scores[index]` desc, stably; scores must be in [0, 1]. */
export function radixByScoreDesc(indices: Uint32Array, scores: Float32Array): Uint32Array {
  const m = indices.length;
  if (m < 4096) return smallSortByScoreDesc(indices, scores);
  // Non-negative floats order like their bit patterns; 1.0 is 0x3F800000, so 0x3F800000 − bits fits in 30 bits
  // and sorts the best first. Two passes of 15 bits; keys travel with the indices so reads stay sequential.
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, scores.length);
  const keys = new Uint32Array(m);
  const keys2 = new Uint32Array(m);
  const idx = Uint32Array.from(indices);
  const idx2 = new Uint32Array(m);
  const lo = new Uint32Array(32768);
  const hi = new Uint32Array(32768);
  for (let j = 0; j < m; j++) {
    const b = bits[idx[j]!]!;
    // Rounding can leave a perfect score a hair above 1: rank it as 1.
    const k = b >= 0x3f800000 ? 0 : 0x3f800000 - b;
    keys[j] = k;
    lo[k & 32767]!++;
    hi[k >>> 15]!++;
  }
  let sumLo = 0;
  let sumHi = 0;
  for (let b = 0; b < 32768; b++) {
    const cl = lo[b]!;
    lo[b] = sumLo;
    sumLo += cl;
    const ch = hi[b]!;
    hi[b] = sumHi;
    sumHi += ch;
  }
  for (let j = 0; j < m; j++) {
    const k = keys[j]!;
    const p = lo[k & 32767]!++;
    keys2[p] = k;
    idx2[p] = idx[j]!;
  }
  for (let j = 0; j < m; j++) idx[hi[keys2[j]! >>> 15]!++] = idx2[j]!;
  return idx;
}

/** `radixByScoreDesc` for short lists, where the radix histograms would cost more than a comparison sort. */
function smallSortByScoreDesc(indices: Uint32Array, scores: Float32Array): Uint32Array {
  const m = indices.length;
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, scores.length);
  // Unique exact keys (score key, then input position) make the sort deterministic without relying on stability.
  const keys = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const b = bits[indices[j]!]!;
    keys[j] = (b >= 0x3f800000 ? 0 : 0x3f800000 - b) * 4096 + j;
  }
  keys.sort();
  const out = new Uint32Array(m);
  for (let j = 0; j < m; j++) out[j] = indices[keys[j]! % 4096]!;
  return out;
}

/**
 * The best `limit` passing sites, same order as `rankPassing(...).subarray(0, limit)`, in O(n + limit log limit):
 * a histogram of the high score bits finds the cut-off, then only the candidates above it are sorted.
 */
export function topPassing(cols: SiteColumns, result: ScoreResult, limit: number): Uint32Array {
  const { failCode, passCount, scores } = result;
  const n = cols.n;
  if (limit >= passCount || n > 4194304) return rankPassing(cols, result).subarray(0, limit);
  if (limit <= 0) return new Uint32Array(0);
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, scores.length);
  const hist = new Uint32Array(32768);
  for (let i = 0; i < n; i++) {
    const b = bits[i]!;
    const k = b >= 0x3f800000 ? 0 : 0x3f800000 - b;
    hist[k >>> 15]! += +(failCode[i] === 0);
  }
  let cut = 0;
  let cum = 0;
  while (cut < 32767 && cum + hist[cut]! < limit) cum += hist[cut++]!;
  cum += hist[cut]!;
  // Heavy ties at the cut-off: the full radix ranking is then cheaper than a comparison sort.
  if (cum > 4 * limit + 4096) return rankPassing(cols, result).subarray(0, limit);
  const cand = new Uint32Array(cum);
  const keys = new Float64Array(cum);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const b = bits[i]!;
    const k = b >= 0x3f800000 ? 0 : 0x3f800000 - b;
    if (failCode[i] === 0 && k >>> 15 <= cut) {
      cand[m] = i;
      // Key then siteId rank in one exact float64 (30 + 22 bits ≤ 2^53 for up to 4 million sites).
      keys[m++] = k * 4194304 + cols.idRank[i]!;
    }
  }
  const order = Uint32Array.from({ length: m }, (_, j) => j).sort((x, y) => keys[x]! - keys[y]!);
  const out = new Uint32Array(limit);
  for (let j = 0; j < limit; j++) out[j] = cand[order[j]!]!;
  return out;
}

/** Rank (1 = best) per site index from a ranking; 0 for sites not ranked. */
export function ranksOf(ranked: Uint32Array, n: number): Uint32Array {
  const ranks = new Uint32Array(n);
  for (let r = 0; r < ranked.length; r++) ranks[ranked[r]!] = r + 1;
  return ranks;
}
