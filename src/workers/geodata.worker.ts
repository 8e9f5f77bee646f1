/** Worker entry: serves the geodata API (src/workers/geodataApi.ts) to the main thread through comlink. */
import * as Comlink from 'comlink';
import type { Feature } from 'geojson';
import type { GeodataWorkerApi } from '../data/workerSource.ts';
import { createGeodataWorkerApi } from './geodataApi.ts';

const api = createGeodataWorkerApi();

const exposed: GeodataWorkerApi = {
  ...api,
  async layer(job, url, file, onChunk) {
    try {
      return await api.layer(job, url, file, onChunk);
    } finally {
      // the callback is a comlink proxy holding a message port: free it once the layer is done
      (onChunk as unknown as Comlink.Remote<(f: Feature[]) => void>)[Comlink.releaseProxy]();
    }
  },
};

Comlink.expose(exposed);
