/**
 * The availability rules as data: per OSM land-use class, an ordered list; the first rule that
 * matches a site decides its status. Each rule says why (rationale, FR/NL/EN) and, when its evidence
 * is weak, what stays uncertain (caveat). Tests read every tag the mirror holds, not only `landuse`.
 */
import type { SiteLanduse, SiteStatus } from '../types.ts';
import type { Labels } from '../scoring/criteria.ts';
import type { CaveatId } from './evidence.ts';

/** A tag test: a key pattern, optionally a value pattern; `before: 'asOf'` = a date earlier than the build date. */
export interface TagTest {
  key: RegExp;
  value?: RegExp;
  before?: 'asOf';
}

/** One rule. It applies when any `anyOf` test matches (or `anyOf` is empty), no `noneOf` test matches, and enough trades lie on the site. */
export interface StatusRule {
  id: string;
  landuse: readonly SiteLanduse[];
  anyOf: readonly TagTest[];
  noneOf?: readonly TagTest[];
  /** Minimum count of workshops/trades of the POI layer on the site. */
  minTradesOnSite?: number;
  status: SiteStatus;
  /** What stays uncertain when this rule decides. */
  caveat?: CaveatId;
  rationale: Labels;
}

const vacant: readonly SiteLanduse[] = ['brownfield', 'greenfield'];
const building: readonly SiteLanduse[] = ['construction'];
const industrial: readonly SiteLanduse[] = ['industrial'];

/** Values of `construction`, `proposed:*`… that mean housing. */
const housingValue = /^(residential|apartments|house|houses|dormitory|terrace|detached|semidetached_house|bungalow|student_housing)$/i;
/** Words in a name, note or description that mean housing (FR, NL, EN; OSM tags written in a note). */
const housingText = /(cohousing|\blogements?\b|\bwoning|appartement|apartment|résidentiel|residential|housing|\bkots?\b|construction\s*=\s*(residential|apartments))/i;
/** Names of small-business and business parks (FR, NL, EN). */
const estateName = /(\bPME\b|\bKMO\b|\bSME\b|business ?park|business ?cent(er|re)|parc d['’]activités|bedrijvenpark|bedrijvencentrum|bedrijvenzone|ateliers partagés)/i;
/** Values meaning productive buildings. */
const productiveValue = /^(industrial|warehouse|factory|manufacture|workshop|craft|depot)$/i;
/** Operators that let units to several firms (the Region's economic land agency, its business-centre operator, the port). */
const multiFirmOperator = /(citydev|entrakt|port de bruxelles|haven van brussel)/i;
/** Utilities and public infrastructure operators of the Region. */
const utilityOperator = /\b(elia|fluxys|sibelga|vivaqua|hydria|aquiris|engie|electrabel|infrabel|sncb|nmbs|proximus|bruxelles[- ]propreté|net brussel|agentschap wegen|stib|mivb|de lijn)\b/i;
/** Notes describing works on existing infrastructure rather than a plot. */
const worksText = /(renovation|rénovation|repair works|sewer|égout|riolering|cyclostrade|tram tracks|can be deleted when)/i;

const nameKeys = /^(name|name:fr|name:nl|name:en|proposed:name|proposed:name:fr|proposed:name:nl|alt_name|short_name|official_name)$/;
const textKeys = /^(name|name:fr|name:nl|name:en|proposed:name|note|description)$/;
const planKeys = /^(proposed:.+|construction|construction:.+)$/;

/** Housing being built or planned: by tag, or in words of the name, note or description. */
const housingPlanned: readonly TagTest[] = [{ key: planKeys, value: housingValue }, { key: textKeys, value: housingText }];

/** Every rule in evaluation order; the last rule of each land-use class has no test and always applies. */
export const statusRules: readonly StatusRule[] = [
  // Vacant land: brownfield and greenfield.
  {
    id: 'vacant-housing-planned', landuse: vacant, status: 'leaving',
    anyOf: housingPlanned,
    rationale: {
      en: 'Housing is planned on this vacant plot: it is leaving productive use, not on offer for production.',
      fr: 'Du logement est prévu sur ce terrain vacant : il quitte l’usage productif et n’est pas disponible pour la production.',
      nl: 'Op dit braakliggende perceel is huisvesting gepland: het verlaat productief gebruik en is niet beschikbaar voor productie.',
    },
  },
  {
    id: 'vacant-productive-planned', landuse: vacant, status: 'new-productive', caveat: 'planNotCertain',
    anyOf: [{ key: planKeys, value: productiveValue }, { key: /^proposed:landuse$/, value: /^industrial$/ }, { key: nameKeys, value: estateName }],
    rationale: {
      en: 'Productive space (a business park, workshops or industry) is planned on this plot.',
      fr: 'Un espace productif (parc PME, ateliers ou industrie) est prévu sur ce terrain.',
      nl: 'Op dit perceel is productieve ruimte (kmo-park, werkplaatsen of industrie) gepland.',
    },
  },
  {
    id: 'vacant-other-plan', landuse: vacant, status: 'leaving', caveat: 'planNotCertain',
    anyOf: [{ key: planKeys }, { key: /^(note|description)$/, value: /(real estate|projet immobilier|vastgoed|permit|permis|vergunning)/i }],
    rationale: {
      en: 'Another use (a building, a facility, a park, a real-estate project) is planned on this plot.',
      fr: 'Un autre usage (bâtiment, équipement, parc, projet immobilier) est prévu sur ce terrain.',
      nl: 'Op dit perceel is een ander gebruik gepland (gebouw, voorziening, park, vastgoedproject).',
    },
  },
  {
    id: 'vacant-free', landuse: vacant, status: 'available', anyOf: [],
    rationale: {
      en: 'Vacant land (brownfield or greenfield) with no sign of another committed use in the data.',
      fr: 'Terrain vacant (friche ou terrain non bâti) sans signe d’un autre usage engagé dans les données.',
      nl: 'Braakliggende grond zonder teken van een ander vastgelegd gebruik in de gegevens.',
    },
  },

  // Construction sites.
  {
    id: 'construction-housing', landuse: building, status: 'leaving',
    anyOf: housingPlanned,
    rationale: {
      en: 'Housing is being built here: the land is leaving productive use.',
      fr: 'Du logement est en construction ici : le terrain quitte l’usage productif.',
      nl: 'Hier wordt huisvesting gebouwd: de grond verlaat productief gebruik.',
    },
  },
  {
    id: 'construction-productive', landuse: building, status: 'new-productive',
    anyOf: [{ key: /^(construction|construction:building|construction:landuse|proposed:landuse)$/, value: productiveValue }, { key: nameKeys, value: estateName }],
    rationale: {
      en: 'Productive space (a business park, workshops, industry or a depot) is under construction.',
      fr: 'Un espace productif (parc PME, ateliers, industrie ou dépôt) est en construction.',
      nl: 'Er wordt productieve ruimte gebouwd (kmo-park, werkplaatsen, industrie of stelplaats).',
    },
  },
  {
    id: 'construction-works', landuse: building, status: 'leaving',
    anyOf: [{ key: /^(note|description)$/, value: worksText }],
    rationale: {
      en: 'Temporary works on existing infrastructure (a road, a bridge, a sewer), not a plot for production.',
      fr: 'Travaux temporaires sur une infrastructure existante (voirie, pont, égout), pas un terrain pour la production.',
      nl: 'Tijdelijke werken aan bestaande infrastructuur (weg, brug, riool), geen perceel voor productie.',
    },
  },
  {
    id: 'construction-other-use', landuse: building, status: 'leaving',
    anyOf: [{ key: planKeys, value: /^(?!yes$|building$).+/i }],
    rationale: {
      en: 'Something else is being built here (offices, shops, a school, a park, a facility): the land is leaving productive use.',
      fr: 'Autre chose est construit ici (bureaux, commerces, école, parc, équipement) : le terrain quitte l’usage productif.',
      nl: 'Hier wordt iets anders gebouwd (kantoren, winkels, school, park, voorziening): de grond verlaat productief gebruik.',
    },
  },
  {
    id: 'construction-building', landuse: building, status: 'leaving', caveat: 'buildingUseUnknown',
    anyOf: [{ key: /^construction$/ }],
    rationale: {
      en: 'A building is under construction: the land is taken, for a use the data does not state.',
      fr: 'Un bâtiment est en construction : le terrain est pris, pour un usage que les données ne disent pas.',
      nl: 'Er wordt een gebouw opgetrokken: de grond is ingenomen, voor een gebruik dat de gegevens niet vermelden.',
    },
  },
  {
    id: 'construction-unknown', landuse: building, status: 'leaving', caveat: 'constructionUseUnknown', anyOf: [],
    rationale: {
      en: 'A construction site: the land is taken, and nothing in the data says it will be productive.',
      fr: 'Un chantier : le terrain est pris et rien dans les données ne dit qu’il sera productif.',
      nl: 'Een bouwwerf: de grond is ingenomen en niets in de gegevens zegt dat ze productief wordt.',
    },
  },

  // Industrial land.
  {
    id: 'industrial-use-ended', landuse: industrial, status: 'estate', caveat: 'useEnded',
    anyOf: [{ key: /^end_date$/, before: 'asOf' }],
    rationale: {
      en: 'Productive land whose recorded use has ended: it may be free for a new occupier.',
      fr: 'Terrain productif dont l’usage renseigné a pris fin : il peut être libre pour un nouvel occupant.',
      nl: 'Productieve grond waarvan het vermelde gebruik beëindigd is: mogelijk vrij voor een nieuwe gebruiker.',
    },
  },
  {
    id: 'industrial-former-operator', landuse: industrial, status: 'estate', caveat: 'formerOperatorLeft',
    anyOf: [{ key: /^(was:operator|was:product|disused:.+|abandoned:.+)$/ }], noneOf: [{ key: /^operator$/ }],
    rationale: {
      en: 'Productive land its former operator has left: a site to re-let, possibly to several firms.',
      fr: 'Terrain productif quitté par son ancien exploitant : un site à relouer, peut-être à plusieurs entreprises.',
      nl: 'Productieve grond die de vroegere uitbater verlaten heeft: opnieuw te verhuren, mogelijk aan meerdere bedrijven.',
    },
  },
  {
    id: 'industrial-multi-firm', landuse: industrial, status: 'estate',
    anyOf: [{ key: /^(operator|owner)$/, value: multiFirmOperator }, { key: nameKeys, value: estateName }, { key: /^industrial$/, value: /^craft$/ }],
    rationale: {
      en: 'A business estate run to host several firms (citydev.brussels, Entrakt, the Port, shared workshops): where to look for a unit.',
      fr: 'Un parc d’entreprises géré pour accueillir plusieurs entreprises (citydev.brussels, Entrakt, le Port, ateliers partagés) : où chercher une unité.',
      nl: 'Een bedrijvenpark dat meerdere bedrijven huisvest (citydev.brussels, Entrakt, de Haven, gedeelde werkplaatsen): waar een unit te zoeken.',
    },
  },
  {
    id: 'industrial-depot', landuse: industrial, status: 'occupied',
    anyOf: [{ key: /^depot$/ }, { key: /^industrial$/, value: /^depot$/ }],
    rationale: {
      en: 'A depot of one operator: not on offer, productive land to protect.',
      fr: 'Un dépôt d’un seul exploitant : pas disponible, terrain productif à protéger.',
      nl: 'Een stelplaats van één uitbater: niet beschikbaar, te beschermen productieve grond.',
    },
  },
  {
    id: 'industrial-utility', landuse: industrial, status: 'occupied',
    anyOf: [
      { key: /^(power|pipeline|substation|utility)$/ },
      { key: /^man_made$/, value: /^(wastewater_plant|water_works|pumping_station|gasometer|storage_tank|reservoir_covered)$/ },
      { key: /^(operator|name|alt_name)$/, value: utilityOperator },
    ],
    rationale: {
      en: 'Utility or public infrastructure (energy, water, transport): not on offer, productive land to protect.',
      fr: 'Infrastructure publique ou d’utilité (énergie, eau, transport) : pas disponible, terrain productif à protéger.',
      nl: 'Nuts- of openbare infrastructuur (energie, water, vervoer): niet beschikbaar, te beschermen productieve grond.',
    },
  },
  {
    id: 'industrial-hazardous', landuse: industrial, status: 'occupied',
    anyOf: [{ key: /^seveso$/ }, { key: /^industrial$/, value: /^(fuel_depot|oil|gas|chemical|petroleum_terminal)$/ }],
    rationale: {
      en: 'A Seveso site or fuel depot: hazardous activity with a safety perimeter, not on offer.',
      fr: 'Un site Seveso ou dépôt de carburant : activité à risque avec périmètre de sécurité, pas disponible.',
      nl: 'Een Seveso-site of brandstofdepot: risicovolle activiteit met veiligheidsperimeter, niet beschikbaar.',
    },
  },
  {
    id: 'industrial-waste', landuse: industrial, status: 'occupied',
    anyOf: [{ key: /^amenity$/, value: /^(recycling|waste_transfer_station)$/ }, { key: /^industrial$/, value: /^(scrap_yard|waste_handling|recycling)$/ }],
    rationale: {
      en: 'A recycling centre or scrap yard of one operator: not on offer, productive land to protect.',
      fr: 'Un parc à conteneurs ou une casse d’un seul exploitant : pas disponible, terrain productif à protéger.',
      nl: 'Een containerpark of schroothandel van één uitbater: niet beschikbaar, te beschermen productieve grond.',
    },
  },
  {
    id: 'industrial-one-firm', landuse: industrial, status: 'occupied',
    anyOf: [
      { key: /^man_made$/, value: /^works$/ },
      { key: /^industrial$/, value: /^(factory|brewery|distillery|concrete_plant|logistics|bakery|slaughterhouse|sawmill|printing|mill)$/ },
      { key: /^operator$/ },
      { key: nameKeys, value: /\bterminal\b/i },
    ],
    rationale: {
      en: 'The works of one firm or one operator: not on offer, productive land to protect.',
      fr: 'L’usine d’une entreprise ou d’un seul exploitant : pas disponible, terrain productif à protéger.',
      nl: 'De vestiging van één bedrijf of uitbater: niet beschikbaar, te beschermen productieve grond.',
    },
  },
  {
    id: 'industrial-port', landuse: industrial, status: 'estate', caveat: 'portConcession',
    anyOf: [{ key: /^industrial$/, value: /^port$/ }],
    rationale: {
      en: 'Port land, let to firms under concession by the Port of Brussels.',
      fr: 'Terrain portuaire, concédé à des entreprises par le Port de Bruxelles.',
      nl: 'Havengrond, in concessie gegeven aan bedrijven door de Haven van Brussel.',
    },
  },
  {
    id: 'industrial-several-trades', landuse: industrial, status: 'estate', anyOf: [], minTradesOnSite: 2,
    rationale: {
      en: 'Productive land where several workshops or trades are mapped: a multi-occupier estate.',
      fr: 'Terrain productif où plusieurs ateliers ou commerces de gros sont cartographiés : un site multi-occupants.',
      nl: 'Productieve grond met meerdere werkplaatsen of groothandels in kaart: een site met meerdere gebruikers.',
    },
  },
  {
    id: 'industrial-untagged', landuse: industrial, status: 'estate', caveat: 'useNotTagged', anyOf: [],
    rationale: {
      en: 'Productive land with no operator or use recorded: kept as a place to look, with that doubt said.',
      fr: 'Terrain productif sans exploitant ni usage renseigné : gardé comme lieu où chercher, avec ce doute dit.',
      nl: 'Productieve grond zonder vermelde uitbater of gebruik: behouden als plek om te zoeken, met die twijfel vermeld.',
    },
  },
];
