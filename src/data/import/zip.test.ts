import { describe, expect, it } from 'vitest';
import { listZip, readZipEntry, ZipError } from './zip.ts';
import { makeZip } from './test-fixtures.ts';

describe('zip', () => {
  it('lists and reads stored and deflated entries', async () => {
    for (const store of [true, false]) {
      const zip = makeZip({ 'a/b.txt': 'hello hello hello', 'c.bin': new Uint8Array([1, 2, 3]) }, store);
      const entries = listZip(zip);
      expect(entries.map((e) => [e.name, e.size])).toEqual([['a/b.txt', 17], ['c.bin', 3]]);
      expect(new TextDecoder().decode(await readZipEntry(zip, entries[0]!, 1000))).toBe('hello hello hello');
      expect(await readZipEntry(zip, entries[1]!, 1000)).toEqual(new Uint8Array([1, 2, 3]));
    }
  });
  it('stops an entry that inflates beyond the cap, even when its header lies about its size', async () => {
    const zip = makeZip({ 'big.txt': 'x'.repeat(100_000) });
    const [entry] = listZip(zip);
    await expect(readZipEntry(zip, entry!, 1000)).rejects.toThrow(/more than 1000/);
    await expect(readZipEntry(zip, { ...entry!, size: 10 }, 1000)).rejects.toThrow(/inflates to more than 1000 bytes/);
  });
  it('names a truncated or foreign archive', () => {
    const zip = makeZip({ 'a.txt': 'abc' });
    expect(() => listZip(zip.subarray(0, zip.length - 10))).toThrow(ZipError);
    expect(() => listZip(new Uint8Array(100))).toThrow(/not a ZIP/);
  });
});
