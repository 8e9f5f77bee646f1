/**
 * Offline basemap: the mirror's PMTiles archives (water, green, land use, railway, boundaries) through
 * the `pmtiles` protocol. No glyphs or sprites: nothing here needs the network.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Manifest } from '../core/types.ts';

const osm = '© OpenStreetMap contributors (ODbL)';

/** Style layers per archive name; each archive has one source-layer named like the file. */
function layersFor(name: string, source: string, sourceLayer: string): maplibregl.LayerSpecification[] {
  const poly = ['==', ['geometry-type'], 'Polygon'] as maplibregl.FilterSpecification;
  const line = ['==', ['geometry-type'], 'LineString'] as maplibregl.FilterSpecification;
  const s = { source, 'source-layer': sourceLayer };
  switch (name) {
    case 'landuse':
      return [
        {
          id: 'bm-landuse',
          type: 'fill',
          ...s,
          filter: poly,
          paint: {
            'fill-color': ['match', ['get', 'landuse'], 'residential', '#ece7df', 'industrial', '#e6e0ea', 'commercial', '#efe3e3', 'retail', '#efe3e3', 'railway', '#e5e1dc', '#ebe8e1'],
            'fill-opacity': 0.8,
          },
        },
      ];
    case 'green':
      return [{ id: 'bm-green', type: 'fill', ...s, filter: poly, paint: { 'fill-color': '#cfe5bf', 'fill-opacity': 0.8 } }];
    case 'water':
      return [
        { id: 'bm-water', type: 'fill', ...s, filter: poly, paint: { 'fill-color': '#b5d3ea' } },
        { id: 'bm-waterway', type: 'line', ...s, filter: line, paint: { 'line-color': '#b5d3ea', 'line-width': 1.2 } },
      ];
    case 'railway':
      return [
        {
          id: 'bm-railway',
          type: 'line',
          ...s,
          filter: ['all', line, ['match', ['get', 'railway'], ['rail', 'light_rail', 'narrow_gauge'], true, false]] as maplibregl.FilterSpecification,
          paint: { 'line-color': '#a8a39a', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 16, 2] },
        },
      ];
    case 'boundaries':
      return [
        {
          id: 'bm-boundaries',
          type: 'line',
          ...s,
          filter: ['all', line, ['match', ['get', 'admin_level'], ['4', '6', '7'], true, false]] as maplibregl.FilterSpecification,
          paint: { 'line-color': '#9b9b9b', 'line-width': 0.8, 'line-opacity': 0.6 },
        },
      ];
    default:
      return [];
  }
}

/** Style source id of a basemap archive. */
const sourceIdOf = (name: string) => `bm-${name}`;

type BasemapEntry = NonNullable<Manifest['basemap']>[number];

/** The manifest's basemap archive behind a style source id, if that source is one. */
export function basemapEntryOf(manifest: Manifest, sourceId: string | undefined): BasemapEntry | undefined {
  return sourceId === undefined ? undefined : manifest.basemap?.find((b) => sourceIdOf(b.name) === sourceId);
}

/** Drawing order of the archives, bottom to top. */
const order = ['landuse', 'green', 'water', 'railway', 'boundaries'];

/** Offline style: background plus every basemap archive the manifest lists. */
export function offlineStyle(manifest: Manifest, geodataBase: string): maplibregl.StyleSpecification {
  const sources: maplibregl.StyleSpecification['sources'] = {};
  const layers: maplibregl.LayerSpecification[] = [{ id: 'bm-background', type: 'background', paint: { 'background-color': '#f4f2ee' } }];
  const entries = [...(manifest.basemap ?? [])].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  for (const b of entries) {
    const id = sourceIdOf(b.name);
    sources[id] = { type: 'vector', url: `pmtiles://${new URL(b.file, geodataBase).href}`, attribution: osm };
    layers.push(...layersFor(b.name, id, b.sourceLayer));
  }
  return { version: 8, sources, layers };
}
