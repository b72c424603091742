import { define } from '../base/define.js';
import { DatamedSubstanceSearch } from './substance-search.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedSubstanceSearch };
export type { SubstanceSelectDetail } from './substance-search.component.js';

define('datamed-substance-search', DatamedSubstanceSearch);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-substance-search': DatamedSubstanceSearch;
  }
}
