/** A function to minimise: its value at `x`, with its gradient written into `grad`. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

/** Settings of the minimiser. */
export interface LbfgsOptions {
  readonly iterations: number;
  /** How many past steps approximate the curvature. */
  readonly memory: number;
  /** Stop when the gradient's largest entry is below this. */
  readonly tolerance: number;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search: deterministic, and for a
 * strictly convex objective it reaches the one minimum whatever the order of the data.
 */
export function minimise(f: Objective, start: Float64Array, options: LbfgsOptions): Float64Array {
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const direction = new Float64Array(n);
  const xNext = new Float64Array(n);
  const gNext = new Float64Array(n);
  for (let it = 0; it < options.iterations; it++) {
    let gMax = 0;
    for (let i = 0; i < n; i++) gMax = Math.max(gMax, Math.abs(g[i]));
    if (gMax < options.tolerance) break;
    // Two-loop recursion: direction = -H·g.
    direction.set(g);
    const alpha: number[] = [];
    for (let k = s.length - 1; k >= 0; k--) {
      const a = dot(s[k], direction) / dot(y[k], s[k]);
      alpha[k] = a;
      for (let i = 0; i < n; i++) direction[i] -= a * y[k][i];
    }
    const scale = s.length ? dot(s[s.length - 1], y[y.length - 1]) / dot(y[y.length - 1], y[y.length - 1]) : 1 / Math.max(gMax, 1);
    for (let i = 0; i < n; i++) direction[i] *= scale;
    for (let k = 0; k < s.length; k++) {
      const b = dot(y[k], direction) / dot(y[k], s[k]);
      for (let i = 0; i < n; i++) direction[i] += s[k][i] * (alpha[k] - b);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i];
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction: restart from the gradient.
      s.length = 0;
      y.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -g[i];
      slope = dot(g, direction);
    }
    let step = 1;
    let fNext = 0;
    for (let tries = 0; tries < 30; tries++, step /= 2) {
      for (let i = 0; i < n; i++) xNext[i] = x[i] + step * direction[i];
      fNext = f(xNext, gNext);
      if (fNext <= fx + 1e-4 * step * slope) break;
    }
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = xNext[i] - x[i];
      yk[i] = gNext[i] - g[i];
    }
    if (dot(sk, yk) > 1e-12) {
      s.push(sk);
      y.push(yk);
      if (s.length > options.memory) {
        s.shift();
        y.shift();
      }
    }
    x = Float64Array.from(xNext);
    g = Float64Array.from(gNext);
    if (Math.abs(fx - fNext) < 1e-10 * Math.max(1, Math.abs(fx))) {
      fx = fNext;
      break;
    }
    fx = fNext;
  }
  return x;
}
