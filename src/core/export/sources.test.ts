import { describe, expect, it } from 'vitest';
import type { LayerSource } from '../types';
import { groupSources } from './sources';

const osm: LayerSource = { name: 'OpenStreetMap', publisher: 'OpenStreetMap contributors', licence: 'ODbL 1.0', date: '2026-05', files: [] };
const statbel: LayerSource = { name: 'Region', publisher: 'Statbel', licence: 'Statbel open data', date: '2022-01-01', files: [] };

describe('groupSources', () => {
  it('lists each publisher, licence and date once with the layers taken from it, in first-seen order', () => {
    const groups = groupSources([
      { id: 'region', source: statbel },
      { id: 'productive-zones', source: osm },
      { id: 'communes', source: { ...statbel, name: 'Municipalities' } },
      { id: 'canal', source: { ...osm, note: 'canal' } },
      { id: 'roads', source: { ...osm, date: '2013-01-01' } },
      { id: 'housing', source: osm },
      { id: 'housing', source: osm },
    ]);
    expect(groups).toEqual([
      { publisher: 'Statbel', licence: 'Statbel open data', date: '2022-01-01', ids: ['region', 'communes'] },
      { publisher: 'OpenStreetMap contributors', licence: 'ODbL 1.0', date: '2026-05', ids: ['productive-zones', 'canal', 'housing'] },
      { publisher: 'OpenStreetMap contributors', licence: 'ODbL 1.0', date: '2013-01-01', ids: ['roads'] },
    ]);
  });

  it('gives nothing for no layers', () => {
    expect(groupSources([])).toEqual([]);
  });
});
