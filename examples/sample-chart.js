// Figures given to a chart building block through its `.data` property (a `ChartData` object).
export const SAMPLE_CHART = {
  heading: 'Cas déclarés par tranche d’âge',
  caption: 'Nombre de cas déclarés par tranche d’âge (données fictives)',
  series: [{ key: 'cases', label: 'Cas déclarés', total: 1200 }],
  categories: [
    { key: '0-17', label: '0 à 17 ans', values: [{ count: 150 }] },
    { key: '18-64', label: '18 à 64 ans', values: [{ count: 640 }] },
    { key: '65+', label: '65 ans et plus', values: [{ count: 410 }] },
  ],
  unit: { one: 'cas', many: 'cas' },
  threshold: 11,
};
