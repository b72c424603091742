import { define } from '../base/define.js';
import { DatamedShortageOverview } from './shortage-overview.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedShortageOverview };

define('datamed-shortage-overview', DatamedShortageOverview);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-shortage-overview': DatamedShortageOverview;
  }
}
