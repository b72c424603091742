import { define } from '../base/define.js';
import { DatamedShortageTimeline } from './shortage-timeline.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedShortageTimeline };
export type { ShortageSelectDetail } from './shortage-timeline.component.js';

define('datamed-shortage-timeline', DatamedShortageTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-shortage-timeline': DatamedShortageTimeline;
  }
}
