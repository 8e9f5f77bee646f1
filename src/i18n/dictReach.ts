/** UI strings of the selected site's reach on the map (issue 13): its legend, merged into the dictionaries by dict.ts. */

export const reachEn = {
  reachLegend: 'Access from this site',
  reachTransit: 'Reached by public transport within {max} min',
  reachClass: '{from}–{to} min',
  reachRoute: 'Truck route to the motorway (roads as of 2013)',
  reachModel: 'A model, not a journey planner',
  reachCaveat:
    'A model, not a journey planner: public-transport times from the timetable, with walking to and from the stops and average waits; the truck route over the 2013 road network at assumed speeds. Real journeys differ.',
};

export const reachFr: Record<keyof typeof reachEn, string> = {
  reachLegend: 'Accès depuis ce site',
  reachTransit: 'Atteint en transports publics en {max} min au plus',
  reachClass: '{from}–{to} min',
  reachRoute: 'Itinéraire poids lourds vers l’autoroute (routes de 2013)',
  reachModel: 'Un modèle, pas un planificateur d’itinéraire',
  reachCaveat:
    'Un modèle, pas un planificateur d’itinéraire : temps en transports publics selon les horaires, marche vers et depuis les arrêts et attentes moyennes comprises ; itinéraire poids lourds sur le réseau routier de 2013 à des vitesses supposées. Les trajets réels diffèrent.',
};

export const reachNl: Record<keyof typeof reachEn, string> = {
  reachLegend: 'Bereikbaarheid vanaf deze site',
  reachTransit: 'Bereikt met het openbaar vervoer binnen {max} min',
  reachClass: '{from}–{to} min',
  reachRoute: 'Vrachtwagenroute naar de autosnelweg (wegen van 2013)',
  reachModel: 'Een model, geen routeplanner',
  reachCaveat:
    'Een model, geen routeplanner: reistijden met het openbaar vervoer volgens de dienstregeling, met lopen van en naar de haltes en gemiddelde wachttijden; de vrachtwagenroute over het wegennet van 2013 aan aangenomen snelheden. Echte verplaatsingen verschillen.',
};
