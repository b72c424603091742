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
  searchGroupSubstances: 'Substances',
  searchGroupProducts: 'Spécialités',
  searchResultsGrouped: (p: {
    substances: number;
    products: number;
    s: string;
    p: string;
    shown: string;
    truncated: boolean;
  }) =>
    `${p.s} ${p.substances > 1 ? 'substances' : 'substance'} et ${p.p} ${p.products > 1 ? 'spécialités trouvées' : 'spécialité trouvée'}${p.truncated ? `, les ${p.shown} premières sont affichées` : ''}.`,
  searchProductResults: (p: { count: string; shown: string; many: boolean; truncated: boolean }) =>
    p.truncated
      ? `${p.count} spécialités trouvées, les ${p.shown} premières sont affichées.`
      : p.many
        ? `${p.count} spécialités trouvées.`
        : '1 spécialité trouvée.',
  searchNoResultGrouped: (p: { query: string }) =>
    `Aucune substance ni spécialité ne correspond à «\u00a0${p.query}\u00a0».`,
  searchProductSelected: (p: { name: string }) => `Spécialité choisie\u00a0: ${p.name}.`,
  searchProductShortage: 'en rupture de stock',
  searchProductRisk: 'risque de rupture',
};

/** The search messages' shape: the English table (`search.en.ts`) has the same keys. */
export type SearchMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const search = { fr, en: () => import('./search.en.js').then((m) => m.default) };
