/** The access metrics of a site that nothing measured: NaN, which the scorer and the UI read as unknown. */
import { accessMetricKeys, type AccessMetricKey } from './types.ts';

/** Every access metric as NaN (a user's site, measured in the browser without the network search). */
export function accessNotMeasured(): Record<AccessMetricKey, number> {
  return Object.fromEntries(accessMetricKeys.map((k) => [k, NaN])) as Record<AccessMetricKey, number>;
}
