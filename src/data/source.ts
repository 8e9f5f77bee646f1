/** Loading the pipeline's output (manifest + FlatGeobuf layers) behind one small interface. */
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { calcTreeSize } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { ByteBuffer } from 'flatbuffers';
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerId } from '../core/types.ts';
import type { PlannerData } from '../core/planner/types.ts';
import type { AccessReach } from '../core/access/types.ts';
import { parseManifest, type CheckedManifest } from './manifest.ts';
import { LayerLoadError } from './loadError.ts';
import { fetchJson } from './fetchJson.ts';
import { fetchPlannerData } from './planner.ts';
import { fetchAccessReach } from './accessReach.ts';

/** Where the app gets its data; tests pass a fake. */
export interface GeodataSource {
  /** The checked manifest; entries it had to leave out are listed in `skipped`. */
  manifest(signal: AbortSignal): Promise<CheckedManifest>;
  layer(id: LayerId, signal: AbortSignal): Promise<FeatureCollection>;
  /** The NO2 surface from its input layers, where the source can compute it off the main thread (else the caller does). */
  no2Surface?(points: FeatureCollection, region: FeatureCollection | null, signal: AbortSignal): Promise<FeatureCollection>;
  /** The planner view's indicators (`planner.json`), where the source has them (the view says so otherwise). */
  planner?(signal: AbortSignal): Promise<PlannerData>;
  /** Each shipped site's transit reach and motorway route (`access-reach.json`), fetched when first asked (a site selected). */
  accessReach?(signal: AbortSignal): Promise<AccessReach>;
}

export { LayerLoadError } from './loadError.ts';

const fgbMagic = [0x66, 0x67, 0x62, 0x03]; // "fgb" + major version 3

/** Decode a whole FlatGeobuf file; throws LayerLoadError('empty' | 'corrupt'). */
export async function decodeFlatGeobuf(bytes: Uint8Array, name: string): Promise<FeatureCollection> {
  if (bytes.byteLength === 0) throw new LayerLoadError('empty', `${name}: empty file, no features`);
  if (bytes.byteLength < 12 || fgbMagic.some((b, i) => bytes[i] !== b)) throw new LayerLoadError('corrupt', `${name}: not a FlatGeobuf file`);
  const structure = checkStructure(bytes);
  if (structure === 'empty') throw new LayerLoadError('empty', `${name}: no features`);
  if (structure !== 'ok') throw new LayerLoadError('corrupt', `${name}: not a FlatGeobuf file (${structure})`);
  const features: Feature[] = [];
  try {
    for await (const f of deserialize(bytes)) features.push(f as Feature);
  } catch (e) {
    throw new LayerLoadError('corrupt', `${name}: not a FlatGeobuf file (${e instanceof Error ? e.message : String(e)})`);
  }
  if (features.length === 0) throw new LayerLoadError('empty', `${name}: no features`);
  return { type: 'FeatureCollection', features };
}

/**
 * Walks the size-prefixed header, optional index and features without decoding them: flatgeobuf's reader
 * trusts these sizes and can loop forever on a truncated file, so a bad chain is rejected first.
 */
export function checkStructure(bytes: Uint8Array): 'ok' | 'empty' | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = view.getUint32(8, true);
  let offset = 12 + headerLen;
  if (headerLen === 0 || offset > bytes.byteLength) return 'truncated header';
  let featuresCount = 0;
  let nodeSize = 0;
  try {
    const header = Header.getRootAsHeader(new ByteBuffer(bytes.slice(12, offset)));
    featuresCount = Number(header.featuresCount());
    nodeSize = header.indexNodeSize();
  } catch {
    return 'unreadable header';
  }
  if (nodeSize > 0 && featuresCount > 0) offset += calcTreeSize(featuresCount, nodeSize);
  if (offset > bytes.byteLength) return 'truncated index';
  if (offset === bytes.byteLength) return 'empty';
  let n = 0;
  while (offset < bytes.byteLength) {
    if (offset + 4 > bytes.byteLength) return 'truncated feature';
    const len = view.getUint32(offset, true);
    if (len === 0 || offset + 4 + len > bytes.byteLength) return 'truncated feature';
    offset += 4 + len;
    n++;
  }
  if (featuresCount > 0 && n !== featuresCount) return `expected ${featuresCount} features, found ${n}`;
  return 'ok';
}

/** Reads `<base>/manifest.json` and `<base>/<file>` over HTTP; the manifest is fetched once. */
export class HttpGeodataSource implements GeodataSource {
  private manifestPromise: Promise<CheckedManifest> | undefined;

  /** @param baseUrl absolute URL of the geodata directory, ending with '/'. */
  constructor(
    private readonly baseUrl: string,
    private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {}

  manifest(signal: AbortSignal): Promise<CheckedManifest> {
    this.manifestPromise ??= this.fetchManifest(signal).catch((e: unknown) => {
      this.manifestPromise = undefined; // allow a retry
      throw e;
    });
    return this.manifestPromise;
  }

  private async fetchManifest(signal: AbortSignal): Promise<CheckedManifest> {
    return parseManifest(await fetchJson(this.baseUrl, 'manifest.json', signal, this.fetchFn, 'manifest.json: HTTP 404'), this.baseUrl);
  }

  async layer(id: LayerId, signal: AbortSignal): Promise<FeatureCollection> {
    const file = layerFile(await this.manifest(signal), id);
    return fetchFlatGeobuf(new URL(file, this.baseUrl).href, file, signal, this.fetchFn);
  }

  planner(signal: AbortSignal): Promise<PlannerData> {
    // a small JSON file: read here, the parse is far under a frame
    return fetchPlannerData(this.baseUrl, signal, this.fetchFn);
  }

  accessReach(signal: AbortSignal): Promise<AccessReach> {
    return fetchAccessReach(this.baseUrl, signal, this.fetchFn);
  }
}

/** The file of a layer as the manifest names it (`<id>.fgb` when it does not list the layer). */
export function layerFile(manifest: CheckedManifest, id: LayerId): string {
  return manifest.layers.find((l) => l.id === id)?.file ?? `${id}.fgb`;
}

/** Fetch and decode one FlatGeobuf file; errors name `file` (a path under geodata/) and say why (LayerLoadError). */
export async function fetchFlatGeobuf(url: string, file: string, signal: AbortSignal, fetchFn: typeof fetch = (...a) => fetch(...a)): Promise<FeatureCollection> {
  const res = await fetchFn(url, { signal });
  if (res.status === 404) throw new LayerLoadError('missing', `${file}: file missing (404)`);
  if (!res.ok) throw new LayerLoadError('other', `${file}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return decodeFlatGeobuf(bytes, file);
}
