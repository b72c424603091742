#!/usr/bin/env node
/**
 * Writes the React and Vue typings of the elements from the Custom Elements Manifest
 * (custom-elements.json), at build time: `dist/react.d.ts` (the tags in React 19's
 * `JSX.IntrinsicElements`) and `dist/vue.d.ts` (the tags in Vue's `GlobalComponents`, for vue-tsc),
 * each with an empty `.js` beside it so that `import 'datamed-widgets/react'` also works at run time.
 *
 * Properties are typed from the element classes themselves (`DatamedKeyFigure['substance']`), events
 * from the `@fires {CustomEvent<Detail>}` tags of each class, so each element's `datamed-select`
 * carries its own detail. Usage: node scripts/framework-types.mjs [--manifest file] [--out dir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Attributes that cannot stand for their property in a framework: the name is already a read-only
 * property of every HTMLElement (`el.dataset`), so React and Vue would assign to it. The property
 * (`datasetName`) is typed instead.
 */
const SHADOWED = new Set(['dataset']);

/** The elements of a manifest: tag, class, settable properties, attributes, typed events. */
export function elementsOf(manifest) {
  const out = [];
  for (const module of manifest.modules ?? []) {
    for (const d of module.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const fields = (d.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private')
        .map((m) => m.name);
      const attributes = (d.attributes ?? []).map((a) => ({
        name: a.name,
        field: a.fieldName,
        number: /\bnumber\b/.test(a.type?.text ?? ''),
      }));
      const events = (d.events ?? []).map((e) => {
        const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
        if (!detail) throw new Error(`${d.tagName}: @fires ${e.name} has no {CustomEvent<Detail>} type`);
        return { name: e.name, detail };
      });
      out.push({ tag: d.tagName, className: d.name, fields: [...new Set(fields)], attributes, events });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const pascal = (name) => camel(`-${name}`);

function imports(elements) {
  const classes = elements.map((e) => e.className).sort();
  const details = [...new Set(elements.flatMap((e) => e.events.map((v) => v.detail)))].sort();
  return [
    `import type { ${classes.join(', ')} } from './classes.js';`,
    `import type { ${details.join(', ')} } from './events.js';`,
  ];
}

/** What a tag accepts in either framework: its properties, and attributes with no property of their own. */
function ownProps(element, { vue }) {
  const lines = element.fields.map((f) => {
    const attribute = element.attributes.find((a) => a.field === f);
    // A template writes `heading-level="2"`: a string of digits stands for the number.
    const digits = vue && attribute?.number ? ' | `${number}`' : '';
    return `  ${key(f)}?: ${element.className}['${f}']${digits};`;
  });
  for (const a of element.attributes) {
    const hasProperty = a.field !== undefined && element.fields.includes(a.field);
    // React sets properties: the typed property covers its attribute. vue-tsc matches `heading-level`
    // to `headingLevel`, but not `for` to `htmlFor` (Vue sets `for` as an attribute).
    if (hasProperty && (!vue || camel(a.name) === a.field)) continue;
    if (SHADOWED.has(a.name)) continue;
    lines.push(`  ${key(vue ? camel(a.name) : a.name)}?: string;`);
  }
  return lines;
}

const HEADER = (framework, usage) => [
  '/**',
  ` * ${framework} types of the DataMed elements, generated from custom-elements.json by`,
  ' * scripts/framework-types.mjs at build time: do not edit. Load them once in the application:',
  ' *',
  ` *   ${usage}`,
  ' */',
];

/** `dist/react.d.ts`: every tag in React 19's JSX, with its properties and `ondatamed-…` listeners. */
export function reactTypes(elements) {
  const lines = [
    ...HEADER('React 19 JSX', "import type {} from 'datamed-widgets/react';"),
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    ...imports(elements),
    '',
    '/** A tag: its own properties and events over React’s HTML attributes (`ref` typed to the element). */',
    'type DatamedJsx<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;',
  ];
  for (const e of elements) {
    lines.push(
      '',
      `/** \`<${e.tag}>\` in JSX: properties (React 19 sets them as properties), then events (\`on\` + name). */`,
      `export interface ${e.className}JsxProps {`,
      ...ownProps(e, { vue: false }),
      ...e.events.map((v) => `  'on${v.name}'?: (event: CustomEvent<${v.detail}>) => void;`),
      '}',
    );
  }
  lines.push('', "declare module 'react' {", '  namespace JSX {', '    interface IntrinsicElements {');
  for (const e of elements)
    lines.push(`      '${e.tag}': DatamedJsx<${e.className}, ${e.className}JsxProps>;`);
  lines.push('    }', '  }', '}', '');
  return lines.join('\n');
}

/** `dist/vue.d.ts`: every tag in Vue's `GlobalComponents`, as vue-tsc checks templates (Vue's guide). */
export function vueTypes(elements) {
  const lines = [
    ...HEADER('Vue 3 template', "import type {} from 'datamed-widgets/vue';"),
    "import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';",
    ...imports(elements),
    '',
    '/**',
    ' * A tag as vue-tsc sees a component: `$props` for its attributes and properties (over the HTML',
    ' * attributes, `key`, `ref`, `class`, `style`), `$emit` for its events (`@datamed-select`).',
    ' */',
    'type DatamedVue<E extends HTMLElement, Props, Events> = new () => E & {',
    '  /** For template type checking only. */',
    '  $props: Omit<HTMLAttributes, keyof Props> & Props & PublicProps;',
    '  /** For template type checking only. */',
    '  $emit: EmitFn<Events>;',
    '};',
  ];
  for (const e of elements) {
    lines.push(
      '',
      `/** \`<${e.tag}>\` in a template: attributes and properties (camelCase or kebab-case). */`,
      `export interface ${e.className}VueProps {`,
      ...ownProps(e, { vue: true }),
      '}',
      `/** The events of \`<${e.tag}>\`. */`,
      `export interface ${e.className}VueEvents {`,
      ...e.events.map((v) => `  '${v.name}': (event: CustomEvent<${v.detail}>) => void;`),
      '}',
    );
  }
  lines.push('', "declare module 'vue' {", '  interface GlobalComponents {');
  for (const e of elements)
    lines.push(
      `    '${e.tag}': DatamedVue<${e.className}, ${e.className}VueProps, ${e.className}VueEvents>;`,
      `    ${pascal(e.tag)}: DatamedVue<${e.className}, ${e.className}VueProps, ${e.className}VueEvents>;`,
    );
  lines.push('  }', '}', '');
  return lines.join('\n');
}

/** Writes the four files into `out`. */
export function writeFrameworkTypes(manifestFile, out) {
  const elements = elementsOf(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const empty = '// Types only: see the .d.ts beside this file.\nexport {};\n';
  writeFileSync(resolve(out, 'react.d.ts'), reactTypes(elements));
  writeFileSync(resolve(out, 'react.js'), empty);
  writeFileSync(resolve(out, 'vue.d.ts'), vueTypes(elements));
  writeFileSync(resolve(out, 'vue.js'), empty);
  return elements.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? resolve(process.argv[at + 1]) : fallback;
  };
  const count = writeFrameworkTypes(
    arg('--manifest', resolve(root, 'custom-elements.json')),
    arg('--out', resolve(root, 'dist')),
  );
  console.log(`framework types: ${count} elements → react.d.ts, vue.d.ts`);
}
