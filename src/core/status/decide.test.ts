/** The rules on real tag sets copied from the mirror's OSM land use (osm-pasloin/osm_landuse.geojson, 2026-05). */
import { describe, expect, it } from 'vitest';
import { decideStatus, statusRuleById, type SiteFacts } from './decide.ts';
import { statusRules } from './rules.ts';
import { siteLanduses } from '../types.ts';

const none: SiteFacts = { tradesOnSite: 0, sidingOnSite: false, distProductiveZoneM: 0 };
const asOf = '2026-11-30';
const decide = (landuse: Parameters<typeof decideStatus>[0], tags: Record<string, unknown>, facts: Partial<SiteFacts> = {}) =>
  decideStatus(landuse, { landuse, ...tags }, { ...none, ...facts }, { asOf });
const tagsOf = (d: ReturnType<typeof decideStatus>) => d.evidence.filter((e) => e.t === 'tag' && !e.role).map((e) => (e.t === 'tag' ? `${e.key}=${e.value}` : ''));
const caveatsOf = (d: ReturnType<typeof decideStatus>) => d.evidence.flatMap((e) => (e.t === 'caveat' ? [e.caveat] : []));

describe('housing is never on offer', () => {
  it.each([
    ['construction', { construction: 'residential' }],
    ['construction', { construction: 'apartments', name: 'BXLKot' }],
    ['construction', { construction: 'residential', name: 'BridgeCity', operator: 'Citydev', description: 'Project aimed at restoring a former industrial building to create residential housing, retail and workshops' }],
    ['construction', { construction: 'residential', name: 'Depot', 'was:construction': 'residential', 'was:landuse': 'construction' }],
    ['brownfield', { 'proposed:construction': 'apartments', name: 'Panorama' }],
    ['brownfield', { note: 'Expecting landuse=construction ; construction=residential 11/ 2026', 'proposed:name': 'CityGate III' }],
    ['brownfield', { name: 'Cohousing The Reef', 'proposed:building': 'yes' }],
  ] as const)('%s %o is leaving', (landuse, tags) => {
    const d = decide(landuse, tags);
    expect(d.status).toBe('leaving');
    expect(tagsOf(d).length).toBeGreaterThan(0);
  });
});

describe('productive land under construction', () => {
  it('the SME park on former industrial land is new-productive, with its name and history as evidence', () => {
    const d = decide('construction', {
      construction: 'commercial', 'construction:landuse': 'commercial', name: 'Parc PME Stevin - Kmo-park Stevin',
      'name:fr': 'Parc PME Stevin', 'name:nl': 'Kmo-park Stevin', opening_date: '2027-03', 'was:landuse': 'industrial',
    });
    expect(d.status).toBe('new-productive');
    expect(tagsOf(d)).toContain('name=Parc PME Stevin - Kmo-park Stevin');
    expect(d.evidence).toContainEqual({ t: 'tag', key: 'was:landuse', value: 'industrial', role: 'context' });
  });
  it('a depot extension being built is new-productive', () => {
    expect(decide('construction', { construction: 'industrial', note: 'Extension of Dépôt Marly - Stelplaats Marly' }).status).toBe('new-productive');
  });
  it('offices, schools and parks being built are leaving', () => {
    for (const construction of ['office', 'commercial', 'school', 'park', 'railway']) expect(decide('construction', { construction }).status).toBe('leaving');
  });
  it('works on a bridge or a sewer are not a plot', () => {
    const d = decide('construction', { construction: 'commercial', description: 'Sewer replacement, March to June 2024; this landuse area can be deleted when works are finished', operator: 'Vivaqua' });
    expect(d.ruleId).toBe('construction-works');
  });
  it('a construction site of unknown use is leaving, and says it does not know', () => {
    const d = decide('construction', {});
    expect(d).toMatchObject({ status: 'leaving', uncertain: true });
    expect(caveatsOf(d)).toEqual(['constructionUseUnknown']);
  });
});

describe('one operator or infrastructure is occupied', () => {
  it.each([
    [{ operator: 'Fluxys', pipeline: 'substation', substance: 'gas' }, 'industrial-utility'],
    [{ alt_name: 'Elia Schaerbeek - Elia Schaarbeek', name: 'Elia' }, 'industrial-utility'],
    [{ name: 'Sous-station de traction Bruxelles-Nord', operator: 'Infrabel', power: 'substation', substation: 'traction' }, 'industrial-utility'],
    [{ man_made: 'wastewater_plant', name: "Station d'épuration des eaux usées Bruxelles Nord", operator: 'Aquiris' }, 'industrial-utility'],
    [{ access: 'private', depot: 'subway', industrial: 'depot', name: 'Dépôt Erasme - Stelplaats Erasmus', operator: 'STIB/MIVB' }, 'industrial-depot'],
    [{ industrial: 'fuel_depot', name: 'Lukoil Belgium', seveso: 'seuil haut' }, 'industrial-hazardous'],
    [{ amenity: 'recycling', name: 'Recypark Buda', recycling_type: 'centre' }, 'industrial-waste'],
    [{ man_made: 'works', name: 'Brasserie de la Senne', product: 'beer' }, 'industrial-one-firm'],
  ])('%o', (tags, rule) => {
    const d = decide('industrial', tags);
    expect(d).toMatchObject({ status: 'occupied', ruleId: rule, uncertain: false });
  });
});

describe('business estates', () => {
  it('citydev and Entrakt parks are estates without doubt', () => {
    expect(decide('industrial', { name: 'Noendelle', operator: 'citydev.brussels', 'operator:type': 'public' })).toMatchObject({ status: 'estate', uncertain: false });
    expect(decide('industrial', { name: 'LionCity I', operator: 'Entrakt', owner: 'citydev.brussels - Brussels Capital Region' }).ruleId).toBe('industrial-multi-firm');
  });
  it('the former Audi plant is an estate to re-let, its future said uncertain', () => {
    const d = decide('industrial', { name: 'Ancien site Audi Brussels', 'was:operator': 'Audi', 'was:product': 'cars' });
    expect(d).toMatchObject({ status: 'estate', ruleId: 'industrial-former-operator', uncertain: true });
  });
  it('a recycling park whose end date has passed is not called occupied', () => {
    const d = decide('industrial', { amenity: 'recycling', end_date: '2026-07', name: 'Gemeentelijk Containerpark Ganshoren' });
    expect(d).toMatchObject({ status: 'estate', ruleId: 'industrial-use-ended' });
    expect(decideStatus('industrial', { amenity: 'recycling', end_date: '2026-07' }, none, { asOf: '2026-06-30' }).status).toBe('occupied');
  });
  it('untagged industrial land is an estate with the doubt said, unless several trades are on it', () => {
    expect(caveatsOf(decide('industrial', {}))).toEqual(['useNotTagged']);
    const d = decide('industrial', {}, { tradesOnSite: 3 });
    expect(d).toMatchObject({ status: 'estate', ruleId: 'industrial-several-trades', uncertain: false });
    expect(d.evidence).toContainEqual({ t: 'fact', fact: 'tradesOnSite', n: 3 });
  });
});

describe('vacant land', () => {
  it('a plain brownfield near productive land is available without doubt', () => {
    expect(decide('brownfield', {}, { distProductiveZoneM: 120 })).toMatchObject({ status: 'available', uncertain: false });
  });
  it('far from productive land, with trades on it, fenced or private: available, each doubt said', () => {
    const d = decide('brownfield', { access: 'private', barrier: 'fence', fence_type: 'temporary' }, { distProductiveZoneM: 1200, tradesOnSite: 1 });
    expect(d.status).toBe('available');
    expect(caveatsOf(d)).toEqual(['farFromProductive', 'tradesOnVacant', 'temporaryFence', 'privateAccess']);
  });
  it('a real-estate project without permit is leaving, said uncertain', () => {
    const d = decide('brownfield', { description: "On this location: Move'Hub is a real estate project that is yet to receive the necessary permits (info 07/2023)" });
    expect(d).toMatchObject({ status: 'leaving', ruleId: 'vacant-other-plan', uncertain: true });
  });
  it('a former petrol station and a former camp site stay available, their past as context', () => {
    const d = decide('brownfield', { 'was:amenity': 'fuel', 'was:name': 'Lukoil' });
    expect(d.status).toBe('available');
    expect(d.evidence).toContainEqual({ t: 'tag', key: 'was:amenity', value: 'fuel', role: 'context' });
    expect(decide('brownfield', { end_date: '2024-09-15', 'was:tourism': 'camp_site' }).status).toBe('available');
  });
});

describe('the rules as data', () => {
  it('every land-use class ends with a rule that always applies, so no site goes undecided', () => {
    for (const l of siteLanduses) {
      const last = statusRules.filter((r) => r.landuse.includes(l)).at(-1)!;
      expect(last.anyOf).toEqual([]);
      expect(last.minTradesOnSite).toBeUndefined();
    }
  });
  it('ids are unique and every rule has a rationale in the three languages', () => {
    expect(new Set(statusRules.map((r) => r.id)).size).toBe(statusRules.length);
    for (const r of statusRules) for (const lang of ['en', 'fr', 'nl'] as const) expect(r.rationale[lang].length).toBeGreaterThan(20);
    expect(statusRuleById('industrial-depot')?.status).toBe('occupied');
    expect(statusRuleById('nope')).toBeUndefined();
  });
  it('odd tag values (numbers, null, objects) neither throw nor count', () => {
    const d = decide('industrial', { operator: null, depot: { x: 1 }, name: 42 });
    expect(d.ruleId).toBe('industrial-untagged');
  });
});
