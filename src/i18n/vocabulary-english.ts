/** The English of the data's vocabularies, as a message module (loaded with a page's other English). */
import type { MessageModule } from './messages.js';

/**
 * The English labels of the adverse-effect vocabularies (organ classes, sex, seriousness and its
 * criteria, reporters, medication errors, usage levels), as a message module: a widget showing them
 * registers it (`useMessages`), and a page in English loads it with its other English messages.
 */
export const VOCABULARY_ENGLISH: MessageModule = {
  fr: {},
  en: () =>
    import('../data/vocabulary.en.js').then((m) => {
      m.applyEnglish();
      return {};
    }),
};
