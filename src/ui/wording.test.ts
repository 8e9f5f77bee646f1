import { describe, expect, it } from 'vitest';
import { siteStatuses } from '../core/types.ts';
import { siteTitle } from './format.ts';
import { fr as frBase, nl as nlBase } from '../i18n/dict.ts';
import { plannerFr, plannerNl } from '../i18n/dictPlanner.ts';
import { userSitesUiFr, userSitesUiNl } from '../i18n/dictUserSitesUi.ts';

// the views' strings that load with their chunks are checked too
const fr = { ...frBase, ...plannerFr, ...userSitesUiFr };
const nl = { ...nlBase, ...plannerNl, ...userSitesUiNl };

/** Proper names and brands written with capitals inside a French sentence. */
const frProperNames = new Set(['Bruxelles', 'Bruxelles-Capitale', 'Région', 'OpenStreetMap', 'Excel', 'Villo!', 'Statbel', 'CurieuzenAir', 'De', 'Lijn', 'Charleroi-Bruxelles', 'FlatGeobuf', 'WebGL', 'GeoJSON', 'PasLoin/Brussels-minimal-vector-tile']);

describe('wording', () => {
  it('NL calls a candidate site "de site" everywhere, never "het/dit site" nor "terrein"', () => {
    for (const [key, text] of Object.entries(nl)) {
      expect(text, key).not.toMatch(/\b(het|dit|dat|elk|ieder)\s+(\p{L}+\s+)?site\b/iu);
      expect(text, key).not.toMatch(/\bproductief\s+site\b/iu);
      expect(text, key).not.toMatch(/\bterrein(en)?\b/iu); // bedrijventerrein (business estate) is another word
    }
    for (const status of siteStatuses) expect(siteTitle('nl', { name: '', status, communeFr: 'Ixelles', communeNl: 'Elsene' })).toMatch(/^Site in Elsene: [a-z]/);
  });

  it('FR titles and labels use sentence case: capitals only for proper names, acronyms and after a full stop', () => {
    for (const [key, text] of Object.entries(fr)) {
      const words = text.replace(/\{\w+\}/g, '').split(/\s+/);
      words.forEach((raw, i) => {
        const w = raw.replace(/^[(«“"/]+|[)»”",.:;]+$/g, '');
        const sentenceStart = i === 0 || /[.!?/]$/.test(words[i - 1]!) || raw.startsWith('/');
        if (sentenceStart || !/^\p{Lu}/u.test(w) || /^[\p{Lu}\d-]+$/u.test(w) || frProperNames.has(w)) return;
        expect.fail(`${key}: "${w}" is capitalised in "${text}"`);
      });
    }
    for (const status of siteStatuses) expect(siteTitle('fr', { name: '', status, communeFr: 'Ixelles', communeNl: 'Elsene' })).toMatch(/^Site à Ixelles : [a-zé]/);
  });
});
