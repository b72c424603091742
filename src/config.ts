/**
 * `datamed-widgets/config`: the page-level helpers without any element and without side effects, for an
 * application that imports its elements one by one (the root entry registers them all):
 *
 * ```ts
 * import 'datamed-widgets/key-figure';
 * import { configure } from 'datamed-widgets/config';
 * configure({ source: '/datamed/' });
 * ```
 */
export { configure, getConfig, demoDataUrl } from './data/config.js';
export type { DatamedConfig } from './data/config.js';
export { DatamedError } from './data/errors.js';
export type { ErrorKind } from './data/errors.js';
export type * from './events.js';
