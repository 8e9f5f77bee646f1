import { describe, expect, it } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { boundsBySiteId, escapeHtml, featureHighlights, setDataInPieces } from './layerKit.ts';

describe('escapeHtml', () => {
  it('neutralises markup in attribution strings', () => {
    expect(escapeHtml('© OSM <img src=x onerror=alert(1)> & "co"')).toBe('© OSM &#60;img src=x onerror=alert(1)&#62; &#38; &#34;co&#34;');
  });
});

describe('setDataInPieces', () => {
  const fc = (n: number): FeatureCollection => ({
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({ type: 'Feature', ...(i === 1 ? { id: 'own' } : {}), properties: { i }, geometry: { type: 'Point', coordinates: [4, 50] } })),
  });
  /** A GeoJSON source that records what it was given, and in which task. */
  function fakeSource() {
    const calls: { kind: 'set' | 'add'; ids: unknown[]; task: number }[] = [];
    let task = 0;
    const tick = setInterval(() => task++, 0);
    const source = {
      setData: (d: FeatureCollection) => void calls.push({ kind: 'set', ids: d.features.map((f) => f.id), task }),
      updateData: async (d: { add: FeatureCollection['features'] }) => void calls.push({ kind: 'add', ids: d.add.map((f) => f.id), task }),
    } as unknown as maplibregl.GeoJSONSource;
    return { source, calls, stop: () => clearInterval(tick) };
  }

  it('gives a small layer in one go, untouched', async () => {
    const { source, calls, stop } = fakeSource();
    await setDataInPieces(source, fc(3), () => false, 3);
    stop();
    expect(calls).toEqual([{ kind: 'set', ids: [undefined, 'own', undefined], task: 0 }]);
  });

  it('gives a big layer in pieces, one per task, every feature with an id (its own, else its index)', async () => {
    const { source, calls, stop } = fakeSource();
    await setDataInPieces(source, fc(7), () => false, 3);
    stop();
    expect(calls.map((c) => [c.kind, c.ids])).toEqual([
      ['set', [0, 'own', 2]],
      ['add', [3, 4, 5]],
      ['add', [6]],
    ]);
    expect(new Set(calls.map((c) => c.task)).size).toBe(3);
  });

  it('stops giving pieces once newer data was given', async () => {
    const { source, calls, stop } = fakeSource();
    let stale = false;
    const sent = setDataInPieces(source, fc(9), () => stale, 3);
    stale = true;
    await sent;
    stop();
    expect(calls.map((c) => c.kind)).toEqual(['set']);
  });
});

describe('featureHighlights', () => {
  it('marks one feature per key and clears the one it marked before', () => {
    const calls: string[] = [];
    const map = { setFeatureState: (f: { id: string }, s: Record<string, boolean>) => void calls.push(`${f.id} ${JSON.stringify(s)}`) } as unknown as maplibregl.Map;
    const set = featureHighlights(map, 'src-sites');
    set('hover', 'a');
    set('hover', 'a');
    set('selected', 'a');
    set('hover', 'b');
    set('hover', null);
    expect(calls).toEqual(['a {"hover":true}', 'a {"selected":true}', 'a {"hover":false}', 'b {"hover":true}', 'b {"hover":false}']);
  });
});

describe('boundsBySiteId', () => {
  it('boxes each feature with a siteId and a geometry', () => {
    const b = boundsBySiteId([
      { type: 'Feature', properties: { siteId: 's1' }, geometry: { type: 'LineString', coordinates: [[4.3, 50.8], [4.4, 50.9]] } },
      { type: 'Feature', properties: { siteId: 7 }, geometry: { type: 'Point', coordinates: [4, 50] } },
      { type: 'Feature', properties: { siteId: 's3' }, geometry: null as never },
    ]);
    expect([...b]).toEqual([['s1', [4.3, 50.8, 4.4, 50.9]]]);
  });
});

