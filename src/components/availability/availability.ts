import { define } from '../base/define.js';
import { DatamedAvailability } from './availability.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedAvailability };

define('datamed-availability', DatamedAvailability);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-availability': DatamedAvailability;
  }
}
