import type { ChartsMessages } from './charts.js';
import { isOne } from '../plural.js';

/** English charts messages, loaded on demand. */
const en: ChartsMessages = {
  chartDefaultHeading: 'Chart',
  hiddenValues: 'Hidden values',
  hiddenValuesDetail: (p) =>
    `fewer than ${p.threshold}\u00a0cases each, or hidden so that a small count cannot be recomputed`,
  hiddenCount: (p) =>
    isOne('en', p.count) ? `${p.count}\u00a0hidden value` : `${p.count}\u00a0hidden values`,
  summaryTotal: (p) => `${p.total} in total.`,
  summaryLargest: (p) => `The largest value is “${p.label}” with ${p.value}.`,
  summaryLargestTrend: (p) => `The highest value is in ${p.label}, with ${p.value}.`,
  summaryRange: (p) => `From ${p.firstValue} in ${p.first} to ${p.lastValue} in ${p.last}.`,
  summaryCategories: (p) => (isOne('en', p.count) ? `${p.count} category.` : `${p.count} categories.`),
  summaryHidden: (p) =>
    isOne('en', p.count)
      ? `${p.count}\u00a0value is hidden (fewer than ${p.threshold}\u00a0cases, or so that a small count cannot be recomputed).`
      : `${p.count}\u00a0values are hidden (fewer than ${p.threshold}\u00a0cases, or so that a small count cannot be recomputed).`,
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
  exportUnavailable: 'The download could not start (connection?): try again.',
  valueWithShare: (p) => `${p.value} (${p.share})`,
  notInData: 'not in these data',
};

export default en;
