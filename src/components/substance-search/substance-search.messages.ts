import { translator } from '../../i18n/messages.js';
import { common } from '../../i18n/messages/common.js';
import { search } from '../../i18n/messages/search.js';

/** Messages of the search box (it has no charts, no key figures). */
export const t = translator(common, search);
