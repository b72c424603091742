import { define } from '../base/define.js';
import { DatamedAeProfile } from './ae-profile.component.js';

export { DatamedAeProfile };
export { PROFILE_SECTIONS, type ProfileSectionKey } from './ae-profile.model.js';

define('datamed-ae-profile', DatamedAeProfile);

declare global {
  interface HTMLElementTagNameMap {
    'datamed-ae-profile': DatamedAeProfile;
  }
}
