import type { ExportsMessages } from './exports.js';

/** English exports messages, loaded on demand. */
const en: ExportsMessages = {
  exportBlocked: 'The download was blocked by the page’s security policy. Try the SVG or CSV format.',
  exportFailed: 'The download failed. Try another format.',
};

export default en;
