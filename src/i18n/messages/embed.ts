/** Messages of the iframe page `embed.html`. */
const fr = {
  embedUnknownWidget: (p: { widgets: string }) =>
    `Ce widget ne peut pas être affiché : l’adresse ne désigne aucun widget connu. Widgets connus : ${p.widgets}.`,
};

const en: typeof fr = {
  embedUnknownWidget: (p) =>
    `This widget cannot be shown: the address names no known widget. Known widgets: ${p.widgets}.`,
};

export const embed = { fr, en };
