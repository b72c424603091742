/**
 * DataMed Widgets: the whole library. Importing this module registers every element.
 * To register one element only, import its own entry (e.g. `datamed-widgets/key-figure`).
 */
export { configure, getConfig, demoDataUrl } from './data/config.js';
export { DatamedError } from './data/errors.js';
export type { ErrorKind } from './data/errors.js';
export { sourceFor, StaticSource, registerSourceFactory } from './data/repository.js';
export type { DataSource, ShortageScope } from './data/repository.js';
export * from './data/contract.js';
export { DatamedElement } from './components/base/datamed-element.js';
export * from './components/key-figure/key-figure.js';
export * from './components/substance-search/substance-search.js';
