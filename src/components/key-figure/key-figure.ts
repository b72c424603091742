import { define } from '../base/define.js';
import { DatamedKeyFigure } from './key-figure.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedKeyFigure };
export type { KeyFigure, KeyFiguresData } from '../../adverse-effects/key-figures.js';

define('datamed-key-figure', DatamedKeyFigure);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-key-figure': DatamedKeyFigure;
  }
}
