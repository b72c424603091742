import { define } from '../base/define.js';
import { DatamedMedErrors } from './med-errors.component.js';

export { DatamedMedErrors };

define('datamed-med-errors', DatamedMedErrors);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-med-errors': DatamedMedErrors;
  }
}
