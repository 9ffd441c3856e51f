// Expected numbers come from the textbook's sources (hand or scipy calculations on the same data),
// or from reference loops written out below, never from the code under test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearRegression, logisticRegression, polynomialFeatures, type DatasetObjective } from '../src/data.ts';
import { loadTips } from './fixtures/tips.ts';

const { bill, tip } = loadTips();

/** Asserts that `actual` rounds to `stated` at the precision `stated` is written with. */
function roundsTo(actual: number | undefined, stated: string): void {
  const decimals = stated.split('.')[1]?.length ?? 0;
  expect(actual, `expected ${String(actual)} to round to ${stated}`).toBeTypeOf('number');
  expect((actual as number).toFixed(decimals)).toBe(stated);
}

function evaluate(objective: DatasetObjective, theta: readonly number[]): { f: number; g: number[] } {
  const g = new Float64Array(objective.dimension);
  const f = objective(Float64Array.from(theta), g);
  return { f, g: Array.from(g) };
}

const f64 = (values: readonly number[]) => Float64Array.from(values);
/** The batch loss that `write` puts into its array (NaN if it writes none). */
function lossOf(write: (out: Float64Array) => void): number {
  const out = Float64Array.of(NaN);
  write(out);
  return out[0] as number;
}
const CARS_X = f64([3.5, 3.69, 3.44, 3.43, 4.34, 4.42, 2.37]);
const CARS_Y = f64([18, 15, 18, 16, 15, 14, 24]);
const PEOPLE_X = f64([0.5, 2.3, 2.9]);
const PEOPLE_Y = f64([1.4, 1.9, 3.2]);

/** Mean squared error of ŷ = Σ θⱼ columnⱼ (+ θ₀), with its gradient, by a plain loop. */
function referenceMse(columns: Float64Array[], y: Float64Array, theta: number[], intercept: boolean) {
  const n = y.length;
  const offset = intercept ? 1 : 0;
  let f = 0;
  const g = new Array<number>(theta.length).fill(0);
  for (let i = 0; i < n; i++) {
    let prediction = intercept ? (theta[0] as number) : 0;
    columns.forEach((column, j) => (prediction += (theta[j + offset] as number) * (column[i] as number)));
    const r = prediction - (y[i] as number);
    f += (r * r) / n;
    if (intercept) g[0] = (g[0] as number) + (2 * r) / n;
    columns.forEach((column, j) => (g[j + offset] = (g[j + offset] as number) + (2 * r * (column[i] as number)) / n));
  }
  return { f, g };
}

function centralDifference(objective: DatasetObjective, theta: number[], k: number, h: number): number {
  const g = new Float64Array(objective.dimension);
  const plus = theta.slice();
  const minus = theta.slice();
  plus[k] = (plus[k] as number) + h;
  minus[k] = (minus[k] as number) - h;
  return (objective(f64(plus), g) - objective(f64(minus), g)) / (2 * h);
}

const finite = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });

describe('linearRegression on the tips data (tip ≈ θ · bill, MSE)', () => {
  const mse = linearRegression(bill, tip, { intercept: false });

  it('linearRegression(bill, tip, {intercept: false}) gives the book’s MSE values', () => {
    expect(mse.rows).toBe(244);
    expect(mse.dimension).toBe(1);
    roundsTo(evaluate(mse, [0.1]).f, '2.0778');
    roundsTo(evaluate(mse, [0.2]).f, '2.6675');
    roundsTo(evaluate(mse, [0.3]).f, '12.6654');
    roundsTo(evaluate(mse, [0.1437]).f, '1.1781');
  });

  it('linearRegression(bill, tip, {intercept: false}) has dMSE/dθ = −41.144 at θ = 0.1', () => {
    roundsTo(evaluate(mse, [0.1]).g[0], '-41.144');
  });
});

describe('linearRegression on the tips data (tip ≈ θ₀ + θ₁ · bill, MSE)', () => {
  const mse = linearRegression(bill, tip);

  it('linearRegression(bill, tip) orders the parameters [intercept, slope]', () => {
    expect(mse.dimension).toBe(2);
    expect(mse.intercept).toBe(true);
    const at = evaluate(mse, [0, 0]);
    roundsTo(at.g[0], '-5.99656');
    roundsTo(at.g[1], '-135.22632');
  });

  it('linearRegression(bill, tip) has gradient (−0.23937, −5.52929) at (0.9, 0.1)', () => {
    const at = evaluate(mse, [0.9, 0.1]);
    roundsTo(at.g[0], '-0.23937');
    roundsTo(at.g[1], '-5.52929');
  });

  it('linearRegression(bill, tip) has MSE 1.036019 and a vanishing gradient at the least-squares line', () => {
    const at = evaluate(mse, [0.92027, 0.105025]);
    roundsTo(at.f, '1.036019');
    expect(Math.abs(at.g[0] as number)).toBeLessThan(1e-4);
    expect(Math.abs(at.g[1] as number)).toBeLessThan(2e-3);
  });

  it('linearRegression(bill, tip) agrees with a plain loop away from the optimum', () => {
    const theta = [1.3, -0.07];
    const expected = referenceMse([bill], tip, theta, true);
    const at = evaluate(mse, theta);
    expect(at.f).toBeCloseTo(expected.f, 11);
    at.g.forEach((g, k) => expect(g).toBeCloseTo(expected.g[k] as number, 10));
  });
});

describe('linearRegression on the cars data (mpg ≈ w · weight + b, MSE)', () => {
  const mse = linearRegression(CARS_X, CARS_Y);

  it('linearRegression(weight, mpg) at (b, w) = (0, 0) has loss 303.71, d/dw −119.72, d/db −34.29', () => {
    const at = evaluate(mse, [0, 0]);
    roundsTo(at.f, '303.71');
    roundsTo(at.g[1], '-119.72');
    roundsTo(at.g[0], '-34.29');
  });

  it('linearRegression(weight, mpg) has MSE 1.469669 at w = −4.569109, b = 33.585124', () => {
    const at = evaluate(mse, [33.585124, -4.569109]);
    roundsTo(at.f, '1.469669');
    // The parameters are rounded to 6 decimals, so the gradient is zero only to about 1e-5.
    expect(Math.hypot(...at.g)).toBeLessThan(5e-5);
  });
});

describe("linearRegression on the three people (loss 'ssr')", () => {
  const ssr = linearRegression(PEOPLE_X, PEOPLE_Y, { loss: 'ssr' });

  it("linearRegression(x, y, {loss: 'ssr'}) at slope 0.64 gives 3.15592, 1.91742, 1.05392 for intercepts 0, 0.25, 0.5", () => {
    roundsTo(evaluate(ssr, [0, 0.64]).f, '3.15592');
    roundsTo(evaluate(ssr, [0.25, 0.64]).f, '1.91742');
    roundsTo(evaluate(ssr, [0.5, 0.64]).f, '1.05392');
  });

  it("linearRegression(x, y, {loss: 'ssr'}) is flat at intercept 0.948718, slope 0.641026", () => {
    const at = evaluate(ssr, [0.948718, 0.641026]);
    expect(Math.hypot(...at.g)).toBeLessThan(3e-5);
  });

  it("linearRegression(x, y, {loss: 'ssr'}) has ∂/∂θ₀ = −2 Σ rᵢ, written out by hand at (0, 0.64)", () => {
    // residuals y − 0.64 x: 1.08, 0.428, 1.344
    const at = evaluate(ssr, [0, 0.64]);
    expect(at.g[0]).toBeCloseTo(-2 * (1.08 + 0.428 + 1.344), 12);
    expect(at.g[1]).toBeCloseTo(-2 * (1.08 * 0.5 + 0.428 * 2.3 + 1.344 * 2.9), 12);
  });
});

describe('linearRegression loss conventions', () => {
  const data = fc
    .integer({ min: 1, max: 40 })
    .chain((n) =>
      fc.record({
        x: fc.array(finite(50), { minLength: n, maxLength: n }),
        y: fc.array(finite(50), { minLength: n, maxLength: n }),
        theta: fc.array(finite(5), { minLength: 2, maxLength: 2 }),
      }),
    );

  it("linearRegression(x, y, {loss}) gives ssr = n · mse = 2n · 'mse/2', gradients alike", () => {
    fc.assert(
      fc.property(data, ({ x, y, theta }) => {
        const n = x.length;
        const ssr = evaluate(linearRegression(f64(x), f64(y), { loss: 'ssr' }), theta);
        const mse = evaluate(linearRegression(f64(x), f64(y), { loss: 'mse' }), theta);
        const half = evaluate(linearRegression(f64(x), f64(y), { loss: 'mse/2' }), theta);
        const scale = 1 + ssr.f;
        expect(Math.abs(ssr.f - n * mse.f)).toBeLessThanOrEqual(1e-12 * scale);
        expect(Math.abs(ssr.f - 2 * n * half.f)).toBeLessThanOrEqual(1e-12 * scale);
        ssr.g.forEach((g, k) => {
          const gradientScale = 1 + Math.abs(g) + 100 * scale;
          expect(Math.abs(g - n * (mse.g[k] as number))).toBeLessThanOrEqual(1e-12 * gradientScale);
          expect(Math.abs(g - 2 * n * (half.g[k] as number))).toBeLessThanOrEqual(1e-12 * gradientScale);
        });
      }),
    );
  });

  it('linearRegression(x, y) matches a plain loop for any data, with and without intercept', () => {
    fc.assert(
      fc.property(data, fc.boolean(), ({ x, y, theta }, intercept) => {
        const params = intercept ? theta : theta.slice(1);
        const objective = linearRegression(f64(x), f64(y), { intercept });
        const at = evaluate(objective, params);
        const expected = referenceMse([f64(x)], f64(y), params, intercept);
        expect(Math.abs(at.f - expected.f)).toBeLessThanOrEqual(1e-12 * (1 + expected.f));
        at.g.forEach((g, k) =>
          expect(Math.abs(g - (expected.g[k] as number))).toBeLessThanOrEqual(1e-11 * (1 + 50 * Math.sqrt(expected.f) * 50)),
        );
      }),
    );
  });
});

describe('linearRegression with several features', () => {
  const columns = polynomialFeatures(bill, 3).map((column) => column.map((v) => v / 50));

  it('linearRegression(polynomialFeatures(bill, 3), tip) matches a plain loop', () => {
    const theta = [0.5, 2, -1, 0.3];
    const at = evaluate(linearRegression(columns, tip), theta);
    const expected = referenceMse(columns, tip, theta, true);
    expect(Math.abs(at.f - expected.f)).toBeLessThan(1e-13 * expected.f);
    at.g.forEach((g, k) => expect(Math.abs(g - (expected.g[k] as number))).toBeLessThan(1e-13 * Math.abs(expected.g[k] as number)));
  });

  it("linearRegression(columns, y, {loss: 'mse/2'}) has the gradient of its own loss (central differences)", () => {
    const objective = linearRegression(columns, tip, { loss: 'mse/2', intercept: false });
    const theta = [1.1, -0.4, 0.2];
    const at = evaluate(objective, theta);
    at.g.forEach((g, k) => expect(g).toBeCloseTo(centralDifference(objective, theta, k, 1e-5), 6));
  });

  it('polynomialFeatures(x, 3) returns the columns x, x², x³', () => {
    const x = f64([-2, 0.5, 3]);
    const [first, second, third, ...rest] = polynomialFeatures(x, 3);
    expect(rest).toHaveLength(0);
    expect(Array.from(first as Float64Array)).toEqual([-2, 0.5, 3]);
    expect(Array.from(second as Float64Array)).toEqual([4, 0.25, 9]);
    expect(Array.from(third as Float64Array)).toEqual([-8, 0.125, 27]);
    expect(first).not.toBe(x);
  });
});

describe('DatasetObjective.batch', () => {
  const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  const theta = f64([0.7, 0.12]);

  function bitsEqual(a: ArrayLike<number>, b: ArrayLike<number>) {
    expect(Array.from(a).map((v) => Object.is(v, -0) ? 0 : v)).toEqual(Array.from(b).map((v) => Object.is(v, -0) ? 0 : v));
    for (let i = 0; i < a.length; i++) expect(Object.is(a[i], b[i]) || a[i] === b[i]).toBe(true);
  }

  it.each([
    ['244 rows (even)', 244],
    ['243 rows (odd)', 243],
    ['1 row', 1],
  ])('linearRegression(x, y).batch and .batchRows over all rows in order equal the full objective bit for bit: %s', (_, n) => {
    for (const loss of ['ssr', 'mse', 'mse/2'] as const) {
      const objective = linearRegression(bill.subarray(0, n), tip.subarray(0, n), { loss });
      const full = new Float64Array(2);
      const f = objective(theta, full);
      const listed = new Float64Array(2);
      expect(lossOf((out) => objective.batch(theta, listed, identity(n), 0, n, out))).toBe(f);
      bitsEqual(listed, full);
      const rows = new Float64Array(2);
      const values = objective.rowTable?.().values as Float64Array;
      expect(lossOf((out) => objective.batchRows?.(theta, rows, values, 0, n, out))).toBe(f);
      bitsEqual(rows, full);
    }
  });

  it('linearRegression(x, y).batch over all rows of a 10 000-row set equals the full objective bit for bit', () => {
    const n = 10_001;
    const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 3);
    const y = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 0.7) + 0.3 * i / n);
    const objective = linearRegression(x, y);
    const full = new Float64Array(2);
    const partial = new Float64Array(2);
    expect(lossOf((out) => objective.batch(theta, partial, identity(n), 0, n, out))).toBe(objective(theta, full));
    bitsEqual(partial, full);
  });

  it('linearRegression(columns, y) and logisticRegression(columns, labels) batches over all rows equal the full objectives bit for bit', () => {
    const columns = [bill, Float64Array.from(bill, (v, i) => (v * (i % 7)) / 10)];
    const labels = Float64Array.from(tip, (v) => (v > 3 ? 1 : 0));
    for (const objective of [linearRegression(columns, tip), logisticRegression(columns, labels)]) {
      const x = f64([0.2, -0.05, 0.01]);
      const full = new Float64Array(3);
      const partial = new Float64Array(3);
      expect(lossOf((out) => objective.batch(x, partial, identity(244), 0, 244, out))).toBe(objective(x, full));
      bitsEqual(partial, full);
    }
  });

  it('linearRegression(x, y).batch(θ, g, rows, start, end) equals the objective built on just those rows', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 243 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('ssr', 'mse', 'mse/2' as const),
        (rows, pad, loss) => {
          const indices = new Int32Array(rows.length + 2 * pad).fill(-1);
          indices.set(rows, pad);
          const subset = linearRegression(f64(rows.map((r) => bill[r] as number)), f64(rows.map((r) => tip[r] as number)), { loss });
          const whole = linearRegression(bill, tip, { loss });
          const expected = new Float64Array(2);
          const actual = new Float64Array(2);
          expect(lossOf((out) => whole.batch(theta, actual, indices, pad, pad + rows.length, out))).toBe(subset(theta, expected));
          bitsEqual(actual, expected);
        },
      ),
    );
  });

  it('linearRegression(x, y).rowTable() is the data with x and y interleaved, made once', () => {
    const objective = linearRegression(PEOPLE_X, PEOPLE_Y);
    const table = objective.rowTable?.();
    expect(table?.width).toBe(2);
    expect(Array.from(table?.values ?? [])).toEqual([0.5, 1.4, 2.3, 1.9, 2.9, 3.2]);
    expect(objective.rowTable?.()).toBe(table);
  });

  it('linearRegression(x, y).batchRows over rows of a reordered table equals batch over the same rows listed in that order', () => {
    const n = 10_001;
    const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 3);
    const y = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 0.7) + 0.3 * i / n);
    const objective = linearRegression(x, y, { intercept: false });
    const order = Int32Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const reordered = new Float64Array(2 * n);
    order.forEach((row, t) => reordered.set([x[row] as number, y[row] as number], 2 * t));
    const theta1 = f64([0.4]);
    for (const [start, end] of [[0, n], [5, 6], [17, 4113], [4096, 8193], [n - 33, n]] as const) {
      const listed = new Float64Array(1);
      const rows = new Float64Array(1);
      expect(lossOf((out) => objective.batchRows?.(theta1, rows, reordered, start, end, out))).toBe(lossOf((out) => objective.batch(theta1, listed, order, start, end, out)));
      bitsEqual(rows, listed);
    }
  });

  it('linearRegression(x, y).batchRows throws a RangeError for a table of the wrong length or a bad range', () => {
    const objective = linearRegression(bill, tip);
    const g = new Float64Array(2);
    const values = objective.rowTable?.().values as Float64Array;
    expect(() => objective.batchRows?.(theta, g, values.subarray(2), 0, 3, new Float64Array(1))).toThrow(/values must hold 244 rows of 2 \(length 488\); received length 486/);
    expect(() => objective.batchRows?.(theta, g, values, 3, 3, new Float64Array(1))).toThrow(/end must be/);
    expect(() => objective.batchRows?.(theta, g, values, 0, 245, new Float64Array(1))).toThrow(/end must be .*rows \(244\); received 245/);
    expect(() => objective.batchRows?.(theta, g, values, -1, 2, new Float64Array(1))).toThrow(RangeError);
  });

  it('linearRegression(x, y).batch throws a RangeError for an empty or out-of-bounds range', () => {
    const objective = linearRegression(bill, tip);
    const g = new Float64Array(2);
    const rows = identity(10);
    expect(() => objective.batch(theta, g, rows, 3, 3, new Float64Array(1))).toThrow(/end must be/);
    expect(() => objective.batch(theta, g, rows, -1, 3, new Float64Array(1))).toThrow(RangeError);
    expect(() => objective.batch(theta, g, rows, 0, 11, new Float64Array(1))).toThrow(/end must be .*received 11/);
    expect(() => objective.batch(theta, g, [0, 1] as unknown as Int32Array, 0, 2, new Float64Array(1))).toThrow(/indices must be an Int32Array/);
    expect(() => objective.batch(theta, g, rows, 0, 2, undefined as unknown as Float64Array)).toThrow(/loss must be a Float64Array of length ≥ 1/);
    expect(() => objective.batch(theta, g, rows, 0, 2, new Float64Array(0))).toThrow(/loss must be a Float64Array of length ≥ 1/);
  });

  it('batch throws a RangeError naming a listed row number that is not a row, for every kind of objective', () => {
    const objectives = [
      linearRegression(bill, tip),
      linearRegression([bill, tip], tip),
      logisticRegression(bill, Float64Array.from(bill, (b) => (b > 20 ? 1 : 0))),
    ];
    for (const objective of objectives) {
      const x = new Float64Array(objective.dimension);
      const g = new Float64Array(objective.dimension);
      for (const bad of [-1, bill.length, 2 ** 31 - 1]) {
        const rows = Int32Array.from([0, 1, bad, 3]);
        expect(() => objective.batch(x, g, rows, 0, 4, new Float64Array(1))).toThrow(new RegExp(`indices\\[2\\] must be a row number from 0 to ${bill.length - 1}; received ${bad}`));
        expect(Number.isFinite(lossOf((out) => objective.batch(x, g, rows, 3, 4, out)))).toBe(true);
      }
    }
  });
});

describe('logisticRegression', () => {
  const x = f64([-2, -1, -0.5, 0.3, 1, 2.5, 4]);
  const labels = f64([0, 0, 1, 0, 1, 1, 1]);

  function referenceCrossEntropy(theta: number[]) {
    let f = 0;
    const g = [0, 0];
    x.forEach((xi, i) => {
      const p = 1 / (1 + Math.exp(-((theta[0] as number) + (theta[1] as number) * xi)));
      const y = labels[i] as number;
      f -= (y * Math.log(p) + (1 - y) * Math.log(1 - p)) / x.length;
      g[0] = (g[0] as number) + (p - y) / x.length;
      g[1] = (g[1] as number) + ((p - y) * xi) / x.length;
    });
    return { f, g };
  }

  it('logisticRegression(x, labels) is ln 2 at θ = 0 with gradient mean(½ − y) and mean((½ − y) x)', () => {
    const at = evaluate(logisticRegression(x, labels), [0, 0]);
    expect(at.f).toBeCloseTo(Math.LN2, 14);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(at.g[0]).toBeCloseTo(mean(Array.from(labels, (y) => 0.5 - y)), 14);
    expect(at.g[1]).toBeCloseTo(mean(Array.from(labels, (y, i) => (0.5 - y) * (x[i] as number))), 14);
  });

  it('logisticRegression(x, labels) matches the textbook formula −mean(y ln p + (1 − y) ln(1 − p))', () => {
    fc.assert(
      fc.property(finite(3), finite(3), (a, b) => {
        const at = evaluate(logisticRegression(x, labels), [a, b]);
        const expected = referenceCrossEntropy([a, b]);
        expect(at.f).toBeCloseTo(expected.f, 10);
        at.g.forEach((g, k) => expect(g).toBeCloseTo(expected.g[k] as number, 12));
      }),
    );
  });

  it('logisticRegression(x, labels) stays finite where σ saturates (|z| up to 10⁶)', () => {
    const objective = logisticRegression(x, labels);
    const at = evaluate(objective, [0, 2.5e5]);
    // Row 0 (x = −2, label 0) is right; row 2 (x = −0.5, label 1) costs z = 1.25e5; row 3 (x = 0.3, label 0) costs 7.5e4.
    expect(at.f).toBeCloseTo((1.25e5 + 7.5e4) / 7, 6);
    expect(at.g[1]).toBeCloseTo((-1 * -0.5 + 1 * 0.3) / 7, 12);
    expect(Number.isFinite(evaluate(objective, [0, -1e300]).f)).toBe(true);
  });

  it('logisticRegression(x, labels) throws a RangeError for labels other than 0 and 1', () => {
    expect(() => logisticRegression(x, f64([0, 0, 1, 0, 1, 1, 0.5]))).toThrow(/labels must be 0 or 1; labels\[6\] is 0\.5/);
    expect(() => logisticRegression(x, f64([0, 0, 1, 0, 1, 1, -1]))).toThrow(RangeError);
  });
});

describe('data objective validation', () => {
  it('linearRegression(x, y) throws a RangeError naming an empty y', () => {
    expect(() => linearRegression(new Float64Array(0), new Float64Array(0))).toThrow(/y must be non-empty; received length 0/);
  });

  it('linearRegression(x, y) throws a RangeError on a length mismatch', () => {
    expect(() => linearRegression(f64([1, 2, 3]), f64([1, 2]))).toThrow(/x must have the same length as y \(2\); received length 3/);
    expect(() => linearRegression([f64([1, 2]), f64([1])], f64([1, 2]))).toThrow(/features\[1\] must have the same length/);
  });

  it('linearRegression(x, y) throws a RangeError naming the non-finite value', () => {
    expect(() => linearRegression(f64([1, NaN]), f64([1, 2]))).toThrow(/x\[1\] is NaN/);
    expect(() => linearRegression(f64([1, 2]), f64([Infinity, 2]))).toThrow(/y\[0\] is Infinity/);
  });

  it('linearRegression(x, y, {loss}) throws a RangeError for an unknown loss name', () => {
    expect(() => linearRegression(f64([1]), f64([1]), { loss: 'MSE' as 'mse' })).toThrow(/loss must be .*received "MSE"/);
  });

  it('linearRegression(x, y) throws a RangeError for features that are not Float64Arrays', () => {
    expect(() => linearRegression([1, 2] as unknown as Float64Array, f64([1, 2]))).toThrow(/features\[0\] must be a Float64Array; received 1/);
    expect(() => linearRegression([], f64([1, 2]))).toThrow(/features must be/);
  });

  it('the objective throws a RangeError when x or the gradient has the wrong length', () => {
    const objective = linearRegression(f64([1, 2]), f64([1, 2]));
    expect(() => objective(f64([1]), new Float64Array(2))).toThrow(/x must have length 2.*received length 1/);
    expect(() => objective(f64([1, 2]), new Float64Array(3))).toThrow(/gradient must have length 2/);
  });

  it('polynomialFeatures(x, degree) throws a RangeError for a bad degree', () => {
    for (const degree of [0, -1, 1.5, NaN, 1001]) {
      expect(() => polynomialFeatures(f64([1, 2]), degree)).toThrow(/degree must be an integer from 1 to 1000/);
    }
  });
});
