/**
 * Map colours that must stay apart, checked under normal vision and simulated protanopia, deuteranopia and
 * tritanopia (src/core/colour). Colours are compared as written, which is how outlines and legend swatches draw them.
 */
import { describe, expect, it } from 'vitest';
import { simulate, visions } from './cvd.ts';
import { deltaE2000, hexToLab } from './lab.ts';
import { siteStatuses } from '../types.ts';
import { failColour, palette, scoreRamp, statusColours } from './palette.ts';

/** CIEDE2000 floor: well past "just noticeable" (~2) and past "same colour, other shade" (~10). */
const minDeltaE = 15;
/** Two categories must not be the same hue in two shades: LCh hue angles at least this far apart. */
const minHueGap = 30;

const deltaE = (a: string, b: string) => Object.fromEntries(visions.map((v) => [v, Math.round(deltaE2000(hexToLab(simulate(a, v)), hexToLab(simulate(b, v))) * 10) / 10]));
const lch = (hex: string) => {
  const [, a, b] = hexToLab(hex);
  return { c: Math.hypot(a, b), h: ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360 };
};

const statusPairs = siteStatuses.flatMap((s, i) => siteStatuses.slice(i + 1).map((t) => [s, t] as const));
const pairs: [string, string, string][] = [
  ...siteStatuses.map((s): [string, string, string] => [`productive zones vs ${s} sites`, palette.productiveZone, statusColours[s]]),
  ...statusPairs.map(([s, t]): [string, string, string] => [`${s} vs ${t} sites`, statusColours[s], statusColours[t]]),
  // every score colour can lie beside the canal and inside a productive zone, not only the ramp's ends
  ...scoreRamp.map(([v, c]): [string, string, string] => [`score ${v} vs canal`, c, palette.canal]),
  ...scoreRamp.map(([v, c]): [string, string, string] => [`score ${v} vs productive zones`, c, palette.productiveZone]),
  // the user's own sites lie among the shipped ones, inside zones, beside the canal, next to failing (grey) sites
  ['user sites vs productive zones', palette.userSite, palette.productiveZone],
  ...siteStatuses.map((s): [string, string, string] => [`user sites vs ${s} sites`, palette.userSite, statusColours[s]]),
  ['user sites vs sites of unknown status', palette.userSite, palette.siteUnknown],
  ['user sites vs sites failing the gates', palette.userSite, failColour],
  ['user sites vs canal', palette.userSite, palette.canal],
  ...scoreRamp.map(([v, c]): [string, string, string] => [`user sites vs score ${v}`, palette.userSite, c]),
];

describe('map palette under colour-vision deficiencies', () => {
  it.each(pairs)(`%s: ΔE2000 ≥ ${minDeltaE} under every vision`, (_name, a, b) => {
    const d = deltaE(a, b);
    expect(Math.min(...Object.values(d)), JSON.stringify(d)).toBeGreaterThanOrEqual(minDeltaE);
  });

  it(`gives productive zones, user sites and site statuses hues at least ${minHueGap}° apart (neutral colours aside)`, () => {
    const named = [['productive zones', palette.productiveZone], ['user sites', palette.userSite], ...siteStatuses.map((s) => [s, statusColours[s]])] as const;
    const clashes: string[] = [];
    for (let i = 0; i < named.length; i++)
      for (let j = i + 1; j < named.length; j++) {
        const [p, q] = [lch(named[i]![1]), lch(named[j]![1])];
        if (p.c < 15 || q.c < 15) continue;
        const gap = Math.min(Math.abs(p.h - q.h), 360 - Math.abs(p.h - q.h));
        if (gap < minHueGap) clashes.push(`${named[i]![0]} / ${named[j]![0]}: ${gap.toFixed(0)}°`);
      }
    expect(clashes).toEqual([]);
  });

  it(`keeps every chromatic score colour at least ${minHueGap}° of hue away from the canal's`, () => {
    const canal = lch(palette.canal);
    const near = scoreRamp.filter(([, c]) => lch(c).c >= 15 && Math.min(Math.abs(lch(c).h - canal.h), 360 - Math.abs(lch(c).h - canal.h)) < minHueGap);
    expect(near).toEqual([]);
  });
});
