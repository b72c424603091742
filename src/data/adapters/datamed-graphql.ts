/**
 * DataMed's GraphQL API as a source, with its building blocks: importing this module registers
 * the adapter (datamed-graphql-register.ts); `datamed-widgets/graphql` and the whole library
 * export these for whoever wants to call the API directly.
 */
export { graphqlEndpoint } from './datamed-graphql-register.js';
export * from './datamed-graphql-adapter.js';
export { SUBSTANCE_QUERY, SUBSTANCES_QUERY } from './datamed-queries.js';
export { ageKey } from './datamed-map-rows.js';
export { reporterKey, substanceToContract } from './datamed-map-substance.js';
