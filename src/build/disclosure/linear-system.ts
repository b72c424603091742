/**
 * A small linear system over whole numbers: what a reader of the published files knows, written as
 * variables (the counts they cannot see) with bounds, and linear constraints between them and the
 * counts they can see. Shown counts are constants: they are folded into the constraints' bounds, and
 * each constraint remembers which shown counts it folded, so that the suppression step knows which
 * ones to hide to loosen it. Pure: no solver here (see intervals.ts).
 */

/** A linear expression: Σ coefficient × variable + constant. */
export interface Expression {
  /** Variable index → coefficient (never 0). */
  terms: Map<number, number>;
  constant: number;
  /** Paths of the shown counts folded into `constant`. */
  shown: string[];
}

export interface Variable {
  /** Path of the hidden count, e.g. `sex.female` or `organClasses.10005329.byAge.0-19`. */
  name: string;
  lower: number;
  /** `Infinity` when nothing bounds it from above. */
  upper: number;
}

/** lower ≤ Σ coefficient × variable ≤ upper (the constant already moved to the bounds). */
export interface Constraint {
  terms: Map<number, number>;
  lower: number;
  upper: number;
  /** What the reader knows, in words (for reports and failing tests). */
  why: string;
  /** Shown counts this constraint involves: hiding one of them turns it into a variable. */
  shown: string[];
}

/** A constraint whose terms are all shown, and whose shown values break it: the data contradict the rule. */
export class InconsistentDataError extends Error {}

export class LinearSystem {
  readonly variables: Variable[] = [];
  readonly constraints: Constraint[] = [];
  private readonly byName = new Map<string, number>();

  /** The variable of a hidden count, created on first use; a second call narrows its bounds. */
  variable(name: string, lower: number, upper = Infinity): number {
    const known = this.byName.get(name);
    if (known !== undefined) {
      const v = this.variables[known]!;
      v.lower = Math.max(v.lower, lower);
      v.upper = Math.min(v.upper, upper);
      return known;
    }
    this.variables.push({ name, lower, upper });
    this.byName.set(name, this.variables.length - 1);
    return this.variables.length - 1;
  }

  indexOf(name: string): number | undefined {
    return this.byName.get(name);
  }

  /** lower ≤ expression ≤ upper. A constraint on shown counts alone is checked, not kept. */
  require(expression: Expression, lower: number, upper: number, why: string): void {
    const lo = lower - expression.constant;
    const hi = upper - expression.constant;
    if (!expression.terms.size) {
      if (lo > 1e-9 || hi < -1e-9)
        throw new InconsistentDataError(
          `${why}: the shown counts break it (${expression.constant} not in [${lower}, ${upper}])`,
        );
      return;
    }
    this.constraints.push({
      terms: new Map(expression.terms),
      lower: lo,
      upper: hi,
      why,
      shown: expression.shown,
    });
  }

  /** Σ parts = total. */
  equal(total: Expression, parts: Expression[], why: string): void {
    this.require(difference(sum(parts), total), 0, 0, why);
  }

  /** small ≤ large. */
  atMost(small: Expression, large: Expression, why: string): void {
    this.require(difference(small, large), -Infinity, 0, why);
  }
}

/** A shown count (a constant) or a hidden one (a variable). */
export function constant(value: number, path?: string): Expression {
  return { terms: new Map(), constant: value, shown: path === undefined ? [] : [path] };
}

export function variableTerm(index: number): Expression {
  return { terms: new Map([[index, 1]]), constant: 0, shown: [] };
}

export function sum(expressions: Expression[]): Expression {
  const out: Expression = { terms: new Map(), constant: 0, shown: [] };
  for (const e of expressions) addInto(out, e, 1);
  return out;
}

export function difference(a: Expression, b: Expression): Expression {
  const out: Expression = { terms: new Map(), constant: 0, shown: [] };
  addInto(out, a, 1);
  addInto(out, b, -1);
  return out;
}

function addInto(out: Expression, e: Expression, sign: 1 | -1): void {
  out.constant += sign * e.constant;
  for (const path of e.shown) out.shown.push(path);
  for (const [v, c] of e.terms) {
    const next = (out.terms.get(v) ?? 0) + sign * c;
    if (next === 0) out.terms.delete(v);
    else out.terms.set(v, next);
  }
}
