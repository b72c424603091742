import type { SearchMessages } from './search.js';

/** English search messages, loaded on demand. */
const en: SearchMessages = {
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
  searchGroupSubstances: 'Substances',
  searchGroupProducts: 'Medicines (products)',
  searchResultsGrouped: (p) =>
    `${p.s} ${p.substances === 1 ? 'substance' : 'substances'} and ${p.p} ${p.products === 1 ? 'product' : 'products'} found${p.truncated ? `, the first ${p.shown} are shown` : ''}.`,
  searchProductResults: (p) =>
    p.truncated
      ? `${p.count} products found, the first ${p.shown} are shown.`
      : p.many
        ? `${p.count} products found.`
        : '1 product found.',
  searchNoResultGrouped: (p) => `No substance or product matches “${p.query}”.`,
  searchProductSelected: (p) => `Product chosen: ${p.name}.`,
  searchProductShortage: 'out of stock',
  searchProductRisk: 'risk of shortage',
};

export default en;
