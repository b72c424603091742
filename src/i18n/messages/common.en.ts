import type { CommonMessages } from './common.js';

/** English common messages, loaded on demand. */
const en: CommonMessages = {
  demoBadge: 'Fictional data',
  demoBadgeTitle: 'These figures are made up for demonstration: they describe no real medicine.',
  source: 'Source',
  period: 'Period',
  updated: 'Updated',
  viewSwitch: 'View',
  viewChart: 'Chart',
  serverTableSummary: 'See the data as a table',
  viewTable: 'Table',
  download: 'Download',
  downloadSoon: 'Downloads will be available soon.',
  retry: 'Try again',
  loading: 'Loading data…',
  empty: 'No data to display.',
  tooFew: 'No data to display because the number of cases is too small or zero.',
  suppressedValue: () => 'hidden',
  suppressedShort: () => 'hidden value',
  errorTitle: 'The data could not be displayed.',
  defaultSourceLabel: 'ANSM',
  missingSubstance: 'Name a substance with the “substance” attribute.',
};

export default en;
