/** Messages of the downloads, bundled with the on-demand export code (src/export/chart-export.ts). */
const fr = {
  exportBlocked:
    'Le téléchargement a été bloqué par la politique de sécurité de la page. Essayez le format SVG ou CSV.',
  exportFailed: 'Le téléchargement a échoué. Essayez un autre format.',
};

/** The exports messages' shape: the English table (`exports.en.ts`) has the same keys. */
export type ExportsMessages = typeof fr;

/** French built in; English in its own chunk, loaded only by pages that need it (../messages.ts). */
export const exportsMessages = { fr, en: () => import('./exports.en.js').then((m) => m.default) };
