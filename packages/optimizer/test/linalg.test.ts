import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquares, minimumNormSolution, singularValues } from '../src/linalg.ts';
import { normal, seededRandom, shuffle } from '../src/random.ts';
import { loadTips } from './fixtures/tips.ts';

const { bill, tip } = loadTips();
const f64 = (values: readonly number[]) => Float64Array.from(values);

function roundsTo(actual: number | undefined, stated: string): void {
  const decimals = stated.split('.')[1]?.length ?? 0;
  expect((actual as number).toFixed(decimals)).toBe(stated);
}

/** X θ for X given as columns. */
function times(columns: Float64Array[], theta: ArrayLike<number>): Float64Array {
  const out = new Float64Array((columns[0] as Float64Array).length);
  columns.forEach((column, j) => column.forEach((v, i) => (out[i] = (out[i] as number) + v * (theta[j] as number))));
  return out;
}

/** Xᵀ r for X given as columns. */
function transposeTimes(columns: Float64Array[], r: ArrayLike<number>): Float64Array {
  return Float64Array.from(columns, (column) => column.reduce((s, v, i) => s + v * (r[i] as number), 0));
}

const norm = (x: ArrayLike<number>) => Math.sqrt(Array.from(x).reduce((s, v) => s + v * v, 0));
const minus = (a: ArrayLike<number>, b: ArrayLike<number>) => Float64Array.from(a, (v, i) => v - (b[i] as number));

/** An n × p matrix (as p columns) of independent standard normal entries. */
function gaussian(n: number, p: number, seed: number): Float64Array[] {
  const rng = seededRandom(seed);
  return Array.from({ length: p }, () => Float64Array.from({ length: n }, () => normal(rng)));
}

/**
 * A vector in the null space of X (n × p, p > n): a random vector with its components along the
 * rows of X removed by modified Gram–Schmidt, done twice.
 */
function nullVector(columns: Float64Array[], seed: number): Float64Array {
  const n = (columns[0] as Float64Array).length;
  const rows = Array.from({ length: n }, (_, i) => Float64Array.from(columns, (c) => c[i] as number));
  const basis: Float64Array[] = [];
  for (const row of rows) {
    const u = Float64Array.from(row);
    for (let pass = 0; pass < 2; pass++) {
      for (const b of basis) {
        const c = u.reduce((s, v, j) => s + v * (b[j] as number), 0);
        u.forEach((v, j) => (u[j] = v - c * (b[j] as number)));
      }
    }
    const length = norm(u);
    basis.push(u.map((v) => v / length));
  }
  const rng = seededRandom(seed);
  const z = Float64Array.from({ length: columns.length }, () => normal(rng));
  for (let pass = 0; pass < 2; pass++) {
    for (const b of basis) {
      const c = z.reduce((s, v, j) => s + v * (b[j] as number), 0);
      z.forEach((v, j) => (z[j] = v - c * (b[j] as number)));
    }
  }
  return z;
}

describe('leastSquares', () => {
  it('leastSquares(bill, tip) gives intercept 0.920270 and slope 0.105025', () => {
    const [intercept, slope] = leastSquares(bill, tip);
    roundsTo(intercept, '0.920270');
    roundsTo(slope, '0.105025');
  });

  it('leastSquares(bill, tip, {intercept: false}) gives slope 0.143732', () => {
    const theta = leastSquares(bill, tip, { intercept: false });
    expect(theta).toHaveLength(1);
    roundsTo(theta[0], '0.143732');
  });

  it('leastSquares(weight, mpg) gives b = 33.585124, w = −4.569109 for the cars', () => {
    const [b, w] = leastSquares(f64([3.5, 3.69, 3.44, 3.43, 4.34, 4.42, 2.37]), f64([18, 15, 18, 16, 15, 14, 24]));
    roundsTo(b, '33.585124');
    roundsTo(w, '-4.569109');
  });

  it('leastSquares(x, y) gives intercept 0.948718, slope 0.641026 for the three people', () => {
    const [intercept, slope] = leastSquares(f64([0.5, 2.3, 2.9]), f64([1.4, 1.9, 3.2]));
    roundsTo(intercept, '0.948718');
    roundsTo(slope, '0.641026');
  });

  it('leastSquares(X, y) satisfies the normal equations Xᵀ(Xθ − y) = 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 20 }), fc.integer(), (p, extra, seed) => {
        const n = p + 1 + extra;
        const columns = gaussian(n, p, seed);
        const rng = seededRandom(seed + 1);
        const y = Float64Array.from({ length: n }, () => 3 * normal(rng));
        const theta = leastSquares(columns, y);
        const withOnes = [new Float64Array(n).fill(1), ...columns];
        const residual = minus(times(withOnes, theta), y);
        const gradient = transposeTimes(withOnes, residual);
        expect(norm(gradient)).toBeLessThan(1e-11 * (1 + norm(y)) * n);
      }),
    );
  });

  it('leastSquares(X, y) solves an ill-conditioned polynomial fit (degree 6 in bill/50)', () => {
    const x = bill.map((v) => v / 50);
    const columns = [1, 2, 3, 4, 5, 6].map((k) => x.map((v) => v ** k));
    const theta = leastSquares(columns, tip);
    const residual = minus(times([new Float64Array(244).fill(1), ...columns], theta), tip);
    const gradient = transposeTimes([new Float64Array(244).fill(1), ...columns], residual);
    expect(norm(gradient)).toBeLessThan(1e-8);
  });

  it('leastSquares(X, y) throws a RangeError when columns are dependent', () => {
    const x = f64([1, 2, 3, 4, 5]);
    const y = f64([2, 1, 4, 3, 6]);
    expect(() => leastSquares([x, x.map((v) => 2 * v)], y)).toThrow(/linearly dependent \(numerical rank 2 of 3, counting the intercept column\)/);
    expect(() => leastSquares([x, f64([3, 3, 3, 3, 3])], y)).toThrow(RangeError);
    const z = f64([0, 1, 0, 1, 0]);
    expect(() => leastSquares([x, z, x.map((v, i) => v - 0.5 * (z[i] as number))], y, { intercept: false })).toThrow(/rank 2 of 3\)/);
    expect(() => leastSquares([new Float64Array(5)], y, { intercept: false })).toThrow(/rank 0 of 1/);
  });

  it('leastSquares(X, y) throws a RangeError when there are fewer rows than parameters', () => {
    expect(() => leastSquares([f64([1, 2]), f64([3, 5])], f64([1, 2]))).toThrow(/received 2 rows and 3 parameters.*minimumNormSolution/);
  });

  it('leastSquares(X, y) throws a RangeError on invalid data', () => {
    expect(() => leastSquares(f64([1, 2, NaN]), f64([1, 2, 3]))).toThrow(/x\[2\] is NaN/);
    expect(() => leastSquares(f64([1, 2, 3]), f64([1, 2]))).toThrow(/same length/);
    expect(() => leastSquares(f64([1, 2, 3]), f64([1, 2, 3]), { intercept: 1 as unknown as boolean })).toThrow(/intercept must be a boolean/);
  });
});

describe('minimumNormSolution', () => {
  const n = 20;
  const p = 100;
  const X = gaussian(n, p, 2024);
  const rng = seededRandom(7);
  const y = Float64Array.from({ length: n }, () => normal(rng));
  const theta = minimumNormSolution(X, y);

  it('minimumNormSolution(X, y) interpolates a 20 × 100 system', () => {
    expect(theta).toHaveLength(p);
    expect(norm(minus(times(X, theta), y))).toBeLessThan(1e-12 * norm(y));
  });

  it('minimumNormSolution(X, y) is shorter than every other solution θ + z with Xz = 0', () => {
    for (const seed of [1, 2, 3]) {
      const z = nullVector(X, seed);
      expect(norm(times(X, z))).toBeLessThan(1e-12 * norm(z));
      const other = Float64Array.from(theta, (v, j) => v + 0.1 * (z[j] as number));
      expect(norm(minus(times(X, other), y))).toBeLessThan(1e-11);
      expect(norm(other)).toBeGreaterThan(norm(theta));
      // θ⁺ lies in the row space, orthogonal to the null space.
      expect(Math.abs(theta.reduce((s, v, j) => s + v * (z[j] as number), 0))).toBeLessThan(1e-12 * norm(z) * norm(theta));
    }
  });

  it('minimumNormSolution(X, y) equals Xᵀ(XXᵀ)⁻¹y written out for a 2 × 3 system', () => {
    // X = [[1, 0, 1], [0, 1, 1]], XXᵀ = [[2, 1], [1, 2]], (XXᵀ)⁻¹ = [[2, −1], [−1, 2]]/3, y = (1, 2):
    // (XXᵀ)⁻¹y = (0, 1), θ = Xᵀ(0, 1) = (0, 1, 1).
    const solution = minimumNormSolution([f64([1, 0]), f64([0, 1]), f64([1, 1])], f64([1, 2]));
    Array.from(solution).forEach((v, j) => expect(v).toBeCloseTo([0, 1, 1][j] as number, 14));
  });

  it('minimumNormSolution(X, y) splits a duplicated column evenly', () => {
    const x = f64([1, 2, 3]);
    const solution = minimumNormSolution([x, x], x.map((v) => 2 * v));
    expect(solution[0]).toBeCloseTo(1, 13);
    expect(solution[1]).toBeCloseTo(1, 13);
  });

  it('minimumNormSolution(X, y) handles exactly repeated rows, as the mean of their targets', () => {
    // 12 points at 4 distinct x, each repeated 3 times, fitted by 30 polynomial features: rank 4.
    const xs = [0.1, 0.4, 0.7, 0.9].flatMap((x) => [x, x, x]);
    const columns = Array.from({ length: 30 }, (_, j) => f64(xs.map((x) => x ** j)));
    const y = f64(xs.map((x, i) => Math.sin(3 * x) + (i % 3) - 1));
    const theta = minimumNormSolution(columns, y);
    const fitted = times(columns, theta);
    xs.forEach((x, i) => expect(fitted[i]).toBeCloseTo(Math.sin(3 * x), 9));
    // The same answer as the system with each repeated row once, weighted by √3.
    const once = [0, 3, 6, 9];
    const merged = minimumNormSolution(
      columns.map((c) => f64(once.map((i) => Math.sqrt(3) * (c[i] as number)))),
      f64(once.map((i) => Math.sqrt(3) * Math.sin(3 * (xs[i] as number)))),
    );
    Array.from(theta).forEach((v, j) => expect(v).toBeCloseTo(merged[j] as number, 9));
  });

  it('minimumNormSolution(X, y) solves rank-deficient systems: polynomial features of repeated x values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const rng = seededRandom(seed);
        // Well-separated x values, so that the test is about rank, not conditioning.
        const distinct = Array.from(shuffle(Int32Array.from({ length: 9 }, (_, i) => i - 4), rng).slice(0, 2 + rng.nextInt(8)), (i) => i / 5);
        const xs = Array.from({ length: 12 + rng.nextInt(30) }, () => distinct[rng.nextInt(distinct.length)] as number);
        const columns = Array.from({ length: distinct.length + 1 + rng.nextInt(8) }, (_, j) => f64(xs.map((x) => x ** j)));
        const y = f64(xs.map((x) => Math.sin(3 * x) + rng.next()));
        const theta = minimumNormSolution(columns, y);
        // A least-squares solution: the residual is orthogonal to every column …
        const gradient = transposeTimes(columns, minus(times(columns, theta), y));
        expect(norm(gradient)).toBeLessThan(1e-9 * norm(y) * columns.length);
        // … and the shortest one: θ has no component along the null space, spanned by the
        // differences between θ and any other solution, such as the one for each distinct x once.
        const once = distinct.map((x) => xs.indexOf(x)).filter((i) => i >= 0);
        const counts = once.map((i) => xs.filter((x) => x === xs[i]).length);
        const means = once.map((i) => xs.reduce((s, x, r) => (x === xs[i] ? s + (y[r] as number) : s), 0));
        const merged = minimumNormSolution(
          columns.map((c) => f64(once.map((i, g) => Math.sqrt(counts[g] as number) * (c[i] as number)))),
          f64(once.map((_, g) => (means[g] as number) / Math.sqrt(counts[g] as number))),
        );
        expect(norm(minus(theta, merged))).toBeLessThan(1e-6 * (1 + norm(merged)));
      }),
      { numRuns: 200 },
    );
  });

  it('minimumNormSolution(X, y) matches leastSquares for full-rank square and over-determined X', () => {
    for (const [rows, cols] of [
      [6, 6],
      [30, 5],
      [244, 1],
    ] as const) {
      const columns = rows === 244 ? [bill] : gaussian(rows, cols, rows);
      const target = rows === 244 ? tip : Float64Array.from({ length: rows }, (_, i) => Math.sin(i + 1));
      const expected = leastSquares(columns, target, { intercept: false });
      const actual = minimumNormSolution(columns, target);
      actual.forEach((v, j) => expect(Math.abs(v - (expected[j] as number))).toBeLessThan(1e-10 * (1 + Math.abs(expected[j] as number))));
    }
  });

  it('gradient descent from zero on ½‖Xθ − y‖² converges to minimumNormSolution(X, y)', () => {
    const frobenius = X.reduce((s, column) => s + column.reduce((t, v) => t + v * v, 0), 0);
    const rate = 1 / frobenius;
    const x = new Float64Array(p);
    for (let k = 0; k < 20_000; k++) {
      const gradient = transposeTimes(X, minus(times(X, x), y));
      if (norm(gradient) < 1e-13) break;
      for (let j = 0; j < p; j++) x[j] = (x[j] as number) - rate * (gradient[j] as number);
    }
    expect(norm(minus(x, theta))).toBeLessThan(1e-10 * norm(theta));
  });

  it('minimumNormSolution(X, y, {rcond}) throws a RangeError for a negative rcond', () => {
    expect(() => minimumNormSolution(X, y, { rcond: -1 })).toThrow(/rcond must be a finite number greater than or equal to 0/);
  });
});

describe('singularValues', () => {
  it('singularValues(X) of diag(3, 4) and of a rank-one matrix', () => {
    expect(Array.from(singularValues([f64([3, 0]), f64([0, 4])]))).toEqual([4, 3]);
    // u vᵀ with u = (1, 2, 2), v = (3, 4): σ₁ = ‖u‖‖v‖ = 15.
    const sigma = singularValues([f64([3, 6, 6]), f64([4, 8, 8])]);
    expect(sigma[0]).toBeCloseTo(15, 13);
    expect(sigma[1]).toBeCloseTo(0, 13);
  });

  it('singularValues(X) are sorted and their squares add up to ‖X‖²_F, for wide and tall X', () => {
    for (const [rows, cols] of [
      [20, 100],
      [40, 7],
    ] as const) {
      const columns = gaussian(rows, cols, rows * cols);
      const sigma = Array.from(singularValues(columns));
      expect(sigma).toHaveLength(Math.min(rows, cols));
      expect(sigma).toEqual(sigma.slice().sort((a, b) => b - a));
      const frobenius = columns.reduce((s, column) => s + column.reduce((t, v) => t + v * v, 0), 0);
      expect(sigma.reduce((s, v) => s + v * v, 0)).toBeCloseTo(frobenius, 9);
    }
  });
});
