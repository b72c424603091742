/**
 * Remembers a function's last result while its arguments stay the same (compared with ===): the
 * widgets derive filtered lists and layouts in `render()`, and recompute them only when an input
 * really changed — a zoom frame must not filter 6,000 declarations again.
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let value: R;
  return (...args: A): R => {
    if (!last || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = fn(...args);
      last = args;
    }
    return value;
  };
}
