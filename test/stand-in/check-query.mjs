/**
 * A small, honest checker of GraphQL queries against the field table of schema.mjs (the `graphql`
 * package is not a dependency of this project): it parses one operation — named or anonymous query,
 * variable definitions, aliases, arguments given as variables or literals — and refuses what the
 * real server would refuse: unknown fields, a sub-selection on a scalar or none on an object,
 * unknown or missing arguments, a variable of the wrong type or not provided. It does not support
 * fragments, directives nor several operations: it refuses them (our adapter sends none).
 */
import { SCALARS, TYPES, namedType } from './schema.mjs';

export class QueryError extends Error {
  constructor(message, code = 'GRAPHQL_VALIDATION_FAILED') {
    super(message);
    this.code = code;
  }
}

/** Punctuators, strings, numbers and names; white space, commas and comments are skipped. */
const TOKEN =
  /[\s,]+|#[^\n]*|(\.\.\.|[{}():!$@=[\]]|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[_A-Za-z][_0-9A-Za-z]*)/y;

function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new QueryError(`Syntax Error: Unexpected character at ${at}.`, 'GRAPHQL_PARSE_FAILED');
    if (m[1]) tokens.push(m[1]);
  }
  return tokens;
}

/** Parses one operation into { variables: Map name → type, selections }. */
export function parseQuery(text) {
  if (typeof text !== 'string' || !text.trim())
    throw new QueryError('Must provide query string.', 'BAD_REQUEST');
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected) => {
    const t = tokens[i++];
    if (t === undefined || (expected && t !== expected))
      throw new QueryError(
        `Syntax Error: Expected "${expected ?? 'a token'}", found ${t ?? '<EOF>'}.`,
        'GRAPHQL_PARSE_FAILED',
      );
    return t;
  };
  const name = () => {
    const t = take();
    if (!/^[_A-Za-z]/.test(t))
      throw new QueryError(`Syntax Error: Expected Name, found "${t}".`, 'GRAPHQL_PARSE_FAILED');
    return t;
  };
  const typeRef = () => {
    if (peek() === '[') {
      take('[');
      const inner = typeRef();
      take(']');
      const bang = peek() === '!' ? take('!') : '';
      return `[${inner}]${bang}`;
    }
    const n = name();
    return peek() === '!' ? `${n}${take('!')}` : n;
  };
  const value = () => {
    const t = take();
    if (t === '$') return { variable: name() };
    if (t.startsWith('"')) return { literal: JSON.parse(t), type: 'String' };
    if (/^-?\d+$/.test(t)) return { literal: Number(t), type: 'Int' };
    if (/^-?\d/.test(t)) return { literal: Number(t), type: 'Float' };
    throw new QueryError(`Syntax Error: unsupported argument value "${t}".`, 'GRAPHQL_PARSE_FAILED');
  };
  const selectionSet = () => {
    take('{');
    const out = [];
    while (peek() !== '}') {
      if (peek() === '...') throw new QueryError('Fragments are not supported by the stand-in checker.');
      if (peek() === '@') throw new QueryError('Directives are not supported by the stand-in checker.');
      let alias = name();
      let field = alias;
      if (peek() === ':') {
        take(':');
        field = name();
      }
      const args = {};
      if (peek() === '(') {
        take('(');
        while (peek() !== ')') {
          const arg = name();
          take(':');
          args[arg] = value();
        }
        take(')');
      }
      const selections = peek() === '{' ? selectionSet() : undefined;
      out.push({ alias, field, args, selections });
    }
    take('}');
    if (!out.length) throw new QueryError('Syntax Error: Expected Name, found "}".', 'GRAPHQL_PARSE_FAILED');
    return out;
  };

  const variables = new Map();
  if (peek() !== '{') {
    const kind = name();
    if (kind !== 'query') throw new QueryError(`Only queries are served, not "${kind}".`);
    if (peek() !== '(' && peek() !== '{') name();
    if (peek() === '(') {
      take('(');
      while (peek() !== ')') {
        take('$');
        const v = name();
        take(':');
        variables.set(v, typeRef());
      }
      take(')');
    }
  }
  const selections = selectionSet();
  if (i !== tokens.length) throw new QueryError('This stand-in serves one operation per request.');
  return { variables, selections };
}

/** Refuses what the real server's validation would: throws a QueryError with its message. */
export function validateQuery(parsed, variables = {}) {
  const used = new Set();
  const visit = (selections, typeName) => {
    const type = TYPES[typeName];
    const seen = new Map();
    for (const sel of selections) {
      const def = type[sel.field];
      if (!def) throw new QueryError(`Cannot query field "${sel.field}" on type "${typeName}".`);
      const previous = seen.get(sel.alias);
      if (previous && previous !== sel.field)
        throw new QueryError(
          `Fields "${sel.alias}" conflict because ${previous} and ${sel.field} are different fields.`,
        );
      seen.set(sel.alias, sel.field);
      const target = namedType(def.type);
      const scalar = SCALARS.has(target);
      if (scalar && sel.selections)
        throw new QueryError(
          `Field "${sel.field}" must not have a selection since type "${def.type}" has no subfields.`,
        );
      if (!scalar && !sel.selections)
        throw new QueryError(
          `Field "${sel.field}" of type "${def.type}" must have a selection of subfields.`,
        );
      const declared = def.args ?? {};
      for (const [arg, given] of Object.entries(sel.args)) {
        const expected = declared[arg];
        if (!expected) throw new QueryError(`Unknown argument "${arg}" on field "${typeName}.${sel.field}".`);
        if (given.variable !== undefined) {
          const varType = parsed.variables.get(given.variable);
          if (!varType) throw new QueryError(`Variable "$${given.variable}" is not defined.`);
          used.add(given.variable);
          // A nullable variable may not feed a non-null argument; the named types must match.
          if (
            namedType(varType) !== namedType(expected) ||
            (expected.endsWith('!') && !varType.endsWith('!'))
          )
            throw new QueryError(
              `Variable "$${given.variable}" of type "${varType}" used in position expecting type "${expected}".`,
            );
        } else if (given.type !== namedType(expected)) {
          throw new QueryError(`${namedType(expected)} cannot represent a non ${namedType(expected)} value.`);
        }
      }
      for (const [arg, expected] of Object.entries(declared)) {
        if (expected.endsWith('!') && !(arg in sel.args))
          throw new QueryError(
            `Field "${sel.field}" argument "${arg}" of type "${expected}" is required, but it was not provided.`,
          );
      }
      if (sel.selections) visit(sel.selections, target);
    }
  };
  visit(parsed.selections, 'Query');
  for (const [name, type] of parsed.variables) {
    if (!used.has(name)) throw new QueryError(`Variable "$${name}" is never used.`);
    const given = variables?.[name];
    if (given === undefined || given === null) {
      if (type.endsWith('!'))
        throw new QueryError(
          `Variable "$${name}" of required type "${type}" was not provided.`,
          'BAD_USER_INPUT',
        );
      continue;
    }
    const base = namedType(type);
    const ok =
      (base === 'String' && typeof given === 'string') ||
      (base === 'Int' && Number.isInteger(given)) ||
      (base === 'Float' && typeof given === 'number') ||
      (base === 'Boolean' && typeof given === 'boolean');
    if (!ok)
      throw new QueryError(
        `Variable "$${name}" got invalid value ${JSON.stringify(given)}; ${base} cannot represent it.`,
        'BAD_USER_INPUT',
      );
  }
}
