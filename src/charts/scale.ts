/**
 * The two scales the charts need, and d3's "nice" tick arithmetic (the algorithm of d3-array's
 * `tickIncrement`, in a few lines). d3-scale would bring d3-interpolate, d3-color and d3-format
 * along — a third of a widget's weight — for a linear mapping and equal bands, and d3-array's
 * bundle keeps its bisectors whatever one imports.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * A round step close to (stop − start) / count: 1, 2 or 5 times a power of ten. Returned as
 * [i1, i2, inc] like d3: ticks are i / inc (inc < 0 means 1 / −inc), exact for decimals.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  return [i1, i2, inc];
}

const value = (i: number, inc: number) => (inc < 0 ? i / -inc : i * inc);

/** Round ticks between start and stop, about `count` of them. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0) || !(stop > start)) return stop === start ? [start] : [];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  const out: number[] = [];
  for (let i = i1; i <= i2; i++) out.push(value(i, inc));
  return out;
}

/** The domain widened to round bounds: [0, 1873] → [0, 2000]. */
export function nice(start: number, stop: number, count: number): [number, number] {
  if (!(stop > start) || !(count > 0)) return [start, stop];
  let previous = 0;
  for (let k = 0; k < 10; k++) {
    const [, , inc] = tickSpec(start, stop, count);
    if (inc === previous) break;
    const step = inc < 0 ? 1 / -inc : inc;
    start = Math.floor(start / step) * step;
    stop = Math.ceil(stop / step) * step;
    if (inc < 0) {
      // Decimal steps: round away the floating-point dust.
      start = Math.round(start * -inc) / -inc;
      stop = Math.round(stop * -inc) / -inc;
    }
    previous = inc;
  }
  return [start, stop];
}

export interface LinearScale {
  (value: number): number;
  ticks(count: number): number[];
}

/** value ↦ position, linear, with "nice" round bounds when asked (0 … 2 000 rather than 0 … 1 873). */
export function linearScale(
  domain: [number, number],
  range: [number, number],
  niceCount?: number,
): LinearScale {
  let [d0, d1] = domain;
  if (niceCount) [d0, d1] = nice(d0, d1, niceCount);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  scale.ticks = (count) => ticks(d0, d1, count);
  return scale;
}

export interface BandScale {
  /** Left edge of band `index`. */
  x(index: number): number;
  bandwidth: number;
  /** Distance from one band to the next. */
  step: number;
}

/** `count` equal bands over `range`, separated by `paddingInner` and inset by `paddingOuter` (fractions of a step). */
export function bandScale(
  count: number,
  range: [number, number],
  paddingInner: number,
  paddingOuter: number,
): BandScale {
  const [r0, r1] = range;
  const n = Math.max(1, count);
  const step = (r1 - r0) / Math.max(1, n - paddingInner + 2 * paddingOuter);
  const start = r0 + step * paddingOuter;
  return { x: (index) => start + index * step, bandwidth: step * (1 - paddingInner), step };
}
