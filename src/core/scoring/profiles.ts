/**
 * The five sector profiles of the 2019 Brussels Industrial Plan, as data.
 * Nuisance rule (all sectors): the sector gets one VNG 2009 category; the gate on schools, hospitals and care
 * homes is the category's guide distance, the gate on housing is one step lower (VNG's mixed-area rule, since
 * Brussels productive land sits in mixed urban fabric). Steps: 0, 10, 30, 50, 100, 200, 300 m.
 * Status gate (all sectors): land someone can look for a place on (`offerStatuses`); occupied land and land
 * leaving production fail by default, since a firm cannot settle there, but the user can include them.
 * Access by the networks (issue 13): the labour shed (employed residents within 30 min by public transport) weighs
 * for health and creative industries, modestly for manufacturing; truck minutes to the motorway for construction and
 * manufacturing, modestly for agro-food, where they take most of the straight-line motorway weight (kept at 1: the
 * route model is indicative, 2013 roads); the road distance to a canal quay for construction, beside the canal-side
 * criterion it partly relieves (4 → 3). Values are NaN for a user's own site: they score 0 there, as any unknown
 * value. Rationale and figures: docs/sectors.md.
 */
import { offerStatuses } from '../types.ts';
import type { Profile, SectorId } from './model.ts';

const construction: Profile = {
  id: 'construction',
  baseId: 'construction',
  label: { en: 'Construction', fr: 'Construction', nl: 'Bouw' },
  gates: {
    statuses: offerStatuses,
    limits: { areaM2: { min: 1000 }, distTransitM: { max: 800 }, distHousingM: { min: 50 }, distSensitiveM: { min: 100 } },
  },
  weights: {
    metro: 1, tram: 1, bus: 1, rail: 0, lines: 1, labourShed: 0, cycle: 0, villo: 0,
    road: 4, motorway: 1, truckMotorway: 3, canal: 3, canalQuay: 2, siding: 3, no2: 0,
    housing: 3, sensitive: 2, area: 5, workshops: 1, productiveZone: 3,
  },
  curves: { area: { kind: 'band', zeroBelow: 500, fullFrom: 2500, fullTo: Infinity, zeroAbove: Infinity } },
  nuisance: {
    category: '3.2',
    guideDistanceM: 100,
    why: "Contractors' yards over 1,000 m² are VNG 3.1; concrete batching and recycling of building materials 3.2–4.1. The profile aims at yards that handle materials, so 3.2.",
  },
  rationale: {
    en: 'Yards and depots of at least 1,000 m² (fully fit from 2,500 m²) for storage and truck turning; bulk materials by canal or rail, on the quay or a short truck leg from one; trucks by major roads, a few minutes from the motorway by the road network; at least 50 m from housing and 100 m from schools and care (VNG 3.2). Staff reach the site within 800 m of public transport.',
    fr: "Dépôts et chantiers d'au moins 1 000 m² (pleinement adaptés dès 2 500 m²) pour le stockage et la manœuvre des camions ; matériaux en vrac par le canal ou le rail, à quai ou à un court trajet de camion d'un quai ; camions par les grands axes, à quelques minutes de l'autoroute par le réseau routier ; au moins 50 m des logements et 100 m des écoles et lieux de soins (VNG 3.2). Transport public à 800 m au plus.",
    nl: 'Werven en depots van minstens 1.000 m² (volledig geschikt vanaf 2.500 m²) voor opslag en vrachtwagens; bulkmaterialen via kanaal of spoor, aan de kaai of met een korte vrachtwagenrit vanaf een kaai; vrachtwagens via hoofdwegen, enkele minuten over de weg van de autosnelweg; minstens 50 m van woningen en 100 m van scholen en zorg (VNG 3.2). Openbaar vervoer binnen 800 m.',
  },
  basis: ['plan2019', 'citydev', 'vng2009', 'osm2013roads'],
};

const manufacturing: Profile = {
  id: 'manufacturing',
  baseId: 'manufacturing',
  label: {
    en: 'Manufacturing & innovative materials',
    fr: 'Fabrication et matériaux innovants',
    nl: 'Maakindustrie en innovatieve materialen',
  },
  gates: {
    statuses: offerStatuses,
    limits: { areaM2: { min: 300 }, distTransitM: { max: 600 }, distHousingM: { min: 30 }, distSensitiveM: { min: 50 } },
  },
  weights: {
    metro: 2, tram: 1, bus: 1, rail: 1, lines: 2, labourShed: 2, cycle: 1, villo: 0,
    road: 3, motorway: 1, truckMotorway: 2, canal: 2, canalQuay: 0, siding: 2, no2: 0,
    housing: 2, sensitive: 2, area: 4, workshops: 3, productiveZone: 3,
  },
  curves: { area: { kind: 'band', zeroBelow: 300, fullFrom: 1000, fullTo: Infinity, zeroAbove: Infinity } },
  nuisance: {
    category: '3.1',
    guideDistanceM: 50,
    why: 'Metalworking, machinery and plastics workshops of a few thousand m² are mostly VNG 3.1 (noise, deliveries).',
  },
  rationale: {
    en: 'Workshops from 300 m² (fully fit from 1,000 m², the larger citydev units); truck access (a few minutes from the motorway by road) and, for heavy inputs, canal or rail; near other workshops and inside productive zones; many of the region’s employed residents within 30 minutes by public transport; at least 30 m from housing and 50 m from schools and care (VNG 3.1); public transport within 600 m.',
    fr: "Ateliers dès 300 m² (pleinement adaptés dès 1 000 m², les grandes unités citydev) ; accès camions (l'autoroute à quelques minutes par la route) et, pour les intrants lourds, canal ou rail ; proches d'autres ateliers et en zone productive ; beaucoup d'actifs occupés de la Région à 30 min en transport public ; au moins 30 m des logements et 50 m des écoles et lieux de soins (VNG 3.1) ; transport public à 600 m au plus.",
    nl: 'Werkplaatsen vanaf 300 m² (volledig geschikt vanaf 1.000 m², de grotere citydev-units); vrachtverkeer (enkele minuten over de weg van de autosnelweg) en, voor zware grondstoffen, kanaal of spoor; dicht bij andere werkplaatsen en in productieve zones; veel werkende Brusselaars binnen 30 min met het openbaar vervoer; minstens 30 m van woningen en 50 m van scholen en zorg (VNG 3.1); openbaar vervoer binnen 600 m.',
  },
  basis: ['plan2019', 'citydev', 'vng2009', 'census2021', 'osm2013roads'],
};

const agroFood: Profile = {
  id: 'agro-food',
  baseId: 'agro-food',
  label: { en: 'Agro-food', fr: 'Agroalimentaire', nl: 'Voeding' },
  gates: {
    statuses: offerStatuses,
    limits: {
      areaM2: { min: 150 },
      distTransitM: { max: 600 },
      no2UgM3: { max: 20 },
      distHousingM: { min: 30 },
      distSensitiveM: { min: 50 },
    },
  },
  weights: {
    metro: 2, tram: 1, bus: 1, rail: 0, lines: 2, labourShed: 0, cycle: 1, villo: 0,
    road: 3, motorway: 1, truckMotorway: 1, canal: 0, canalQuay: 0, siding: 0, no2: 4,
    housing: 2, sensitive: 1, area: 3, workshops: 2, productiveZone: 2,
  },
  curves: { area: { kind: 'band', zeroBelow: 150, fullFrom: 500, fullTo: Infinity, zeroAbove: Infinity } },
  nuisance: {
    category: '3.1',
    guideDistanceM: 50,
    why: 'Ready meals and snacks (< 2,000 m²), meat products (≤ 1,000 m²) and pasta makers are VNG 3.1; small bakeries and chocolate makers 2; larger bakeries 3.2 and breweries 4.2 need a custom profile.',
  },
  rationale: {
    en: 'Food production needs clean air: NO2 at most 20 µg/m³, the EU limit from 2030, and the lower the better (WHO: 10). Units from 150 m² (fully fit from 500 m²); daily deliveries by road, the motorway a few minutes away; at least 30 m from housing and 50 m from schools and care (VNG 3.1); public transport within 600 m.',
    fr: "La production alimentaire demande un air propre : NO2 d'au plus 20 µg/m³, la limite UE dès 2030, et le moins possible (OMS : 10). Unités dès 150 m² (pleinement adaptées dès 500 m²) ; livraisons quotidiennes par route, l'autoroute à quelques minutes ; au moins 30 m des logements et 50 m des écoles et lieux de soins (VNG 3.1) ; transport public à 600 m au plus.",
    nl: 'Voedselproductie vraagt schone lucht: NO2 hoogstens 20 µg/m³, de EU-grens vanaf 2030, en hoe lager hoe beter (WHO: 10). Units vanaf 150 m² (volledig geschikt vanaf 500 m²); dagelijkse leveringen over de weg, de autosnelweg enkele minuten verder; minstens 30 m van woningen en 50 m van scholen en zorg (VNG 3.1); openbaar vervoer binnen 600 m.',
  },
  basis: ['plan2019', 'citydev', 'eu2024', 'who2021', 'vng2009', 'osm2013roads'],
};

const health: Profile = {
  id: 'health',
  baseId: 'health',
  label: { en: 'Health', fr: 'Santé', nl: 'Gezondheid' },
  gates: {
    statuses: offerStatuses,
    limits: {
      areaM2: { min: 150 },
      distTransitM: { max: 400 },
      no2UgM3: { max: 20 },
      distHousingM: { min: 10 },
      distSensitiveM: { min: 30 },
    },
  },
  weights: {
    metro: 4, tram: 2, bus: 2, rail: 3, lines: 3, labourShed: 4, cycle: 2, villo: 1,
    road: 1, motorway: 1, truckMotorway: 0, canal: 0, canalQuay: 0, siding: 0, no2: 5,
    housing: 1, sensitive: 0, area: 2, workshops: 1, productiveZone: 1,
  },
  curves: { area: { kind: 'band', zeroBelow: 150, fullFrom: 400, fullTo: 5000, zeroAbove: 20000 } },
  nuisance: {
    category: '2',
    guideDistanceM: 30,
    why: 'Laboratories and medical-device assembly are VNG 2; pharmaceutical production at scale would be 4.1 and needs a custom profile.',
  },
  rationale: {
    en: 'Labs and medical-device makers need clean air (NO2 at most 20 µg/m³, EU 2030; WHO 10) and many qualified staff arriving by metro and train: public transport within 400 m, and as many of the region’s employed residents as possible within 30 minutes by public transport. Units of 400–5,000 m² fit best; at least 10 m from housing and 30 m from schools and care (VNG 2).',
    fr: "Laboratoires et fabricants de dispositifs médicaux : air propre (NO2 d'au plus 20 µg/m³, UE 2030 ; OMS 10) et personnel qualifié venant en métro et en train : transport public à 400 m au plus, et le plus possible d'actifs occupés de la Région à 30 min en transport public. Unités de 400 à 5 000 m² ; au moins 10 m des logements et 30 m des écoles et lieux de soins (VNG 2).",
    nl: 'Labo’s en makers van medische hulpmiddelen: schone lucht (NO2 hoogstens 20 µg/m³, EU 2030; WHO 10) en veel geschoold personeel per metro en trein: openbaar vervoer binnen 400 m, en zoveel mogelijk werkende Brusselaars binnen 30 min met het openbaar vervoer. Units van 400–5.000 m²; minstens 10 m van woningen en 30 m van scholen en zorg (VNG 2).',
  },
  basis: ['plan2019', 'citydev', 'eu2024', 'who2021', 'vng2009', 'census2021'],
};

const creative: Profile = {
  id: 'creative',
  baseId: 'creative',
  label: {
    en: 'Creative & cultural industries',
    fr: 'Industries culturelles et créatives',
    nl: 'Culturele en creatieve industrie',
  },
  gates: {
    statuses: offerStatuses,
    limits: { areaM2: { min: 150 }, distTransitM: { max: 400 }, distSensitiveM: { min: 10 } },
  },
  weights: {
    metro: 4, tram: 3, bus: 2, rail: 2, lines: 4, labourShed: 3, cycle: 3, villo: 2,
    road: 0, motorway: 0, truckMotorway: 0, canal: 0, canalQuay: 0, siding: 0, no2: 1,
    housing: 0, sensitive: 0, area: 3, workshops: 3, productiveZone: 1,
  },
  curves: { area: { kind: 'band', zeroBelow: 150, fullFrom: 300, fullTo: 1500, zeroAbove: 10000 } },
  nuisance: {
    category: '1',
    guideDistanceM: 10,
    why: 'Studios, design, audiovisual post-production and crafts without machines are VNG 1; printing works (2–3.1) need a custom profile.',
  },
  rationale: {
    en: 'Small studios and workshops (citydev units of 300–1,500 m² fit best) in the dense city, reached by metro, tram, bike and shared bikes, with many of the region’s employed residents within 30 minutes by public transport, near other makers; public transport within 400 m. Quiet activity (VNG 1): no gate on housing, 10 m from schools and care.',
    fr: "Petits studios et ateliers (unités citydev de 300 à 1 500 m²) en ville dense, accessibles en métro, tram, vélo et Villo!, avec beaucoup d'actifs occupés de la Région à 30 min en transport public, près d'autres créateurs ; transport public à 400 m au plus. Activité calme (VNG 1) : pas de seuil vis-à-vis des logements, 10 m des écoles et lieux de soins.",
    nl: 'Kleine studio’s en ateliers (citydev-units van 300–1.500 m²) in de dichte stad, bereikbaar met metro, tram, fiets en Villo!, met veel werkende Brusselaars binnen 30 min met het openbaar vervoer, dicht bij andere makers; openbaar vervoer binnen 400 m. Rustige activiteit (VNG 1): geen drempel voor woningen, 10 m van scholen en zorg.',
  },
  basis: ['plan2019', 'citydev', 'vng2009', 'census2021'],
};

/** The five sector profiles, keyed by sector id. */
export const sectorProfiles: Readonly<Record<SectorId, Profile>> = {
  construction,
  manufacturing,
  'agro-food': agroFood,
  health,
  creative,
};

/** The profile of a sector id, or of 'construction' when the id is unknown. */
export function profileOf(id: string): Profile {
  return (sectorProfiles as Record<string, Profile | undefined>)[id] ?? construction;
}
