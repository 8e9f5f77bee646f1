/** FlatGeobuf files, through flatgeobuf's reader once the size chain is checked (`checkStructure`). */
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Feature, Geometry } from 'geojson';
import { crsFromEpsgCode, crsFromWkt, type DeclaredCrs } from '../../core/usersites/crs.ts';
import { ImportError, importLimits } from '../../core/usersites/types.ts';
import { checkStructure } from '../source.ts';
import { reasonOf, type RawRead } from './common.ts';

const magic = [0x66, 0x67, 0x62]; // "fgb"

/** The CRS a FlatGeobuf header declares: its code (EPSG unless another organisation is named), else its WKT. */
export function crsFromFlatGeobufHeader(header: HeaderMeta | undefined): DeclaredCrs {
  const crs = header?.crs;
  if (!crs) return { kind: 'none' };
  const org = (crs.org ?? 'EPSG').toUpperCase();
  if (org === 'EPSG' && crs.code > 0) return crsFromEpsgCode(crs.code);
  if (crs.wkt) {
    const w = crsFromWkt(crs.wkt);
    if (w.kind !== 'none') return w;
  }
  if (crs.code_string) return crsFromEpsgCode(crs.code_string);
  if (crs.code > 0) return { kind: 'unsupported', name: `${org}:${crs.code}` };
  return { kind: 'none' };
}

/** Reads a FlatGeobuf file (at most `maxFeatures` features, counting the rest); throws `ImportError` naming the file. */
export async function readFlatGeobuf(bytes: Uint8Array, file: string, maxFeatures = importLimits.maxFeatures): Promise<RawRead> {
  if (bytes.length < 12 || magic.some((b, i) => bytes[i] !== b)) throw new ImportError('unreadable', file, `${file}: not a FlatGeobuf file`);
  if (bytes[3] !== 3) throw new ImportError('unreadable', file, `${file}: FlatGeobuf version ${bytes[3]} is not read (version 3 is)`);
  const structure = checkStructure(bytes);
  if (structure === 'empty') throw new ImportError('empty', file, `${file}: the FlatGeobuf file has no features`);
  if (structure !== 'ok') throw new ImportError('unreadable', file, `${file}: damaged FlatGeobuf file (${structure})`);
  let header: HeaderMeta | undefined;
  const features: Feature<Geometry | null, Record<string, unknown> | null>[] = [];
  let total = 0;
  try {
    for await (const f of deserialize(bytes, { headerMetaFn: (h: HeaderMeta) => (header = h) })) {
      total++;
      if (features.length < maxFeatures) {
        const g = f as unknown as Feature<Geometry | null, Record<string, unknown> | null>;
        features.push({ type: 'Feature', geometry: g.geometry ?? null, properties: g.properties ?? null });
      }
    }
  } catch (e) {
    throw new ImportError('unreadable', file, `${file}: damaged FlatGeobuf file (${reasonOf(e)})`);
  }
  if (total === 0) throw new ImportError('empty', file, `${file}: the FlatGeobuf file has no features`);
  const columns = header?.columns?.map((c) => c.name);
  return { format: 'flatgeobuf', features, declared: crsFromFlatGeobufHeader(header), totalFeatures: total, ...(columns ? { columns } : {}) };
}
