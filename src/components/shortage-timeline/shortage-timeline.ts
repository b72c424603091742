import { define } from '../base/define.js';
import { DatamedShortageTimeline } from './shortage-timeline.component.js';

export { DatamedShortageTimeline };
export type { ShortageSelectDetail } from './shortage-timeline.component.js';

define('datamed-shortage-timeline', DatamedShortageTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-shortage-timeline': DatamedShortageTimeline;
  }
}
