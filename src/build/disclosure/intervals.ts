/**
 * The smallest and largest value each hidden count can take, given everything a reader knows (a
 * `LinearSystem`): two linear programmes per count, solved by HiGHS (the `highs` package, HiGHS
 * compiled to WebAssembly), as tau-ARGUS and sdcTable audit linked tables.
 *
 * The system is cut into its connected components first (counts that share no constraint, even
 * through others, cannot inform each other): a substance's system is a few dozen counts, and most
 * components have one to five. Each component is one HiGHS model, solved again for each objective.
 *
 * Linear programming relaxes whole numbers to real ones: the bounds are rounded inwards (the true
 * value is whole), and the integer range can only be narrower than this one. The property tests
 * (disclosure.test.ts) enumerate every whole-number table of small cases and check that it is not.
 */
import type { Highs } from 'highs';
import { InconsistentDataError, type LinearSystem } from './linear-system.js';

export type { Highs };

/** Whole-number bounds of a hidden count; `upper` may be `Infinity`. */
export interface Range {
  lower: number;
  upper: number;
}

/** Tolerance of HiGHS's floating-point answers before rounding to whole numbers. */
const EPSILON = 1e-6;

/**
 * Ranges of the variables in `wanted` (all when omitted). Throws `InconsistentDataError` when no
 * value satisfies the system: the published figures contradict the rules they were built with.
 */
export function feasibleRanges(
  system: LinearSystem,
  highs: Highs,
  wanted?: Iterable<number>,
): Map<number, Range> {
  const want = new Set(wanted ?? system.variables.keys());
  const ranges = new Map<number, Range>();
  for (const component of components(system)) {
    const targets = component.variables.filter((v) => want.has(v));
    if (!targets.length) continue;
    if (!component.constraints.length) {
      for (const v of targets) {
        const { lower, upper } = system.variables[v]!;
        ranges.set(v, { lower: Math.ceil(lower), upper: Math.floor(upper) });
      }
      continue;
    }
    solveComponent(system, highs, component, targets, ranges);
  }
  return ranges;
}

interface Component {
  variables: number[];
  constraints: number[];
}

/** Variables linked by a constraint, directly or through others (union-find). */
export function components(system: LinearSystem): Component[] {
  const parent = system.variables.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const c of system.constraints) {
    const [first, ...rest] = c.terms.keys();
    for (const v of rest) parent[find(v)] = find(first!);
  }
  const byRoot = new Map<number, Component>();
  system.variables.forEach((_, v) => {
    const root = find(v);
    let component = byRoot.get(root);
    if (!component) byRoot.set(root, (component = { variables: [], constraints: [] }));
    component.variables.push(v);
  });
  system.constraints.forEach((c, i) => byRoot.get(find(c.terms.keys().next().value!))!.constraints.push(i));
  return [...byRoot.values()];
}

function solveComponent(
  system: LinearSystem,
  highs: Highs,
  component: Component,
  targets: number[],
  ranges: Map<number, Range>,
): void {
  const column = new Map(component.variables.map((v, i) => [v, i]));
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const finite = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  for (const i of component.constraints) {
    const c = system.constraints[i]!;
    for (const [v, coefficient] of c.terms) {
      indices.push(column.get(v)!);
      values.push(coefficient);
    }
    starts.push(indices.length);
    rowLower.push(finite(c.lower));
    rowUpper.push(finite(c.upper));
  }
  const n = component.variables.length;
  const model = highs.createModel({
    numCols: n,
    numRows: component.constraints.length,
    colCost: new Array<number>(n).fill(0),
    colLower: component.variables.map((v) => finite(system.variables[v]!.lower)),
    colUpper: component.variables.map((v) => finite(system.variables[v]!.upper)),
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: component.constraints.length, numCols: n, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false });
    const { minimize, maximize } = highs.constants.objectiveSense;
    const status = highs.constants.modelStatus;
    for (const v of targets) {
      const j = column.get(v)!;
      model.changeColCost(j, 1);
      const bound = (sense: typeof minimize): number => {
        model.changeObjectiveSense(sense);
        model.run();
        const s = model.getModelStatus();
        if (s === status.optimal) return model.getObjectiveValue();
        if (s === status.unbounded || s === status.unboundedOrInfeasible) {
          if (sense === maximize) return Infinity;
        }
        const names = component.constraints.map((i) => system.constraints[i]!.why);
        throw new InconsistentDataError(
          `no whole-number table satisfies what is published (${system.variables[v]!.name}; HiGHS status ${s}): ${names.join('; ')}`,
        );
      };
      const lower = bound(minimize);
      const upper = bound(maximize);
      ranges.set(v, {
        lower: Math.ceil(lower - EPSILON) || 0, // never -0
        upper: upper === Infinity ? Infinity : Math.floor(upper + EPSILON),
      });
      model.changeColCost(j, 0);
    }
  } finally {
    model.dispose();
  }
}
