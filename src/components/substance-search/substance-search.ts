import { define } from '../base/define.js';
import { DatamedSubstanceSearch } from './substance-search.component.js';

export { DatamedSubstanceSearch };
export type { SubstanceSelectDetail } from './substance-search.component.js';

define('datamed-substance-search', DatamedSubstanceSearch);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-substance-search': DatamedSubstanceSearch;
  }
}
