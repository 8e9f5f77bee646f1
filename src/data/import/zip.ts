/**
 * A small ZIP reader for imports: lists the central directory and inflates one entry with the platform's
 * `DecompressionStream('deflate-raw')` (browsers and Node ≥ 18), refusing entries larger than a cap before and
 * while inflating them (a zip bomb stops at the cap). Stored (0) and deflated (8) entries; no ZIP64, no encryption.
 */

/** One file of the archive, from the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of its local header. */
  localOffset: number;
  encrypted: boolean;
}

/** Bytes that are not a readable ZIP, with the reason. */
export class ZipError extends Error {
  override name = 'ZipError';
}

const u16 = (v: DataView, o: number): number => v.getUint16(o, true);
const u32 = (v: DataView, o: number): number => v.getUint32(o, true);

/** Lists the entries of a ZIP archive (directories left out). */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(view, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory: truncated or not a ZIP archive');
  const count = u16(view, eocd + 10);
  const cdSize = u32(view, eocd + 12);
  const cdOffset = u32(view, eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) throw new ZipError('ZIP64 archives are not read');
  if (cdOffset + cdSize > bytes.length) throw new ZipError('central directory beyond the end of the file: truncated archive');
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let o = cdOffset;
  for (let k = 0; k < count; k++) {
    if (o + 46 > bytes.length || u32(view, o) !== 0x02014b50) throw new ZipError(`central directory entry ${k + 1} is damaged`);
    const flags = u16(view, o + 8);
    const method = u16(view, o + 10);
    const compressedSize = u32(view, o + 20);
    const size = u32(view, o + 24);
    const nameLen = u16(view, o + 28);
    const extraLen = u16(view, o + 30);
    const commentLen = u16(view, o + 32);
    const localOffset = u32(view, o + 42);
    const name = names.decode(bytes.subarray(o + 46, o + 46 + nameLen));
    o += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    entries.push({ name, method, compressedSize, size, localOffset, encrypted: (flags & 1) === 1 });
  }
  return entries;
}

async function inflateRaw(data: Uint8Array, cap: number, name: string): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel();
        throw new ZipError(`${name} inflates to more than ${cap} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError(`${name} cannot be inflated: ${(e as Error).message}`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The bytes of one entry, at most `cap` bytes once inflated. */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Promise<Uint8Array> {
  if (entry.encrypted) throw new ZipError(`${entry.name} is encrypted`);
  if (entry.size > cap) throw new ZipError(`${entry.name} is ${entry.size} bytes once inflated, more than ${cap}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const o = entry.localOffset;
  if (o + 30 > bytes.length || u32(view, o) !== 0x04034b50) throw new ZipError(`${entry.name}: damaged local header`);
  const start = o + 30 + u16(view, o + 26) + u16(view, o + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`${entry.name} runs past the end of the archive: truncated`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRaw(data, cap, entry.name);
  throw new ZipError(`${entry.name} uses compression method ${entry.method} (only stored and deflate are read)`);
}
