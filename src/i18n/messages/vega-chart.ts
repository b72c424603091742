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

const en: typeof fr = {
  vegaDefaultHeading: 'Custom chart',
  vegaHeading: (p) => `${p.dataset}: ${p.name}`,
  vegaNoSpec: 'No Vega-Lite specification was given.',
  vegaBadSpec: 'The Vega-Lite specification given cannot be drawn.',
  vegaUnknownDataset: (p) => `Unknown dataset. Available datasets: ${p.names}.`,
  vegaNoDataset: 'These data do not hold this dataset.',
  vegaLoadingLibrary: 'Loading the chart library…',
  downloadSpec: 'Vega-Lite specification (JSON)',
};

export const vegaChart = { fr, en };
