/** Messages of the iframe page `embed.html`. */
const fr = {
  embedUnknownWidget: (p: { widgets: string }) =>
    `Ce widget ne peut pas être affiché : l’adresse ne désigne aucun widget connu. Widgets connus : ${p.widgets}.`,
};

/** The embed messages' shape: the English table (`embed.en.ts`) has the same keys. */
export type EmbedMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const embed = { fr, en: () => import('./embed.en.js').then((m) => m.default) };
