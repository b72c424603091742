/** Messages of the chart building blocks: summaries, tooltips, drill-down, legends, exports. */
import { isOne } from '../plural.js';

const fr = {
  chartDefaultHeading: 'Graphique',
  hiddenValues: 'Valeurs masquées',
  hiddenValuesDetail: (p: { threshold: number }) =>
    `moins de ${p.threshold}\u00a0cas chacune, ou masquées pour qu’un petit effectif ne puisse pas être recalculé`,
  hiddenCount: (p: { count: number }) =>
    isOne('fr', p.count) ? `${p.count}\u00a0valeur masquée` : `${p.count}\u00a0valeurs masquées`,
  summaryTotal: (p: { total: string }) => `${p.total} au total.`,
  summaryLargest: (p: { label: string; value: string }) =>
    `La plus grande valeur est «\u00a0${p.label}\u00a0» avec ${p.value}.`,
  summaryLargestTrend: (p: { label: string; value: string }) =>
    `Le maximum est atteint en ${p.label} avec ${p.value}.`,
  summaryRange: (p: { first: string; firstValue: string; last: string; lastValue: string }) =>
    `De ${p.firstValue} en ${p.first} à ${p.lastValue} en ${p.last}.`,
  summaryCategories: (p: { count: number }) =>
    isOne('fr', p.count) ? `${p.count} catégorie.` : `${p.count} catégories.`,
  summaryHidden: (p: { count: number; threshold: number }) =>
    isOne('fr', p.count)
      ? `${p.count}\u00a0valeur est masquée (moins de ${p.threshold}\u00a0cas, ou pour qu’un petit effectif ne puisse pas être recalculé).`
      : `${p.count}\u00a0valeurs sont masquées (moins de ${p.threshold}\u00a0cas, ou pour qu’un petit effectif ne puisse pas être recalculé).`,
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
  exportUnavailable: 'Téléchargement impossible (connexion ?) : réessayez.',
  valueWithShare: (p: { value: string; share: string }) => `${p.value} (${p.share})`,
  notInData: 'absent de ces données',
};

/** The charts messages' shape: the English table (`charts.en.ts`) has the same keys. */
export type ChartsMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const charts = { fr, en: () => import('./charts.en.js').then((m) => m.default) };
