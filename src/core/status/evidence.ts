/**
 * Evidence of a site's status: the tags that decided it (as found in the data, so a person can check
 * them on OpenStreetMap), facts measured on the site, and what stays uncertain. Stored on the site as
 * compact JSON (FlatGeobuf has flat properties) and put into words in FR/NL/EN here, once.
 */
import type { Labels } from '../scoring/criteria.ts';

/** Facts measured on the site by the pipeline. */
export const factIds = ['tradesOnSite', 'sidingOnSite', 'distProductiveZoneM'] as const;
/** One fact id. */
export type FactId = (typeof factIds)[number];

/** What can stay uncertain about a status. */
export const caveatIds = [
  'useNotTagged',
  'formerOperatorLeft',
  'useEnded',
  'portConcession',
  'constructionUseUnknown',
  'buildingUseUnknown',
  'planNotCertain',
  'farFromProductive',
  'tradesOnVacant',
  'temporaryFence',
  'privateAccess',
  'greenfield',
] as const;
/** One caveat id. */
export type CaveatId = (typeof caveatIds)[number];

/** One piece of evidence. `role: 'context'` tags did not decide the status but tell its history. */
export type EvidenceItem =
  | { t: 'tag'; key: string; value: string; role?: 'context' }
  | { t: 'fact'; fact: FactId; n: number }
  | { t: 'caveat'; caveat: CaveatId; n?: number };

/** Codec settings. */
export const defaultEvidenceOptions = {
  /** Tag values longer than this (notes, descriptions) are cut with '…', in characters. */
  maxValueChars: 160,
  /** At most this many items are kept (a hostile file cannot bloat the layer). */
  maxItems: 24,
};

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** JSON text of evidence items for the `statusEvidence` property; long values are cut. */
export function encodeEvidence(items: readonly EvidenceItem[], options: Partial<typeof defaultEvidenceOptions> = {}): string {
  const o = { ...defaultEvidenceOptions, ...options };
  const out = items.slice(0, o.maxItems).map((it) => (it.t === 'tag' ? { ...it, value: clip(it.value, o.maxValueChars) } : it));
  return JSON.stringify(out);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Evidence items from `statusEvidence` text; never throws: unreadable text or items are skipped. */
export function decodeEvidence(text: unknown, options: Partial<typeof defaultEvidenceOptions> = {}): EvidenceItem[] {
  const o = { ...defaultEvidenceOptions, ...options };
  if (typeof text !== 'string' || text.length > 64_000) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: EvidenceItem[] = [];
  for (const v of raw.slice(0, o.maxItems)) {
    if (!isObj(v)) continue;
    if (v.t === 'tag' && typeof v.key === 'string' && typeof v.value === 'string') {
      out.push({ t: 'tag', key: clip(v.key, 64), value: clip(v.value, o.maxValueChars), ...(v.role === 'context' ? { role: 'context' as const } : {}) });
    } else if (v.t === 'fact' && (factIds as readonly unknown[]).includes(v.fact) && typeof v.n === 'number' && Number.isFinite(v.n)) {
      out.push({ t: 'fact', fact: v.fact as FactId, n: v.n });
    } else if (v.t === 'caveat' && (caveatIds as readonly unknown[]).includes(v.caveat)) {
      const n = typeof v.n === 'number' && Number.isFinite(v.n) ? v.n : undefined;
      out.push({ t: 'caveat', caveat: v.caveat as CaveatId, ...(n === undefined ? {} : { n }) });
    }
  }
  return out;
}

type Lang = keyof Labels;

const factWords: Record<FactId, Labels> = {
  tradesOnSite: { en: '{n} workshops or trades mapped on the site', fr: '{n} ateliers ou commerces de gros cartographiés sur le site', nl: '{n} werkplaatsen of groothandels op de site in kaart' },
  sidingOnSite: { en: 'a rail siding reaches the site', fr: 'un raccordement ferroviaire atteint le site', nl: 'een spooraansluiting bereikt de site' },
  distProductiveZoneM: { en: 'nearest productive land {n} m away', fr: 'terrain productif le plus proche à {n} m', nl: 'dichtstbijzijnde productieve grond op {n} m' },
};

const caveatWords: Record<CaveatId, Labels> = {
  useNotTagged: {
    en: 'no operator or use is recorded: it may be one firm’s premises or several',
    fr: 'aucun exploitant ni usage n’est renseigné : une seule entreprise ou plusieurs',
    nl: 'geen uitbater of gebruik vermeld: één bedrijf of meerdere',
  },
  formerOperatorLeft: {
    en: 'the former operator has left; the next use is not recorded',
    fr: 'l’ancien exploitant est parti ; l’usage suivant n’est pas renseigné',
    nl: 'de vroegere uitbater is vertrokken; het volgende gebruik is niet vermeld',
  },
  useEnded: {
    en: 'the recorded use has an end date that has passed: the site may be free or reused',
    fr: 'l’usage renseigné a une date de fin dépassée : le site est peut-être libre ou réaffecté',
    nl: 'het vermelde gebruik heeft een verstreken einddatum: de site is misschien vrij of herbestemd',
  },
  portConcession: {
    en: 'port land: plots are let by the Port of Brussels under concession; whether one is free is not known',
    fr: 'terrain portuaire : parcelles en concession du Port de Bruxelles ; disponibilité inconnue',
    nl: 'havengrond: percelen in concessie van de Haven van Brussel; beschikbaarheid onbekend',
  },
  constructionUseUnknown: {
    en: 'building works whose future use is not recorded: not on offer, use unknown',
    fr: 'chantier dont l’usage futur n’est pas renseigné : pas disponible, usage inconnu',
    nl: 'bouwwerf waarvan het toekomstige gebruik niet vermeld is: niet beschikbaar, gebruik onbekend',
  },
  buildingUseUnknown: {
    en: 'a building is going up whose use is not recorded',
    fr: 'un bâtiment est en construction, son usage n’est pas renseigné',
    nl: 'er wordt een gebouw opgetrokken waarvan het gebruik niet vermeld is',
  },
  planNotCertain: {
    en: 'a plan is recorded; whether and when it goes ahead is not known',
    fr: 'un projet est renseigné ; on ne sait pas s’il se fera ni quand',
    nl: 'er is een plan vermeld; of en wanneer het doorgaat is niet bekend',
  },
  farFromProductive: {
    en: '{n} m from any productive land: zoning for production is unlikely (the zoning plan is not in the data)',
    fr: 'à {n} m de tout terrain productif : une affectation productive est peu probable (le PRAS n’est pas dans les données)',
    nl: 'op {n} m van productieve grond: een bestemming voor productie is onwaarschijnlijk (het GBP zit niet in de gegevens)',
  },
  tradesOnVacant: {
    en: '{n} workshops or trades are mapped on this plot: part of it may be in use',
    fr: '{n} ateliers ou commerces sont cartographiés sur cette parcelle : une partie est peut-être occupée',
    nl: 'op dit perceel staan {n} werkplaatsen of handelszaken: een deel is misschien in gebruik',
  },
  temporaryFence: {
    en: 'a temporary fence is mapped: works may be about to start',
    fr: 'une clôture temporaire est cartographiée : des travaux vont peut-être commencer',
    nl: 'er staat een tijdelijke omheining: werken starten misschien binnenkort',
  },
  privateAccess: {
    en: 'access is private: the owner is not known from the data',
    fr: 'accès privé : le propriétaire n’est pas connu des données',
    nl: 'private toegang: de eigenaar is niet bekend uit de gegevens',
  },
  greenfield: {
    en: 'greenfield: land never built on; building may need consent and it may matter as green space',
    fr: 'terrain non bâti (greenfield) : construire demande un permis et il peut compter comme espace vert',
    nl: 'onbebouwd terrein (greenfield): bouwen vergt een vergunning en het kan als groene ruimte tellen',
  },
};

const fill = (text: string, n: number | undefined): string => text.replace('{n}', n === undefined ? '' : Math.round(n).toLocaleString('en').replace(/,/g, '\u202f'));

/** One evidence item in words: a tag as `key=value` (checkable on OSM), a fact or a caveat in `lang`. */
export function evidenceWords(item: EvidenceItem, lang: Lang): string {
  if (item.t === 'tag') return `${item.key}=${item.value}`;
  if (item.t === 'fact') return item.fact === 'sidingOnSite' ? factWords.sidingOnSite[lang] : fill(factWords[item.fact][lang], item.n);
  return fill(caveatWords[item.caveat][lang], item.n);
}

/** The evidence as one line of text in `lang` (exports, print): decisive tags, facts, then caveats. */
export function evidenceLine(items: readonly EvidenceItem[], lang: Lang): string {
  const tags = items.filter((i) => i.t === 'tag').map((i) => evidenceWords(i, lang));
  const facts = items.filter((i) => i.t === 'fact').map((i) => evidenceWords(i, lang));
  const caveats = items.filter((i) => i.t === 'caveat').map((i) => evidenceWords(i, lang));
  const uncertain = { en: 'uncertain', fr: 'incertain', nl: 'onzeker' }[lang];
  return [...tags, ...facts, ...caveats.map((c) => `${uncertain}: ${c}`)].join('; ');
}
