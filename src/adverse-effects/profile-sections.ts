/**
 * The sections of <datamed-ae-profile>, in their default order. A module of its own so that what
 * only checks a `sections` value (the iframe page's allow-list) does not bundle the profile's model.
 */
export const PROFILE_SECTIONS = [
  'key-figures',
  'sex',
  'age',
  'patients',
  'organs',
  'seriousness',
  'reporters',
  'trend',
] as const;
export type ProfileSectionKey = (typeof PROFILE_SECTIONS)[number];
