import { linearRegression, miniBatchDescent, seededRandom } from '@descent/optimizer';
import { describe, expect, it } from 'vitest';
import { getExample } from '../../src/examples/index.ts';
import { runScale, scaleQuantities, syntheticData, type ScaleExample } from '../../src/widgets/scale/model.ts';

const line = (getExample('sgd-million') as ScaleExample).problem;
const small = { n: 5000, batch: 50, lr: 0.01, epochs: 4, seed: 3 };

describe('syntheticData(line, n, seed)', () => {
  it('makes the same points from the same seed and others from another seed', () => {
    const a = Array.from(syntheticData(line, 2000, 7).data.y);
    const b = Array.from(syntheticData(line, 2000, 8).data.y);
    const c = Array.from(syntheticData(line, 2000, 7).data.y);
    expect(c).toEqual(a);
    expect(b).not.toEqual(a);
  });

  it('draws x uniformly from the line’s interval and scatters y around the line with the given noise', () => {
    const { x, y } = syntheticData(line, 200_000, 11).data;
    let [low, high, sum, squares] = [Infinity, -Infinity, 0, 0];
    for (let i = 0; i < x.length; i++) {
      low = Math.min(low, x[i]!);
      high = Math.max(high, x[i]!);
      const noise = y[i]! - (line.intercept + line.slope * x[i]!);
      sum += noise;
      squares += noise * noise;
    }
    expect(low).toBeGreaterThanOrEqual(line.x[0]);
    expect(high).toBeLessThan(line.x[1]);
    expect(Math.abs(sum / x.length)).toBeLessThan(0.01);
    expect(Math.sqrt(squares / x.length)).toBeCloseTo(line.noise, 2);
  });
});

describe('runScale(line, params, hooks)', () => {
  it('runs each epoch as one call of miniBatchDescent with a seed drawn after the data', () => {
    const run = runScale(line, small);
    const { data, shuffleSeed } = syntheticData(line, small.n, small.seed);
    const objective = linearRegression(data.x, data.y);
    const seeds = seededRandom(shuffleSeed);
    let x = [0, 0];
    for (let epoch = 1; epoch <= small.epochs; epoch++) {
      const r = miniBatchDescent(objective, x, { learningRate: small.lr, batchSize: small.batch, epochs: 1, seed: seeds.nextUint32() });
      x = Array.from(r.x);
      expect([run.rows[epoch]!.intercept, run.rows[epoch]!.slope]).toEqual(x);
    }
  });

  it('reports the data as it is made and every epoch as it ends', () => {
    const data: number[] = [];
    const epochs: number[] = [];
    runScale(line, { ...small, n: 250_000, seed: 4 }, { onData: (done) => data.push(done), onEpoch: (run) => epochs.push(run.rows.length - 1) });
    expect(data).toEqual([100_000, 200_000, 250_000]);
    expect(epochs).toEqual([0, 1, 2, 3, 4]);
  });

  it('reuses the last data set when only the descent settings change', () => {
    runScale(line, small);
    let made = 0;
    runScale(line, { ...small, batch: 7, epochs: 1 }, { onData: () => made++ });
    expect(made).toBe(0);
  });

  it('ends near the least-squares line, which is near the line the data came from', () => {
    const run = runScale(line, { ...small, n: 50_000 });
    const end = run.rows.at(-1)!;
    expect(Math.abs(end.intercept - run.leastSquares.intercept)).toBeLessThan(0.05);
    expect(Math.abs(end.slope - run.leastSquares.slope)).toBeLessThan(0.05);
    expect(Math.abs(run.leastSquares.slope - line.slope)).toBeLessThan(0.02);
    expect(end.f).toBeGreaterThanOrEqual(run.leastSquares.f);
  });

  it('stops at divergence, names the update, and shows no NaN', () => {
    const run = runScale(line, { ...small, lr: 5 });
    const q = scaleQuantities(run);
    expect(q.status).toBe('diverged');
    expect(run.divergedAt).toBeGreaterThan(0);
    for (const value of Object.values(q)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  });
});
