/** Messages of the chart building blocks: summaries, tooltips, drill-down, legends, exports. */
const fr = {
  chartDefaultHeading: 'Graphique',
  hiddenValues: 'Valeurs masquées',
  hiddenValuesDetail: (p: { threshold: number }) =>
    `moins de ${p.threshold} chacune, au moins ${p.threshold} ensemble`,
  hiddenCount: (p: { count: number }) => (p.count === 1 ? '1 valeur masquée' : `${p.count} valeurs masquées`),
  summaryTotal: (p: { total: string }) => `${p.total} au total.`,
  summaryLargest: (p: { label: string; value: string }) =>
    `La plus grande valeur est «\u00a0${p.label}\u00a0» avec ${p.value}.`,
  summaryLargestTrend: (p: { label: string; value: string }) =>
    `Le maximum est atteint en ${p.label} avec ${p.value}.`,
  summaryRange: (p: { first: string; firstValue: string; last: string; lastValue: string }) =>
    `De ${p.firstValue} en ${p.first} à ${p.lastValue} en ${p.last}.`,
  summaryCategories: (p: { count: number }) => (p.count === 1 ? '1 catégorie.' : `${p.count} catégories.`),
  summaryHidden: (p: { count: number; threshold: number }) =>
    p.count === 1
      ? `1 valeur est masquée car inférieure à ${p.threshold}.`
      : `${p.count} valeurs sont masquées car inférieures à ${p.threshold}.`,
  summaryNoData: 'Aucune valeur à afficher.',
  summaryParts: (p: { parts: string }) => `Dont ${p.parts}.`,
  chartKeyboardHint:
    'Flèches pour parcourir les valeurs, Entrée pour le détail, Échap pour fermer l’info-bulle.',
  chartLabel: (p: { heading: string }) => `${p.heading}, graphique`,
  drillHint: 'détail disponible',
  drillBack: (p: { label: string }) => `Retour à «\u00a0${p.label}\u00a0»`,
  drillHeading: (p: { parent: string }) => `Détail : ${p.parent}`,
  category: 'Catégorie',
  count: 'Nombre',
  share: 'Part',
  total: 'Total',
  legend: 'Légende',
  downloadCsv: 'Données (CSV)',
  downloadSvg: 'Image vectorielle (SVG)',
  downloadPng: 'Image (PNG)',
  downloadVegaLite: 'Spécification Vega-Lite (JSON)',
  exportBlocked:
    'Le téléchargement a été bloqué par la politique de sécurité de la page. Essayez le format SVG ou CSV.',
  valueWithShare: (p: { value: string; share: string }) => `${p.value} (${p.share})`,
  notInData: 'absent de ces données',
};

const en: typeof fr = {
  chartDefaultHeading: 'Chart',
  hiddenValues: 'Hidden values',
  hiddenValuesDetail: (p) => `fewer than ${p.threshold} each, at least ${p.threshold} together`,
  hiddenCount: (p) => (p.count === 1 ? '1 hidden value' : `${p.count} hidden values`),
  summaryTotal: (p) => `${p.total} in total.`,
  summaryLargest: (p) => `The largest value is “${p.label}” with ${p.value}.`,
  summaryLargestTrend: (p) => `The highest value is in ${p.label}, with ${p.value}.`,
  summaryRange: (p) => `From ${p.firstValue} in ${p.first} to ${p.lastValue} in ${p.last}.`,
  summaryCategories: (p) => (p.count === 1 ? '1 category.' : `${p.count} categories.`),
  summaryHidden: (p) =>
    p.count === 1
      ? `1 value is hidden because it is below ${p.threshold}.`
      : `${p.count} values are hidden because they are below ${p.threshold}.`,
  summaryNoData: 'No value to display.',
  summaryParts: (p) => `Of which ${p.parts}.`,
  chartKeyboardHint: 'Arrow keys to go through the values, Enter for details, Escape to close the tooltip.',
  chartLabel: (p) => `${p.heading}, chart`,
  drillHint: 'details available',
  drillBack: (p) => `Back to “${p.label}”`,
  drillHeading: (p) => `Details: ${p.parent}`,
  category: 'Category',
  count: 'Count',
  share: 'Share',
  total: 'Total',
  legend: 'Legend',
  downloadCsv: 'Data (CSV)',
  downloadSvg: 'Vector image (SVG)',
  downloadPng: 'Image (PNG)',
  downloadVegaLite: 'Vega-Lite specification (JSON)',
  exportBlocked: 'The download was blocked by the page’s security policy. Try the SVG or CSV format.',
  valueWithShare: (p) => `${p.value} (${p.share})`,
  notInData: 'not in these data',
};

export const charts = { fr, en };
