/** Messages of the substance search (datamed-substance-search). */
const fr = {
  searchLabel: 'Rechercher une substance',
  searchPlaceholder: 'Nom ou marque, par ex. paracétamol',
  searchInstructions:
    'Les substances correspondantes s’affichent sous le champ pendant la saisie. Flèches haut et bas pour les parcourir, Entrée pour choisir, Échap pour fermer la liste.',
  searchLoading: 'Chargement de la liste des substances…',
  searchError: 'La liste des substances n’a pas pu être chargée.',
  searchResults: (p: { count: string; shown: string; many: boolean; truncated: boolean }) =>
    p.truncated
      ? `${p.count} substances trouvées, les ${p.shown} premières sont affichées.`
      : p.many
        ? `${p.count} substances trouvées.`
        : '1 substance trouvée.',
  searchNoResult: (p: { query: string }) => `Aucune substance ne correspond à «\u00a0${p.query}\u00a0».`,
  searchAlias: 'autre nom\u00a0:',
  searchShortagesOnly: 'ruptures de stock seulement',
  searchSelected: (p: { name: string }) => `Substance choisie\u00a0: ${p.name}.`,
  searchClear: 'Effacer la recherche',
};

const en: typeof fr = {
  searchLabel: 'Search for a substance',
  searchPlaceholder: 'Name or brand, e.g. paracetamol',
  searchInstructions:
    'Matching substances appear below the field as you type. Up and down arrows to browse them, Enter to choose, Escape to close the list.',
  searchLoading: 'Loading the list of substances…',
  searchError: 'The list of substances could not be loaded.',
  searchResults: (p) =>
    p.truncated
      ? `${p.count} substances found, the first ${p.shown} are shown.`
      : p.many
        ? `${p.count} substances found.`
        : '1 substance found.',
  searchNoResult: (p) => `No substance matches “${p.query}”.`,
  searchAlias: 'also known as',
  searchShortagesOnly: 'shortages only',
  searchSelected: (p) => `Substance chosen: ${p.name}.`,
  searchClear: 'Clear the search',
};

export const search = { fr, en };
