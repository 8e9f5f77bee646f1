/**
 * The planner view's data and code, fetched the first time the view opens (not at start): the indicators
 * (`planner.json`), the statistical sectors and the 2013 losses, and the view's own chunk (table, charts, sheet).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LandLossProperties, PlannerData } from '../core/planner/types.ts';
import type { FeatureCollection } from '../core/types.ts';
import type { GeodataSource } from '../data/source.ts';
import type { PlannerViewProps } from '../ui/planner/PlannerView.tsx';

/** What the planner view has so far; each part null until it arrived, errors name the file. */
export interface PlannerLoad {
  data: PlannerData | null;
  error: string | null;
  sectors: FeatureCollection | null;
  losses: FeatureCollection | null;
  /** Properties of the loss features, for the sheet's list. */
  lossList: readonly LandLossProperties[] | null;
  /** Problems with the two map layers (the table works without them). */
  layerErrors: string[];
  View: ComponentType<PlannerViewProps> | null;
}

const empty: PlannerLoad = { data: null, error: null, sectors: null, losses: null, lossList: null, layerErrors: [], View: null };
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Load the planner view once `open` first turns true; later closings keep what was loaded. */
export function usePlanner(source: GeodataSource, open: boolean): PlannerLoad {
  const [load, setLoad] = useState<PlannerLoad>(empty);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (open && !started) setStarted(true);
  }, [open, started]);
  useEffect(() => {
    if (!started) return;
    const ac = new AbortController();
    const put = (part: Partial<PlannerLoad>) => !ac.signal.aborted && setLoad((l) => ({ ...l, ...part, layerErrors: [...l.layerErrors, ...(part.layerErrors ?? [])] }));
    import('../ui/planner/PlannerView.tsx').then(
      (m) => put({ View: m.PlannerView }),
      (e: unknown) => put({ error: `planner view: ${message(e)}` }),
    );
    if (!source.planner) put({ error: 'planner.json: this data source has no planner indicators' });
    else source.planner(ac.signal).then((data) => put({ data }), (e: unknown) => put({ error: message(e) }));
    source.layer('sectors', ac.signal).then((sectors) => put({ sectors }), (e: unknown) => put({ layerErrors: [message(e)] }));
    source.layer('land-losses', ac.signal).then(
      (losses) => put({ losses, lossList: losses.features.map((f) => f.properties as LandLossProperties) }),
      (e: unknown) => put({ layerErrors: [message(e)], lossList: [] }),
    );
    return () => ac.abort();
  }, [started, source]);
  return load;
}
