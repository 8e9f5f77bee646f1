/** UI strings of the state part of the app, merged into the dictionaries by dict.ts (every key in the three languages). */

export const enState = {
  linkIgnoredOne: 'One part of this link was not understood and was ignored: {parts}.',
  linkIgnoredMany: '{n} parts of this link were not understood and were ignored: {parts}.',
  linkWeightsAbove: 'weights above {max} (set to {max})',
  linkInverted: '{part} (minimum above maximum)',
  linkNegative: '{part} (negative value)',
  linkShortlist: 'the shared shortlist (too long or cut)',
  storeNotesShortened: 'Notes shortened to {max} characters: {n}. A copy of the stored shortlist with the full notes was kept in this browser ({key}).',
  storeNotesShortenedNoBackup: 'Notes longer than {max} characters: {n}. No copy could be kept, so the shortlist will not be saved (which would shorten them) until you choose to.',
  gateNegative: 'Not applied: enter 0 or more.',
  gateMinAboveMax: 'Not applied: the minimum is above the maximum ({max}).',
  gateMaxBelowMin: 'Not applied: the maximum is below the minimum ({min}).',
  noWeights: 'All weights are 0: set at least one weight to rank the sites.',
};

export const frState: Record<keyof typeof enState, string> = {
  linkIgnoredOne: 'Une partie de ce lien n’a pas été comprise et a été ignorée : {parts}.',
  linkIgnoredMany: '{n} parties de ce lien n’ont pas été comprises et ont été ignorées : {parts}.',
  linkWeightsAbove: 'poids supérieurs à {max} (ramenés à {max})',
  linkInverted: '{part} (minimum supérieur au maximum)',
  linkNegative: '{part} (valeur négative)',
  linkShortlist: 'la sélection partagée (trop longue ou tronquée)',
  storeNotesShortened: 'Notes raccourcies à {max} caractères : {n}. Une copie de la sélection enregistrée, avec les notes complètes, a été conservée dans ce navigateur ({key}).',
  storeNotesShortenedNoBackup: 'Notes de plus de {max} caractères : {n}. Aucune copie n’a pu être conservée : la sélection ne sera pas enregistrée (ce qui les raccourcirait) sans votre accord.',
  gateNegative: 'Non appliqué : saisissez 0 ou plus.',
  gateMinAboveMax: 'Non appliqué : le minimum dépasse le maximum ({max}).',
  gateMaxBelowMin: 'Non appliqué : le maximum est inférieur au minimum ({min}).',
  noWeights: 'Tous les poids sont à 0 : donnez un poids à au moins un critère pour classer les sites.',
};

export const nlState: Record<keyof typeof enState, string> = {
  linkIgnoredOne: 'Eén deel van deze link werd niet begrepen en genegeerd: {parts}.',
  linkIgnoredMany: '{n} delen van deze link werden niet begrepen en genegeerd: {parts}.',
  linkWeightsAbove: 'gewichten boven {max} (op {max} gezet)',
  linkInverted: '{part} (minimum boven maximum)',
  linkNegative: '{part} (negatieve waarde)',
  linkShortlist: 'de gedeelde selectie (te lang of afgebroken)',
  storeNotesShortened: 'Notities ingekort tot {max} tekens: {n}. Een kopie van de opgeslagen selectie met de volledige notities is in deze browser bewaard ({key}).',
  storeNotesShortenedNoBackup: 'Notities langer dan {max} tekens: {n}. Er kon geen kopie bewaard worden: de selectie wordt pas opgeslagen (wat ze zou inkorten) als u daarvoor kiest.',
  gateNegative: 'Niet toegepast: geef 0 of meer in.',
  gateMinAboveMax: 'Niet toegepast: het minimum ligt boven het maximum ({max}).',
  gateMaxBelowMin: 'Niet toegepast: het maximum ligt onder het minimum ({min}).',
  noWeights: 'Alle gewichten staan op 0: geef minstens één criterium een gewicht om de sites te rangschikken.',
};
