/** Strings of the switch between the sector view and the planner view (merged into dict.ts). */
export const modeEn = {
  modeLabel: 'View',
  modeSites: 'Sites by sector',
  modePlanner: 'Municipalities (planners)',
  plannerLoading: 'Loading the municipality indicators…',
};
export const modeFr: Record<keyof typeof modeEn, string> = {
  modeLabel: 'Vue',
  modeSites: 'Sites par secteur',
  modePlanner: 'Communes (urbanistes)',
  plannerLoading: 'Chargement des indicateurs par commune…',
};
export const modeNl: Record<keyof typeof modeEn, string> = {
  modeLabel: 'Weergave',
  modeSites: 'Sites per sector',
  modePlanner: 'Gemeenten (planners)',
  plannerLoading: 'Indicatoren per gemeente laden…',
};
