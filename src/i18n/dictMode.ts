/**
 * Strings the explorer needs at start for views whose own strings load with their chunks: the switch to the planner
 * view, and the user sites' layer row, legend, fold-out title and drop overlay (merged into dict.ts).
 */
export const modeEn = {
  layerUserSites: 'Your sites',
  usLegendArea: 'Drawn or imported area',
  usLegendPoint: 'Point (area given or unknown)',
  usTitle: 'Your sites',
  usDropHere: 'Drop a file here to import its sites',
  usDropLimits: 'GeoJSON, FlatGeobuf, zipped Shapefile, GeoPackage or CSV',
  modeLabel: 'View',
  modeSites: 'Sites by sector',
  modePlanner: 'Municipalities (planners)',
  plannerLoading: 'Loading the municipality indicators…',
};
export const modeFr: Record<keyof typeof modeEn, string> = {
  layerUserSites: 'Vos sites',
  usLegendArea: 'Surface dessinée ou importée',
  usLegendPoint: 'Point (superficie donnée ou inconnue)',
  usTitle: 'Vos sites',
  usDropHere: 'Déposez un fichier ici pour importer ses sites',
  usDropLimits: 'GeoJSON, FlatGeobuf, shapefile zippé, GPKG ou CSV',
  modeLabel: 'Vue',
  modeSites: 'Sites par secteur',
  modePlanner: 'Communes (urbanistes)',
  plannerLoading: 'Chargement des indicateurs par commune…',
};
export const modeNl: Record<keyof typeof modeEn, string> = {
  layerUserSites: 'Uw sites',
  usLegendArea: 'Getekende of geïmporteerde oppervlakte',
  usLegendPoint: 'Punt (oppervlakte opgegeven of onbekend)',
  usTitle: 'Uw sites',
  usDropHere: 'Laat een bestand hier los om de sites ervan te importeren',
  usDropLimits: 'GeoJSON, FlatGeobuf, gezipte Shapefile, GeoPackage of CSV',
  modeLabel: 'Weergave',
  modeSites: 'Sites per sector',
  modePlanner: 'Gemeenten (planners)',
  plannerLoading: 'Indicatoren per gemeente laden…',
};
