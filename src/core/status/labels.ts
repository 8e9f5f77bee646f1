/** Names and one-line meanings of the availability statuses in FR/NL/EN: one place for every view and export. */
import type { Labels } from '../scoring/criteria.ts';
import type { SiteStatus } from '../types.ts';

/** Short name of each status. */
export const statusLabels: Record<SiteStatus, Labels> = {
  available: { en: 'Available', fr: 'Disponible', nl: 'Beschikbaar' },
  estate: { en: 'Business estate', fr: 'Parc d’entreprises', nl: 'Bedrijventerrein' },
  'new-productive': { en: 'New productive space', fr: 'Nouvel espace productif', nl: 'Nieuwe productieve ruimte' },
  occupied: { en: 'Occupied', fr: 'Occupé', nl: 'In gebruik' },
  leaving: { en: 'Leaving production', fr: 'Quitte la production', nl: 'Verlaat productie' },
};

/** What each status means, in one line. */
export const statusMeanings: Record<SiteStatus, Labels> = {
  available: {
    en: 'vacant land with no sign of another committed use',
    fr: 'terrain vacant sans signe d’un autre usage engagé',
    nl: 'braakliggende grond zonder teken van een ander vastgelegd gebruik',
  },
  estate: {
    en: 'productive land that hosts or can host several firms: where to look for a unit to rent',
    fr: 'terrain productif qui accueille ou peut accueillir plusieurs entreprises : où chercher une unité à louer',
    nl: 'productieve grond die meerdere bedrijven huisvest of kan huisvesten: waar een unit te huren te zoeken',
  },
  'new-productive': {
    en: 'productive space under construction or planned',
    fr: 'espace productif en construction ou en projet',
    nl: 'productieve ruimte in aanbouw of gepland',
  },
  occupied: {
    en: 'one operator or infrastructure: not on offer, but productive land to protect',
    fr: 'un seul exploitant ou une infrastructure : pas disponible, mais terrain productif à protéger',
    nl: 'één uitbater of infrastructuur: niet beschikbaar, maar te beschermen productieve grond',
  },
  leaving: {
    en: 'land going to another use (housing, offices, schools, parks…)',
    fr: 'terrain qui passe à un autre usage (logement, bureaux, écoles, parcs…)',
    nl: 'grond die naar een ander gebruik gaat (wonen, kantoren, scholen, parken…)',
  },
};
