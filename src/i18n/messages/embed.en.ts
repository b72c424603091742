import type { EmbedMessages } from './embed.js';

/** English embed messages, loaded on demand. */
const en: EmbedMessages = {
  embedUnknownWidget: (p) =>
    `This widget cannot be shown: the address names no known widget. Known widgets: ${p.widgets}.`,
};

export default en;
