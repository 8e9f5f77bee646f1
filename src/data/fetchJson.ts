/** Fetching one of the data's JSON files, with errors that name the file and say why. */
import { LayerLoadError } from './loadError.ts';

/**
 * `<baseUrl><file>` read as JSON, unchecked (the caller checks its shape). Throws LayerLoadError: 'missing' on a 404
 * (`missingMessage`, by default telling to rebuild the data), 'other' on another HTTP error, 'corrupt' when the body
 * is not JSON.
 */
export async function fetchJson(
  baseUrl: string,
  file: string,
  signal: AbortSignal,
  fetchFn: typeof fetch = (...a) => fetch(...a),
  missingMessage = `${file}: file missing (404): rebuild the data (npm run data)`,
): Promise<unknown> {
  const res = await fetchFn(new URL(file, baseUrl).href, { signal });
  if (res.status === 404) throw new LayerLoadError('missing', missingMessage);
  if (!res.ok) throw new LayerLoadError('other', `${file}: HTTP ${res.status}`);
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new LayerLoadError('corrupt', `${file}: not valid JSON`);
  }
}
