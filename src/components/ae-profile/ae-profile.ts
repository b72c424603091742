import { define } from '../base/define.js';
import { DatamedAeProfile } from './ae-profile.component.js';

// Typed `addEventListener` for the datamed-* events (declarations only).
export type { DatamedEventMap } from '../../events.js';
export { DatamedAeProfile };
export { PROFILE_SECTIONS, type ProfileSectionKey } from '../../adverse-effects/profile.js';

define('datamed-ae-profile', DatamedAeProfile);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-ae-profile': DatamedAeProfile;
  }
}
