/**
 * The selected site's access on the map (issue 13): the statistical sectors it reaches by public transport within
 * 30 minutes, shaded by minutes, and its truck route to the motorway. `access-reach.json` and the sector polygons
 * are fetched the first time a shipped site is selected (never at start), once; a user's site shows nothing (its
 * reach is not computed). Switching sites is then feature-state on the map only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AccessReach } from '../core/access/types.ts';
import { reachRamp } from '../core/colour/palette.ts';
import type { FeatureCollection, SiteProperties } from '../core/types.ts';
import type { GeodataSource } from '../data/source.ts';
import type { MapController, SiteReachDrawing } from '../map/mapView.ts';
import type { ReachLegendContent } from '../ui/ReachLegend.tsx';

/** Minutes of the drawn reach: the ramp's last class bound (30). */
export const reachMaxMinutes: number = reachRamp.breaksMin[reachRamp.breaksMin.length - 1]!;

/**
 * What the map draws for `siteId`: its sectors reached within `maxMinutes` (inclusive) as Statbel codes with their
 * minutes, quickest first, and its route; null when the file has no reach for the site.
 */
export function reachDrawing(reach: Pick<AccessReach, 'sectors' | 'sites'>, siteId: string, maxMinutes = reachMaxMinutes): SiteReachDrawing | null {
  const site = Object.hasOwn(reach.sites, siteId) ? reach.sites[siteId] : undefined;
  if (!site) return null;
  const sectors = site.transit
    .filter(([index, minutes]) => minutes <= maxMinutes && reach.sectors[index] !== undefined)
    .map(([index, minutes]) => ({ code: reach.sectors[index]!, minutes }))
    .sort((a, b) => a.minutes - b.minutes);
  return { sectors, route: site.motorwayRoute, key: siteId };
}

/** The selected site when it is a shipped one (a user's site, or one not loaded yet, has no reach): its id, else null. */
export function shippedSiteId(selectedSiteId: string | null, sites: ReadonlyMap<string, Pick<SiteProperties, 'status'>>): string | null {
  if (selectedSiteId === null) return null;
  const site = sites.get(selectedSiteId);
  return site && site.status !== 'user' ? selectedSiteId : null;
}

/** The reach of the selected site as drawn, the legend's content, and why it could not be loaded. */
export interface SiteReachState {
  drawing: SiteReachDrawing | null;
  /** What the legend shows (null: no legend). */
  legend: ReachLegendContent | null;
  /** The reach file or the sector polygons could not be loaded (messages name the file). */
  errors: readonly string[];
}

interface Loaded {
  reach: AccessReach | null;
  sectors: FeatureCollection | null;
  errors: string[];
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Draw the selected shipped site's reach on `map`. The sector polygons are the planner view's too: the app's source
 * shares a layer between its callers (src/data/sharedLayers.ts), so they are fetched once for both.
 */
export function useSiteReach(
  source: GeodataSource,
  map: MapController | null,
  selectedSiteId: string | null,
  sites: ReadonlyMap<string, SiteProperties>,
): SiteReachState {
  const siteId = shippedSiteId(selectedSiteId, sites);
  const [started, setStarted] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ reach: null, sectors: null, errors: [] });
  useEffect(() => {
    if (siteId !== null && !started) setStarted(true);
  }, [siteId, started]);
  useEffect(() => {
    if (!started) return;
    const ac = new AbortController();
    const put = (part: Partial<Loaded>) => !ac.signal.aborted && setLoaded((l) => ({ ...l, ...part, errors: [...l.errors, ...(part.errors ?? [])] }));
    if (!source.accessReach) return void put({ errors: ['access-reach.json: this data source has no access reach'] });
    source.accessReach(ac.signal).then((reach) => put({ reach }), (e: unknown) => put({ errors: [message(e)] }));
    source.layer('sectors', ac.signal).then((sectors) => put({ sectors }), (e: unknown) => put({ errors: [message(e)] }));
    return () => ac.abort();
  }, [started, source]);

  const sectors = loaded.sectors;
  useEffect(() => {
    if (map && sectors) map.setReachSectors(sectors);
  }, [map, sectors]);

  const drawing = useMemo(() => (loaded.reach && siteId !== null ? reachDrawing(loaded.reach, siteId) : null), [loaded.reach, siteId]);
  useEffect(() => map?.setSiteReach(drawing), [map, drawing]);

  const hasSectors = sectors !== null;
  const legend = useMemo(() => {
    if (!drawing || !map) return null;
    const l = { sectors: hasSectors && drawing.sectors.length > 0, route: drawing.route !== null };
    return l.sectors || l.route ? l : null;
  }, [drawing, map, hasSectors]);
  return { drawing, legend, errors: loaded.errors };
}
