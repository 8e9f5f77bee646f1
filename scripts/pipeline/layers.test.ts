import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toLambert72 } from '../../src/core/geo/proj.ts';
import { buildRailStations } from './layers.ts';
import { roadNames } from './contextLayers.ts';
import { Region } from './region.ts';
import { describeEvent, RepairBook } from './repairs.ts';
import { inputFiles } from './sources.ts';

describe('buildRailStations', () => {
  it('drops a station row without usable coordinates, names it, and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stations-'));
    mkdirSync(join(dir, 'irail-stations'));
    writeFileSync(
      join(dir, inputFiles.stations),
      [
        'URI,name,alternative-fr,alternative-nl,country-code,longitude,latitude',
        'http://irail.be/stations/NMBS/008814001,Brussel-Zuid,Bruxelles-Midi,Brussel-Zuid,be,4.336531,50.835707',
        'http://irail.be/stations/NMBS/008813003,Brussel-Centraal,Bruxelles-Central,Brussel-Centraal,be,,50.845658',
        'http://irail.be/stations/NMBS/008812005,Brussel-Noord,Bruxelles-Nord,Brussel-Noord,be,4.360846,abc',
        'http://irail.be/stations/NMBS/008811304,Schaarbeek,Schaerbeek,Schaarbeek,be,4.378636,50.878513',
      ].join('\n'),
    );
    writeFileSync(join(dir, inputFiles.boardings), 'URI,name,average_weekday_embarkments\nhttp://irail.be/stations/NMBS/008814001,Brussel-Zuid,58.344\n');
    const ring = [[4.3, 50.8], [4.42, 50.8], [4.42, 50.9], [4.3, 50.9], [4.3, 50.8]].map((p) => toLambert72(p));
    const book = new RepairBook();
    const stations = buildRailStations(dir, new Region({ type: 'Polygon', coordinates: [ring] }), 2000, book);
    expect(stations.map((s) => s.properties.nameFr)).toEqual(['Bruxelles-Midi', 'Schaerbeek']);
    expect(stations[0]!.properties.boardingsWeekday).toBe(58344);
    const events = book.eventsIn([inputFiles.stations]);
    expect(events.map((e) => [e.index, e.kinds[0]])).toEqual([[1, 'unusable-coordinates'], [2, 'unusable-coordinates']]);
    expect(describeEvent(events[0]!)).toMatch(/stations\.csv feature 1 \(URI .*008813003, 'Brussel-Centraal'\): dropped, longitude\/latitude '', '50\.845658' are not numbers \(CSV line 3\)/);
  });
});

describe('roadNames', () => {
  it('splits the bilingual name of 2013 ways that have no name:fr / name:nl, keeping the first of two streets', () => {
    expect(roadNames({ name: 'Rue Haute - Hoogstraat' })).toEqual(['Rue Haute', 'Hoogstraat']);
    expect(roadNames({ name: 'Rue A - Astraat;Rue B - Bstraat' })).toEqual(['Rue A', 'Astraat']);
    expect(roadNames({ name: 'Boulevard X', name_fr: 'Boulevard X', name_nl: 'X-laan' })).toEqual(['Boulevard X', 'X-laan']);
    expect(roadNames({})).toEqual(['', '']);
  });
});
