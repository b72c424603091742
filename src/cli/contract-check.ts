/**
 * Every file is checked twice before it is written: against the JSON Schemas the package ships
 * (what third-party readers rely on) and by the browser validator (what the widgets run, stricter
 * on unique keys, sums and real dates). A file failing either is a bug of the build, never written.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { TreeFile } from '../build/tree-types.js';
import {
  validateAdverseEffects,
  validateIndex,
  validateProductsIndex,
  validateShortages,
} from '../data/validate.js';
import { validateProduct } from '../data/validate-product.js';

const SCHEMA_BASE = 'https://datamed-widgets.example/schemas/';

export class ContractError extends Error {}

export function contractChecker(schemaDir: URL): (file: TreeFile) => void {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  for (const name of ['common', 'adverse-effects', 'index', 'products-index', 'shortages', 'product'])
    ajv.addSchema(JSON.parse(readFileSync(new URL(`${name}.schema.json`, schemaDir), 'utf8')) as object);
  const schemas: Record<TreeFile['kind'], ValidateFunction> = {
    index: ajv.getSchema(`${SCHEMA_BASE}index.schema.json`)!,
    'products-index': ajv.getSchema(`${SCHEMA_BASE}products-index.schema.json`)!,
    'adverse-effects': ajv.getSchema(`${SCHEMA_BASE}adverse-effects.schema.json`)!,
    shortages: ajv.getSchema(`${SCHEMA_BASE}shortages.schema.json`)!,
    product: ajv.getSchema(`${SCHEMA_BASE}product.schema.json`)!,
  };
  return (file) => {
    const schema = schemas[file.kind];
    if (!schema(file.value)) {
      const first = schema.errors?.[0];
      throw new ContractError(
        `${file.path}: does not match the JSON Schema: ${first?.instancePath || '(root)'} ${first?.message ?? ''}`,
      );
    }
    try {
      if (file.kind === 'index') validateIndex(file.value, file.path);
      else if (file.kind === 'products-index') validateProductsIndex(file.value, file.path);
      else if (file.kind === 'adverse-effects') validateAdverseEffects(file.value, file.path);
      else if (file.kind === 'product') validateProduct(file.value, file.path);
      else validateShortages(file.value, file.path);
    } catch (error) {
      throw new ContractError(`refused by the widgets' validator: ${(error as Error).message}`);
    }
  };
}
