export interface ElementTypes {
  tag: string;
  className: string;
  fields: string[];
  attributes: { name: string; field: string | undefined; number: boolean }[];
  events: { name: string; detail: string }[];
}
/** The elements of a Custom Elements Manifest, as the typings need them. */
export function elementsOf(manifest: unknown): ElementTypes[];
/** `dist/react.d.ts`. */
export function reactTypes(elements: ElementTypes[]): string;
/** `dist/vue.d.ts`. */
export function vueTypes(elements: ElementTypes[]): string;
/** Writes react.d.ts, react.js, vue.d.ts, vue.js into `out`; returns the number of elements. */
export function writeFrameworkTypes(manifestFile: string, out: string): number;
