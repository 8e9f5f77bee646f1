import { describe, expect, it } from 'vitest';
import { decodeEvidence, encodeEvidence, evidenceLine, evidenceWords, type EvidenceItem } from './evidence.ts';

const items: EvidenceItem[] = [
  { t: 'tag', key: 'operator', value: 'Fluxys' },
  { t: 'tag', key: 'was:landuse', value: 'industrial', role: 'context' },
  { t: 'fact', fact: 'tradesOnSite', n: 3 },
  { t: 'caveat', caveat: 'farFromProductive', n: 1250 },
];

describe('evidence codec', () => {
  it('round-trips and cuts long notes', () => {
    expect(decodeEvidence(encodeEvidence(items))).toEqual(items);
    const long = decodeEvidence(encodeEvidence([{ t: 'tag', key: 'note', value: 'x'.repeat(500) }]))[0];
    expect(long?.t === 'tag' && long.value.length).toBe(160);
  });
  it('never throws on bad text and keeps only well-formed items', () => {
    for (const bad of [undefined, 42, '', '{', '{"t":"tag"}', 'null', '"x"']) expect(decodeEvidence(bad)).toEqual([]);
    const mixed = JSON.stringify([{ t: 'tag', key: 'a', value: 'b' }, { t: 'fact', fact: 'evil', n: 1 }, { t: 'caveat', caveat: 'greenfield' }, 7]);
    expect(decodeEvidence(mixed)).toEqual([{ t: 'tag', key: 'a', value: 'b' }, { t: 'caveat', caveat: 'greenfield' }]);
  });
});

describe('evidence words', () => {
  it('shows tags verbatim and facts in each language', () => {
    expect(evidenceWords(items[0]!, 'fr')).toBe('operator=Fluxys');
    expect(evidenceWords(items[2]!, 'en')).toBe('3 workshops or trades mapped on the site');
    expect(evidenceWords(items[2]!, 'nl')).toContain('3 werkplaatsen');
  });
  it('puts the doubts last, marked uncertain', () => {
    expect(evidenceLine(items, 'en')).toBe(
      'operator=Fluxys; was:landuse=industrial; 3 workshops or trades mapped on the site; uncertain: 1\u202f250 m from any productive land: zoning for production is unlikely (the zoning plan is not in the data)',
    );
    expect(evidenceLine(items, 'fr')).toContain('incertain: à 1\u202f250 m');
  });
});
