/**
 * Drawing or editing one polygon on the map with terra-draw. This module (and terra-draw with it) is loaded only
 * when a drawing starts: mapView imports it dynamically, so the explorer's start does not pay for it.
 *
 * Drawing: click to place corners, click the first corner (or press Enter) to close the shape; self-intersecting
 * shapes are refused as they are drawn. Editing (select mode): drag a corner to move it, drag a midpoint to add a
 * corner, right-click a corner to delete it; Enter or `finish()` keeps the shape. Escape or `cancel()` stops either
 * without a shape. Either way terra-draw is stopped and its layers removed once the session ends.
 * CSP: terra-draw draws through maplibre style layers and only sets the canvas cursor through the CSSOM
 * (`canvas.style.cursor`), which `style-src 'self'` allows: no inline style attribute or <style> element.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Polygon, Position } from 'geojson';
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode, ValidateNotSelfIntersecting, type GeoJSONStoreFeatures, type HexColor } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

export interface DrawCallbacks {
  /** The shape: closed by the user (drawing), or as it stands when the edit is finished. Called at most once. */
  onFinish(polygon: Polygon): void;
  /** Escape, `cancel()`, or an edit whose shape is gone. Called at most once, never after onFinish. */
  onCancel(): void;
}

export interface DrawOptions {
  /** Edit this polygon (its outer ring; holes are kept as they are) instead of drawing a new one. */
  edit?: Polygon;
  /** Colour of the shape being drawn, `#rrggbb`. */
  colour?: string;
}

/** A drawing or edit under way. */
export interface DrawSession {
  /** Editing: keep the shape as it stands (onFinish). Drawing: nothing (the user closes the shape). */
  finish(): void;
  /** Stop without a shape (onCancel); nothing once the session has ended. */
  cancel(): void;
}

/** Decimals terra-draw keeps (its adapter's default precision); longer coordinates would fail its validation. */
const precision = 9;
const round = (p: Position): Position => [Number(p[0]!.toFixed(precision)), Number(p[1]!.toFixed(precision))];

/** True when a keyboard event comes from a text field, where Enter and Escape belong to the field. */
function fromField(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}

/**
 * Start drawing (or, with `options.edit`, editing) a polygon on `map`. Throws when the polygon to edit is not one
 * terra-draw accepts (fewer than 3 distinct corners, or crossing itself).
 */
export function startDrawing(map: maplibregl.Map, callbacks: DrawCallbacks, options: DrawOptions = {}): DrawSession {
  const colour = (options.colour ?? '#006068') as HexColor;
  const shape = { fillColor: colour, fillOpacity: 0.2, outlineColor: colour, outlineWidth: 3 };
  const handle = { width: 6, colour: '#ffffff' as HexColor, outline: colour, outlineWidth: 2 };
  const polygonMode = new TerraDrawPolygonMode({
    // Escape is handled below: it ends the whole session, not only the shape under way
    keyEvents: { cancel: null, finish: 'Enter' },
    validation: (feature) => ValidateNotSelfIntersecting(feature),
    styles: {
      ...shape,
      closingPointColor: handle.colour,
      closingPointWidth: handle.width,
      closingPointOutlineColor: handle.outline,
      closingPointOutlineWidth: handle.outlineWidth,
    },
  });
  const selectMode = new TerraDrawSelectMode({
    allowManualDeselection: false,
    keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
    flags: {
      polygon: {
        feature: {
          validation: (feature) => ValidateNotSelfIntersecting(feature),
          draggable: false,
          coordinates: { draggable: true, midpoints: true, deletable: true },
        },
      },
    },
    styles: {
      selectedPolygonColor: colour,
      selectedPolygonFillOpacity: 0.25,
      selectedPolygonOutlineColor: colour,
      selectedPolygonOutlineWidth: 3,
      selectionPointColor: handle.colour,
      selectionPointWidth: handle.width,
      selectionPointOutlineColor: handle.outline,
      selectionPointOutlineWidth: handle.outlineWidth,
      midPointColor: colour,
      midPointWidth: 4,
      midPointOutlineColor: handle.colour,
      midPointOutlineWidth: 1,
    },
  });
  const draw = new TerraDraw({ adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'user-draw' }), modes: [polygonMode, selectMode] });
  let ended = false;
  let editedId: string | number | null = null;

  const end = (polygon: Polygon | null) => {
    if (ended) return;
    ended = true;
    document.removeEventListener('keydown', onKey, true);
    draw.stop(); // clears its store and removes its layers from the map
    if (polygon) callbacks.onFinish(polygon);
    else callbacks.onCancel();
  };
  const current = (id: string | number): Polygon | null => {
    const g = draw.getSnapshotFeature(id)?.geometry;
    return g?.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates } : null;
  };
  const finishEdit = () => {
    if (editedId !== null) end(current(editedId));
  };
  function onKey(e: KeyboardEvent) {
    if (fromField(e)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      end(null);
    } else if (e.key === 'Enter' && editedId !== null) {
      e.preventDefault();
      finishEdit();
    }
  }

  draw.on('finish', (id, context) => {
    if (editedId === null && context.mode === 'polygon' && context.action === 'draw') end(current(id));
  });
  draw.start();
  if (options.edit) {
    const [outer, ...holes] = options.edit.coordinates;
    const feature = {
      type: 'Feature',
      id: draw.getFeatureId(),
      properties: { mode: 'polygon' },
      geometry: { type: 'Polygon', coordinates: [(outer ?? []).map(round), ...holes.map((h) => h.map(round))] },
    } as GeoJSONStoreFeatures;
    const [check] = draw.addFeatures([feature]);
    if (!check?.valid) {
      ended = true;
      draw.stop();
      throw new Error(`this shape cannot be edited: ${check?.reason ?? 'not accepted'}`);
    }
    editedId = feature.id!;
    draw.setMode('select');
    draw.selectFeature(editedId);
  } else {
    draw.setMode('polygon');
  }
  // capture: before the map's own keyboard handling
  document.addEventListener('keydown', onKey, true);
  return { finish: finishEdit, cancel: () => end(null) };
}
