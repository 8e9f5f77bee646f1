/**
 * A binary min-heap of (priority, item) pairs in typed arrays, for Dijkstra's shortest paths: `push` never looks for
 * an item already in the heap (the caller skips stale pops by comparing with its own best label), so it stays O(log n).
 */
export class MinHeap {
  private keys: Float64Array;
  private items: Int32Array;
  private n = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.items = new Int32Array(Math.max(1, capacity));
  }

  /** Number of pairs held. */
  get size(): number {
    return this.n;
  }

  /** Empties the heap, keeping its storage. */
  clear(): void {
    this.n = 0;
  }

  /** Adds `item` with `key`. */
  push(item: number, key: number): void {
    if (this.n === this.keys.length) this.grow();
    const keys = this.keys;
    const items = this.items;
    let i = this.n++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      items[i] = items[parent] as number;
      i = parent;
    }
    keys[i] = key;
    items[i] = item;
  }

  /** Key of the smallest pair (Infinity when empty). */
  peekKey(): number {
    return this.n === 0 ? Infinity : (this.keys[0] as number);
  }

  /** Removes the smallest pair and returns its item (-1 when empty); its key was `peekKey()`. */
  pop(): number {
    if (this.n === 0) return -1;
    const keys = this.keys;
    const items = this.items;
    const top = items[0] as number;
    const last = --this.n;
    if (last > 0) {
      const key = keys[last] as number;
      const item = items[last] as number;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= last) break;
        if (c + 1 < last && (keys[c + 1] as number) < (keys[c] as number)) c++;
        if ((keys[c] as number) >= key) break;
        keys[i] = keys[c] as number;
        items[i] = items[c] as number;
        i = c;
      }
      keys[i] = key;
      items[i] = item;
    }
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const items = new Int32Array(this.items.length * 2);
    items.set(this.items);
    this.keys = keys;
    this.items = items;
  }
}
