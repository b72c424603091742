// The GraphQL demo page (`npm start` only: the dev server serves the DataMed stand-in at /__graphql__).
// The whole library includes the GraphQL adapter.
import '../src/index.js';
import { addCopyButtons } from './copy-buttons.js';

addCopyButtons(document);
