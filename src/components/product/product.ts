import { define } from '../base/define.js';
import { DatamedProduct } from './product.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedProduct };

define('datamed-product', DatamedProduct);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-product': DatamedProduct;
  }
}
