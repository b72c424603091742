/**
 * Source adapter for DataMed's public GraphQL API: a widget whose `source` is `graphql:https://…`
 * (or an endpoint whose path ends in `/graphql`) reads it instead of static files, once this module
 * is imported (it registers itself; the whole library imports it). The queries and the mappings
 * are in datamed-graphql-adapter.ts.
 *
 * Loading them on demand (a dynamic import) would take some 8 KB (min + gzip) out of the whole
 * library's CDN file, but Rolldown then splits the modules it shares with the other chunks into
 * chunks of their own, which the CDN file imports at start: it would no longer be self-contained
 * (test/node/distribution.test.ts). Kept static until that is solved.
 */
import { registerSourceAdapter } from '../sources.js';
import {
  graphqlAdverseEffects,
  graphqlAllMedicines,
  graphqlIndex,
  graphqlProduct,
  graphqlProducts,
  graphqlShortages,
} from './datamed-graphql-adapter.js';

/** `graphql:https://…` or a path ending in `/graphql`: the endpoint, else undefined. */
export function graphqlEndpoint(source: string): string | undefined {
  if (source.startsWith('graphql:')) return source.slice('graphql:'.length);
  try {
    return /\/graphql\/?$/.test(new URL(source).pathname) ? source : undefined;
  } catch {
    return undefined;
  }
}

registerSourceAdapter({
  name: 'datamed-graphql',
  endpoint: graphqlEndpoint,
  index: graphqlIndex,
  products: graphqlProducts,
  adverseEffects: graphqlAdverseEffects,
  shortages: graphqlShortages,
  product: graphqlProduct,
  allMedicines: graphqlAllMedicines,
});
