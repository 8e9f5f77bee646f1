/** UI strings of the data part of the app, merged into the dictionaries by dict.ts (every key in the three languages). */

export const enData = {
  dataNotices: 'Data left out',
  dataSkippedLayer: 'Layer “{layer}” was skipped: its entry in manifest.json is invalid ({reason}).',
  dataSkippedEntry: 'An entry of manifest.json ({name}) was skipped: {reason}.',
  dataSkippedBasemap: 'Basemap archive “{name}” was skipped: its entry in manifest.json is invalid ({reason}).',
  dataBasemapFailed: 'Basemap archive {file} could not be read and was left out ({message}); the data layers are not affected.',
  dataErrSkipped: 'skipped (invalid entry in manifest.json)',
  dataNeedsRegion: 'needs the region outline, which could not be loaded',
  dataNeedsNo2Points: 'needs the NO2 measurements, which could not be loaded',
  dataNoSites: 'No sites could be loaded: {detail}',
};

export const frData: Record<keyof typeof enData, string> = {
  dataNotices: 'Données écartées',
  dataSkippedLayer: 'Couche « {layer} » ignorée : son entrée dans manifest.json n’est pas valide ({reason}).',
  dataSkippedEntry: 'Une entrée de manifest.json ({name}) a été ignorée : {reason}.',
  dataSkippedBasemap: 'Archive du fond de carte « {name} » ignorée : son entrée dans manifest.json n’est pas valide ({reason}).',
  dataBasemapFailed: 'L’archive du fond de carte {file} n’a pas pu être lue et a été retirée ({message}) ; les couches de données ne sont pas touchées.',
  dataErrSkipped: 'ignorée (entrée non valide dans manifest.json)',
  dataNeedsRegion: 'nécessite le contour de la Région, qui n’a pas pu être chargé',
  dataNeedsNo2Points: 'nécessite les mesures de NO2, qui n’ont pas pu être chargées',
  dataNoSites: 'Aucun site n’a pu être chargé : {detail}',
};

export const nlData: Record<keyof typeof enData, string> = {
  dataNotices: 'Weggelaten gegevens',
  dataSkippedLayer: 'Laag „{layer}” overgeslagen: de vermelding in manifest.json is ongeldig ({reason}).',
  dataSkippedEntry: 'Een vermelding in manifest.json ({name}) is overgeslagen: {reason}.',
  dataSkippedBasemap: 'Archief „{name}” van de achtergrondkaart overgeslagen: de vermelding in manifest.json is ongeldig ({reason}).',
  dataBasemapFailed: 'Archief {file} van de achtergrondkaart kon niet worden gelezen en is weggelaten ({message}); de gegevenslagen werken gewoon.',
  dataErrSkipped: 'overgeslagen (ongeldige vermelding in manifest.json)',
  dataNeedsRegion: 'heeft de omtrek van het Gewest nodig, die niet kon worden geladen',
  dataNeedsNo2Points: 'heeft de NO2-metingen nodig, die niet konden worden geladen',
  dataNoSites: 'Er konden geen sites worden geladen: {detail}',
};
