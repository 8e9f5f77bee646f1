/**
 * The drawing or edit under way on one map: terra-draw (src/map/draw.ts) loads on the first call, one session at a
 * time (a new one cancels the one under way), <html data-drawing> while the map waits for the user's clicks.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Polygon } from 'geojson';
import type { DrawSession } from './draw.ts';
import type { MapLayers } from './registry.ts';
import { userSiteColour } from './layers/userSites.ts';

/** Drawing on one map: start a draw or an edit, finish or cancel it, and whether one is under way. */
export interface Drawing {
  /** A new polygon, or the edited shape of a user site; null when cancelled. */
  draw(edit?: { id: string; geometry: Polygon }): Promise<Polygon | null>;
  finish(): void;
  cancel(): void;
  /** True while the map's clicks belong to the drawing (site and area clicks stay quiet). */
  active(): boolean;
}

/** The drawing state of `map`, drawing its draft on the user-sites layer. */
export function createDrawing(map: maplibregl.Map, layers: Pick<MapLayers, 'userSites'>): Drawing {
  const html = document.documentElement.dataset;
  /** The drawing or edit under way: its terra-draw session once loaded, and how to stop it. */
  interface Drawing {
    session: DrawSession | null;
    stop(): void;
  }
  let drawing: Drawing | null = null;
  const draw = (edit?: { id: string; geometry: Polygon }): Promise<Polygon | null> => {
    drawing?.stop(); // a new drawing cancels the one under way
    layers.userSites.setDraft(null);
    return new Promise((resolve, reject) => {
      const me: Drawing = {
        session: null,
        stop: () => (me.session ? me.session.cancel() : settle(null)),
      };
      let settled = false;
      const settle = (polygon: Polygon | null, error?: unknown) => {
        if (drawing !== me || settled) return;
        settled = true;
        // the click that closed the shape is still on its way to the map's listeners: they stay quiet until it passed
        setTimeout(() => void (drawing === me && (drawing = null)), 0);
        delete html.drawing;
        layers.userSites.hide(null);
        if (polygon && !edit) layers.userSites.setDraft(polygon);
        if (error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(polygon);
      };
      drawing = me;
      if (edit) layers.userSites.hide(edit.id);
      import('./draw.ts').then(
        ({ startDrawing }) => {
          if (drawing !== me) return; // cancelled while loading
          try {
            me.session = startDrawing(map, { onFinish: (p) => settle(p), onCancel: () => settle(null) }, { colour: userSiteColour, ...(edit ? { edit: edit.geometry } : {}) });
            html.drawing = edit ? 'edit' : 'draw';
          } catch (e) {
            settle(null, e);
          }
        },
        (e: unknown) => settle(null, e),
      );
    });
  };
  return {
    draw,
    finish: () => drawing?.session?.finish(),
    cancel() {
      drawing?.stop();
      layers.userSites.setDraft(null);
    },
    active: () => drawing !== null,
  };
}
