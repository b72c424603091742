/**
 * `datamed-widgets/graphql`: lets widgets read DataMed's GraphQL API (`source="graphql:https://…"`).
 * The whole library includes it; a page that loads single elements imports it once.
 */
export * from './data/adapters/datamed-graphql.js';
