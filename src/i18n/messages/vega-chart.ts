/** Messages of <datamed-vega-chart>. */
const fr = {
  vegaDefaultHeading: 'Graphique personnalisé',
  vegaHeading: (p: { dataset: string; name: string }) => `${p.dataset} : ${p.name}`,
  vegaNoSpec: 'Aucune spécification Vega-Lite n’a été fournie.',
  vegaBadSpec: 'La spécification Vega-Lite fournie ne peut pas être dessinée.',
  vegaUnknownDataset: (p: { names: string }) => `Jeu de données inconnu. Jeux disponibles : ${p.names}.`,
  vegaNoDataset: 'Ces données ne contiennent pas ce jeu de données.',
  vegaLoadingLibrary: 'Chargement de la bibliothèque de graphiques…',
  downloadSpec: 'Spécification Vega-Lite (JSON)',
};

/** The vegaChart messages' shape: the English table (`vega-chart.en.ts`) has the same keys. */
export type VegaChartMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const vegaChart = { fr, en: () => import('./vega-chart.en.js').then((m) => m.default) };
