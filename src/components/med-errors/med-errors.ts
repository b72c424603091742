import { define } from '../base/define.js';
import { DatamedMedErrors } from './med-errors.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedMedErrors };

define('datamed-med-errors', DatamedMedErrors);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-med-errors': DatamedMedErrors;
  }
}
