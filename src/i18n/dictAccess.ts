/**
 * Access by the networks (issue 13): labels of the nine access metrics (`m<MetricKey>`, read by `ui/format.ts`), the
 * card's and the print sheet's "Access by the networks" group with the model's caveat, and what a user's own site
 * shows instead (the model runs when the data is built, not in the browser). Merged into dict.ts.
 */
export const accessEn = {
  mResidents20MinTransit: 'Residents within 20 min by public transport',
  mResidents30MinTransit: 'Residents within 30 min by public transport',
  mResidents45MinTransit: 'Residents within 45 min by public transport',
  mEmployedResidents20MinTransit: 'Employed residents within 20 min by public transport',
  mEmployedResidents30MinTransit: 'Employed residents within 30 min by public transport',
  mEmployedResidents45MinTransit: 'Employed residents within 45 min by public transport',
  mRoadKmToMotorway: 'Road distance to the motorway (2013 roads)',
  mTruckMinToMotorway: 'Truck time to the motorway (2013 roads)',
  mRoadKmToCanalQuay: 'Road distance to a canal quay (2013 roads)',
  accessTitle: 'Access by the networks',
  accessCaveat:
    'Modelled, not measured: public transport from STIB stop sequences with mean speeds and waits, no timetables, plus walking; residents from the 2021 census (Statbel); roads as of 2013.',
  accessNotComputed: 'not computed',
  accessNotComputedUser: 'Not computed for your own sites: the model runs when the data is built. Sector scores count these criteria as unknown (0).',
  accessCaveatShort: '(modelled: STIB without timetables, 2013 roads):',
  accessSummary: 'residents within 20 / 30 / 45 min by public transport {residents}, of whom employed {employed}; truck to the motorway {truck}; canal quay by road {quay}.',
};

export const accessFr: Record<keyof typeof accessEn, string> = {
  mResidents20MinTransit: 'Habitants à moins de 20 min en transport public',
  mResidents30MinTransit: 'Habitants à moins de 30 min en transport public',
  mResidents45MinTransit: 'Habitants à moins de 45 min en transport public',
  mEmployedResidents20MinTransit: 'Actifs occupés à moins de 20 min en transport public',
  mEmployedResidents30MinTransit: 'Actifs occupés à moins de 30 min en transport public',
  mEmployedResidents45MinTransit: 'Actifs occupés à moins de 45 min en transport public',
  mRoadKmToMotorway: 'Distance par la route jusqu’à l’autoroute (routes de 2013)',
  mTruckMinToMotorway: 'Temps en camion jusqu’à l’autoroute (routes de 2013)',
  mRoadKmToCanalQuay: 'Distance par la route jusqu’à un quai du canal (routes de 2013)',
  accessTitle: 'Accès par les réseaux',
  accessCaveat:
    'Modélisé, pas mesuré : transport public d’après les séquences d’arrêts STIB avec vitesses et attentes moyennes, sans horaires, plus la marche ; habitants du recensement 2021 (Statbel) ; routes de 2013.',
  accessNotComputed: 'non calculé',
  accessNotComputedUser: 'Non calculé pour vos propres sites : le modèle tourne à la construction des données. Les scores par secteur comptent ces critères comme inconnus (0).',
  accessCaveatShort: '(modélisé : STIB sans horaires, routes de 2013) :',
  accessSummary: 'habitants à moins de 20 / 30 / 45 min en transport public {residents}, dont actifs occupés {employed} ; camion jusqu’à l’autoroute {truck} ; quai du canal par la route {quay}.',
};

export const accessNl: Record<keyof typeof accessEn, string> = {
  mResidents20MinTransit: 'Inwoners binnen 20 min met het openbaar vervoer',
  mResidents30MinTransit: 'Inwoners binnen 30 min met het openbaar vervoer',
  mResidents45MinTransit: 'Inwoners binnen 45 min met het openbaar vervoer',
  mEmployedResidents20MinTransit: 'Werkende inwoners binnen 20 min met het openbaar vervoer',
  mEmployedResidents30MinTransit: 'Werkende inwoners binnen 30 min met het openbaar vervoer',
  mEmployedResidents45MinTransit: 'Werkende inwoners binnen 45 min met het openbaar vervoer',
  mRoadKmToMotorway: 'Afstand over de weg tot de autosnelweg (wegen van 2013)',
  mTruckMinToMotorway: 'Rijtijd per vrachtwagen tot de autosnelweg (wegen van 2013)',
  mRoadKmToCanalQuay: 'Afstand over de weg tot een kanaalkaai (wegen van 2013)',
  accessTitle: 'Bereikbaarheid via de netwerken',
  accessCaveat:
    'Gemodelleerd, niet gemeten: openbaar vervoer volgens de haltevolgorde van de MIVB met gemiddelde snelheden en wachttijden, zonder dienstregeling, plus te voet; inwoners uit de volkstelling 2021 (Statbel); wegen van 2013.',
  accessNotComputed: 'niet berekend',
  accessNotComputedUser: 'Niet berekend voor uw eigen sites: het model draait bij het opbouwen van de gegevens. De sectorscores tellen deze criteria als onbekend (0).',
  accessCaveatShort: '(gemodelleerd: MIVB zonder dienstregeling, wegen van 2013):',
  accessSummary: 'inwoners binnen 20 / 30 / 45 min met het openbaar vervoer {residents}, waarvan werkend {employed}; vrachtwagen tot de autosnelweg {truck}; kanaalkaai over de weg {quay}.',
};
