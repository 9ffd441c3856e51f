import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchBounds, batchIndices, MAX_EPOCHS, TWO_LEVEL_SHUFFLE_ROWS } from '../src/batches.ts';
import { linearRegression } from '../src/data.ts';
import * as descent from '../src/descent.ts';
import { miniBatchDescent } from '../src/descent.ts';
import { seededRandom } from '../src/random.ts';
import { loadTips } from './fixtures/tips.ts';
import { fittedLine } from './helpers.ts';

const { bill, tip } = loadTips();
const f64 = (values: readonly number[]) => Float64Array.from(values);

/** Least squares for tip ≈ θ₀ + θ₁ · bill from the closed form (covariance over variance). */
function tipsLeastSquares(): { intercept: number; slope: number; mse: number } {
  const n = bill.length;
  const { intercept, slope } = fittedLine(bill, tip);
  let mse = 0;
  bill.forEach((x, i) => (mse += (intercept + slope * x - (tip[i] as number)) ** 2 / n));
  return { intercept, slope, mse };
}

describe('batchBounds', () => {
  it('batchBounds(n, {batchSize}) cuts full batches and one smaller last batch', () => {
    expect(Array.from(batchBounds(10, { batchSize: 4 }))).toEqual([0, 4, 8, 10]);
    expect(Array.from(batchBounds(12, { batchSize: 4 }))).toEqual([0, 4, 8, 12]);
    expect(Array.from(batchBounds(244, { batchSize: 244 }))).toEqual([0, 244]);
    expect(batchBounds(5, { batchSize: 1 })).toHaveLength(6);
  });

  it('batchBounds(n, {batchCount}) cuts k batches whose sizes differ by at most one, larger first', () => {
    expect(Array.from(batchBounds(10, { batchCount: 4 }))).toEqual([0, 3, 6, 8, 10]);
    expect(Array.from(batchBounds(12, { batchCount: 3 }))).toEqual([0, 4, 8, 12]);
    expect(Array.from(batchBounds(244, { batchCount: 4 }))).toEqual([0, 61, 122, 183, 244]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))), ([n, k]) => {
        const bounds = batchBounds(n, { batchCount: k });
        const sizes = Array.from(bounds.subarray(1), (b, j) => b - (bounds[j] as number));
        expect(sizes).toHaveLength(k);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(sizes.slice().sort((a, b) => b - a)).toEqual(sizes);
        expect(bounds[k]).toBe(n);
      }),
    );
  });

  it.each([
    [{ batchSize: 0 }, /batchSize \(for 10 rows\) must be an integer from 1 to 10; received 0/],
    [{ batchSize: 11 }, /received 11/],
    [{ batchSize: 2.5 }, /received 2.5/],
    [{ batchCount: 0 }, /batchCount \(for 10 rows\) must be an integer from 1 to 10/],
    [{ batchCount: 11 }, /received 11/],
    [{ batchSize: 2, batchCount: 5 }, /exactly one of batchSize and batchCount/],
    [{}, /exactly one of batchSize and batchCount/],
  ])('batchBounds(10, %j) throws a RangeError', (split, message) => {
    expect(() => batchBounds(10, split)).toThrow(RangeError);
    expect(() => batchBounds(10, split)).toThrow(message);
  });
});

describe('batchIndices', () => {
  it('batchIndices(12, {batchCount: 3}, rng) splits a permutation of 0..11 into 3 batches of 4', () => {
    const batches = batchIndices(12, { batchCount: 3 }, seededRandom(1));
    expect(batches.map((b) => b.length)).toEqual([4, 4, 4]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(batches.flat()).not.toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it('batchIndices(n, split, rng) partitions the rows into batches of the documented sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }), fc.boolean())),
        fc.integer(),
        ([n, size, bySize], seed) => {
          const split = bySize ? { batchSize: size } : { batchCount: size };
          const batches = batchIndices(n, split, seededRandom(seed));
          const bounds = batchBounds(n, split);
          expect(batches.map((b) => b.length)).toEqual(Array.from(bounds.subarray(1), (b, j) => b - (bounds[j] as number)));
          expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        },
      ),
    );
  });

  /**
   * The documented rule written out: the generator's uniforms shuffle 0..n − 1 by Fisher–Yates up to
   * TWO_LEVEL_SHUFFLE_ROWS rows; above that, each row draws one of 256 buckets (four rows a draw, a
   * byte each, lowest first), the buckets are laid out in turn and each is shuffled by Fisher–Yates.
   * The batches are consecutive runs of the order; one batch is 0..n − 1 unshuffled.
   */
  function referenceBatches(n: number, split: { batchSize?: number; batchCount?: number }, seed: number): number[][] {
    const bounds = batchBounds(n, split);
    if (bounds.length === 2) return [Array.from({ length: n }, (_, i) => i)];
    const draws = seededRandom(seed);
    const fisherYates = (rows: number[]) => {
      for (let i = rows.length - 1; i > 0; i--) {
        const j = Math.floor(draws.next() * (i + 1));
        [rows[i], rows[j]] = [rows[j] as number, rows[i] as number];
      }
      return rows;
    };
    let shuffled: number[];
    if (n <= TWO_LEVEL_SHUFFLE_ROWS) {
      shuffled = fisherYates(Array.from({ length: n }, (_, i) => i));
    } else {
      const buckets: number[][] = Array.from({ length: 256 }, () => []);
      let draw = 0;
      for (let i = 0; i < n; i++) {
        if (i % 4 === 0) draw = draws.nextUint32();
        buckets[Math.floor(draw / 256 ** (i % 4)) % 256]?.push(i);
      }
      shuffled = buckets.flatMap(fisherYates);
    }
    return Array.from(bounds.subarray(1), (end, j) => shuffled.slice(bounds[j], end));
  }

  it.each([
    [30, { batchSize: 8 }],
    [30, { batchSize: 1 }],
    [31, { batchCount: 4 }],
    [5000, { batchCount: 3 }],
    [5000, { batchSize: 1024 }],
    [12, { batchCount: 1 }],
    [TWO_LEVEL_SHUFFLE_ROWS, { batchSize: 4096 }],
    [TWO_LEVEL_SHUFFLE_ROWS + 1, { batchSize: 4096 }],
    [200_003, { batchCount: 7 }],
  ])('batchIndices(%i, %j, rng) is the shuffled order cut into consecutive batches', (n, split) => {
    expect(batchIndices(n, split, seededRandom(77))).toEqual(referenceBatches(n, split, 77));
  });

  it('batchIndices(n, split, rng) above TWO_LEVEL_SHUFFLE_ROWS puts a row in each tenth of the order about equally often', () => {
    const n = TWO_LEVEL_SHUFFLE_ROWS + 4_000;
    const rng = seededRandom(11);
    const epochs = 150;
    const tracked = new Set([0, 1, 2, 3, 4, 1000, n >> 1, n - 1]);
    const counts = new Array<number>(10).fill(0);
    for (let epoch = 0; epoch < epochs; epoch++) {
      const [first = [], second = []] = batchIndices(n, { batchCount: 2 }, rng);
      first.concat(second).forEach((row, place) => {
        if (tracked.has(row)) counts[Math.floor((10 * place) / n)]! += 1;
      });
    }
    // Chi-square with 9 degrees of freedom: above 27.9 once in a thousand times for a uniform order.
    const expected = (tracked.size * epochs) / 10;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(27.9);
  });

  it('batchIndices(n, split, rng) with the same seed gives the same batches, with another seed others', () => {
    const a = batchIndices(100, { batchSize: 10 }, seededRandom(5));
    expect(batchIndices(100, { batchSize: 10 }, seededRandom(5))).toEqual(a);
    expect(batchIndices(100, { batchSize: 10 }, seededRandom(6))).not.toEqual(a);
  });
});

describe('miniBatchDescent', () => {
  const mse = linearRegression(bill, tip);

  it('miniBatchDescent(objective, x0, {batchSize: n}) reproduces plain full-batch gradient descent bit for bit', () => {
    const rate = 0.001;
    const steps = 200;
    const x = f64([0, 0]);
    const g = new Float64Array(2);
    for (let k = 0; k < steps; k++) {
      mse(x, g);
      for (let i = 0; i < 2; i++) x[i] = (x[i] as number) - rate * (g[i] as number);
    }
    const f = mse(x, g);
    for (const split of [{ batchSize: 244 }, { batchCount: 1 }]) {
      const run = miniBatchDescent(mse, [0, 0], { learningRate: rate, epochs: steps, seed: 3, ...split });
      expect(Array.from(run.x)).toEqual(Array.from(x));
      expect(run.f).toBe(f);
      expect(run.iterations).toBe(steps);
    }
  });

  it('miniBatchDescent(objective, x0, {batchSize: n}) matches gradientDescent bit for bit, odd n and SSR too', () => {
    const objective = linearRegression(bill.subarray(0, 243), tip.subarray(0, 243), { loss: 'ssr' });
    const gd = descent.gradientDescent(objective, [0.5, 0], { learningRate: 1e-6, stop: { maxSteps: 300 }, trajectory: true });
    const run = miniBatchDescent(objective, [0.5, 0], { learningRate: 1e-6, batchSize: 243, epochs: 300, seed: 1, trajectory: true });
    expect(Array.from(run.x)).toEqual(Array.from(gd.x));
    expect(run.f).toBe(gd.f);
    expect(run.trajectory?.map((p) => p.x)).toEqual(gd.trajectory?.map((p) => p.x));
  });

  it('miniBatchDescent updates x ← x − η ∇L_B with L_B the mean over the batch, on the batches batchIndices gives', () => {
    const rate = 0.002;
    const rng = seededRandom(42);
    const x = f64([0.3, 0.2]);
    const g = new Float64Array(2);
    const expected: number[][] = [];
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const batch of batchIndices(244, { batchSize: 50 }, rng)) {
        const sub = linearRegression(f64(batch.map((r) => bill[r] as number)), f64(batch.map((r) => tip[r] as number)));
        sub(x, g);
        for (let i = 0; i < 2; i++) x[i] = (x[i] as number) - rate * (g[i] as number);
        expected.push(Array.from(x));
      }
    }
    const run = miniBatchDescent(mse, [0.3, 0.2], { learningRate: rate, batchSize: 50, epochs: 3, seed: 42, trajectory: true });
    expect(run.batchesPerEpoch).toBe(5);
    expect(run.iterations).toBe(15);
    expect(run.trajectory?.slice(1).map((p) => p.x)).toEqual(expected);
  });

  it.each([
    ['tips, batches of 50', 244, { batchSize: 50 }],
    ['odd rows above TWO_LEVEL_SHUFFLE_ROWS, batches of 33', TWO_LEVEL_SHUFFLE_ROWS + 4_001, { batchSize: 33 }],
    ['one batch', 1001, { batchCount: 1 }],
  ])('miniBatchDescent on a row table gives bit for bit the run on row numbers: %s', (_, n, split) => {
    const x = Float64Array.from({ length: n }, (_, i) => (i < 244 ? (bill[i] as number) : Math.sin(i) * 20 + 20));
    const y = Float64Array.from({ length: n }, (_, i) => (i < 244 ? (tip[i] as number) : 1 + 0.1 * (x[i] as number) + Math.cos(i)));
    const objective = linearRegression(x, y);
    expect(typeof objective.batchRows).toBe('function');
    // The same objective without rowTable and batchRows: the runner lists row numbers for `batch`.
    const listed = Object.assign((theta: Float64Array, g: Float64Array) => objective(theta, g), {
      rows: objective.rows,
      dimension: objective.dimension,
      intercept: objective.intercept,
      loss: objective.loss,
      batch: objective.batch,
    });
    const options = { learningRate: 0.001, epochs: 3, seed: 8, trajectory: { cap: 50 }, ...split };
    const fast = miniBatchDescent(objective, [0, 0], options);
    const slow = miniBatchDescent(listed, [0, 0], options);
    expect(Array.from(fast.x)).toEqual(Array.from(slow.x));
    expect(fast.f).toBe(slow.f);
    expect(fast.trajectory).toEqual(slow.trajectory);
  });

  it('miniBatchDescent with the same seed gives the same run, and another seed a different one', () => {
    const options = { learningRate: 0.001, batchSize: 16, epochs: 20, seed: 42, trajectory: true };
    const a = miniBatchDescent(mse, [0, 0], options);
    const b = miniBatchDescent(mse, [0, 0], options);
    expect(b).toEqual(a);
    const c = miniBatchDescent(mse, [0, 0], { ...options, seed: 43 });
    expect(Array.from(c.x)).not.toEqual(Array.from(a.x));
  });

  // The source's unseeded run ended at (0.9199, 0.0989) with MSE 1.0537. With a constant rate the
  // last few updates jitter the slope by about ±0.01, so the final MSE depends on the seed (from
  // +0 % to about +5 % above the optimum over seeds 1 to 5); seed 42 ends at (0.9199, 0.1105),
  // MSE 1.0499, +1.3 %. The test checks the closeness the chapter relies on, not those digits.
  it('miniBatchDescent on the tips data, 4 batches of 61, rate 0.001, 10 000 epochs, ends near least squares', () => {
    const best = tipsLeastSquares();
    expect(best.intercept).toBeCloseTo(0.92027, 5);
    const run = miniBatchDescent(mse, [0, 0], { learningRate: 0.001, batchCount: 4, epochs: 10_000, seed: 42 });
    expect(run.reason).toBe('max-steps');
    expect(run.iterations).toBe(40_000);
    expect(run.epochs).toBe(10_000);
    expect(Math.abs((run.x[0] as number) - best.intercept)).toBeLessThan(0.05);
    expect(Math.abs((run.x[1] as number) - best.slope)).toBeLessThan(0.05);
    expect(run.f).toBeGreaterThanOrEqual(best.mse);
    expect(run.f).toBeLessThan(1.03 * best.mse);
  });

  it('miniBatchDescent(objective, x0, {recordLoss: true}) records the batch loss per update and the full loss per epoch', () => {
    const run = miniBatchDescent(mse, [0, 0], { learningRate: 0.001, batchCount: 4, epochs: 5, seed: 1, recordLoss: true });
    expect(run.batchLoss).toHaveLength(20);
    expect(run.epochLoss).toHaveLength(6);
    const mean = tip.reduce((a, t) => a + t * t, 0) / 244;
    expect(run.epochLoss?.[0]).toBeCloseTo(mean, 12);
    expect(run.epochLoss?.[5]).toBe(run.f);
    const [first] = batchIndices(244, { batchCount: 4 }, seededRandom(1));
    const firstLoss = (first as number[]).reduce((a, r) => a + (tip[r] as number) ** 2, 0) / 61;
    expect(run.batchLoss?.[0]).toBeCloseTo(firstLoss, 12);
  });

  it('miniBatchDescent records trajectory points with full-data f and the subtracted step', () => {
    const run = miniBatchDescent(mse, [0, 0], { learningRate: 0.001, batchSize: 100, epochs: 2, seed: 1, trajectory: true });
    const points = run.trajectory ?? [];
    expect(points.map((p) => p.k)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const g = new Float64Array(2);
    for (let k = 1; k < points.length; k++) {
      const [p, q] = [points[k - 1], points[k]];
      q?.x.forEach((v, i) => expect(v).toBe((p?.x[i] as number) - (q.step[i] as number)));
      expect(q?.f).toBe(mse(f64(q?.x ?? []), g));
    }
  });

  it('miniBatchDescent reports divergence with divergedAt and the last finite iterate, never NaN', () => {
    const run = miniBatchDescent(mse, [0, 0], { learningRate: 0.1, batchSize: 10, epochs: 1000, seed: 2, recordLoss: true });
    expect(run.reason).toBe('diverged');
    expect(run.rule).toBe('diverged');
    expect(run.divergedAt).toBeGreaterThan(1);
    expect(run.iterations).toBe((run.divergedAt as number) - 1);
    expect(Number.isFinite(run.f)).toBe(true);
    for (const v of [...run.x, ...run.gradient, ...(run.batchLoss ?? [])]) expect(Number.isFinite(v)).toBe(true);
    expect(run.message).toMatch(/Diverged at update/);
  });

  it('miniBatchDescent ends a diverging run with a trajectory whose last point is the result', () => {
    const run = miniBatchDescent(mse, [0, 0], { learningRate: 0.1, batchSize: 10, epochs: 1000, seed: 2, trajectory: true });
    expect(run.reason).toBe('diverged');
    const last = run.trajectory?.at(-1);
    expect(last?.k).toBe(run.iterations);
    expect(last?.x).toEqual(Array.from(run.x));
    for (const p of run.trajectory ?? []) for (const v of [...p.x, p.f, ...p.gradient]) expect(Number.isFinite(v)).toBe(true);
  });

  it('miniBatchDescent stops at update 1 when the first step leaves the finite range', () => {
    const run = miniBatchDescent(mse, [0, 0], { learningRate: 1e300, batchSize: 10, epochs: 5, seed: 2 });
    expect(run.reason).toBe('diverged');
    expect(run.divergedAt).toBe(1);
    expect(run.iterations).toBe(0);
    expect(Array.from(run.x)).toEqual([0, 0]);
    expect(run.message).toMatch(/a component of x_1 is not finite/);
  });

  it('miniBatchDescent throws a RangeError for invalid settings', () => {
    const base = { learningRate: 0.01, batchSize: 10, epochs: 1, seed: 1 };
    expect(() => miniBatchDescent(mse, [0, 0], { ...base, batchSize: 0 })).toThrow(/batchSize .* received 0/);
    expect(() => miniBatchDescent(mse, [0, 0], { ...base, batchSize: 245 })).toThrow(/received 245/);
    expect(() => miniBatchDescent(mse, [0, 0], { ...base, batchSize: 1.5 })).toThrow(RangeError);
    expect(() => miniBatchDescent(mse, [0, 0], { ...base, epochs: MAX_EPOCHS + 1 })).toThrow(/epochs must be an integer from 0 to 1000000/);
    expect(() => miniBatchDescent(mse, [0, 0], { ...base, epochs: -1 })).toThrow(RangeError);
    expect(() => miniBatchDescent(mse, [0, 0], { ...base, seed: 0.5 })).toThrow(/seed must be a finite integer/);
    expect(() => miniBatchDescent(mse, [0, 0], { ...base, learningRate: 0 })).toThrow(/learningRate/);
    expect(() => miniBatchDescent(mse, [0, 0, 0], base)).toThrow(/x0 has length 3; expected length 2/);
    expect(() => miniBatchDescent(mse, [NaN, 0], base)).toThrow(/x0 must be finite/);
    expect(() => miniBatchDescent(mse, [0, 0], { ...base, batchSize: 1, epochs: 1_000_000, recordLoss: true })).toThrow(/recordLoss/);
    const short = Object.assign((x: Float64Array, g: Float64Array) => mse(x, g), mse, {
      rowTable: () => ({ values: new Float64Array(10), width: 2 }),
    });
    expect(() => miniBatchDescent(short, [0, 0], base)).toThrow(/rowTable\(\) must give a Float64Array of rows × width = 244 × width numbers; received width 2/);
  });

  it('miniBatchDescent with 0 epochs returns x0 and its full loss', () => {
    const run = miniBatchDescent(mse, [0.5, 0.1], { learningRate: 0.01, batchSize: 10, epochs: 0, seed: 1 });
    expect(Array.from(run.x)).toEqual([0.5, 0.1]);
    expect(run.iterations).toBe(0);
    expect(run.f).toBe(mse(f64([0.5, 0.1]), new Float64Array(2)));
  });
});
