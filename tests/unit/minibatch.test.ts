import { batchBounds, gradientDescent, linearRegression, miniBatchDescent } from '@descent/optimizer';
import { describe, expect, it } from 'vitest';
import { tips } from '../../src/problems/datasets.ts';
import { getExample } from '../../src/examples/index.ts';
import { serverDocument } from '../../src/plots/server.ts';
import { drawMiniBatch } from '../../src/widgets/minibatch/plot.ts';
import {
  atEpoch,
  lineLoss,
  miniBatchParams,
  miniBatchQuantities,
  pathMarks,
  runMiniBatch,
  stepsPerEpoch,
  type MiniBatchExample,
} from '../../src/widgets/minibatch/model.ts';

const example = getExample('tips-batch-size') as MiniBatchExample;
const short = { ...example.defaults, epochs: 50 };
const objective = linearRegression(tips.x, tips.y);

describe('mini-batch descent with one batch of all rows', () => {
  it('is full-batch gradientDescent bit for bit, step by step', () => {
    const options = { learningRate: 0.001, trajectory: true };
    const mini = miniBatchDescent(objective, [0, 0], { ...options, batchSize: 244, epochs: 300, seed: 5 });
    const full = gradientDescent(objective, [0, 0], { ...options, stop: { maxSteps: 300 } });
    expect(mini.trajectory!.length).toBe(301);
    expect(mini.trajectory!.map((p) => p.x)).toEqual(full.trajectory!.map((p) => p.x));
    expect(mini.trajectory!.map((p) => p.f)).toEqual(full.trajectory!.map((p) => p.f));
    expect(Object.is(mini.x[0], full.x[0]) && Object.is(mini.x[1], full.x[1])).toBe(true);
  });

  it('is reported as identical by the widget, and only then', () => {
    const all = runMiniBatch(example, { ...short, batch: 244 });
    expect(all.identical).toBe(true);
    expect(miniBatchQuantities(all).identical).toBe('identical');
    expect(Array.from(all.mini.result.x)).toEqual(Array.from(all.full.result.x));
    for (const batch of [1, 32, 243]) expect(runMiniBatch(example, { ...short, batch }).identical).toBe(false);
  });
});

describe('runMiniBatch(example, params)', () => {
  it('leaves the run as miniBatchDescent computes it: recording iterates changes no bit', () => {
    const run = runMiniBatch(example, short);
    const plain = miniBatchDescent(objective, short.x0, { learningRate: short.lr, batchSize: short.batch, epochs: short.epochs, seed: short.seed });
    expect(Array.from(run.mini.result.x)).toEqual(Array.from(plain.x));
    expect(run.mini.result.f).toBe(plain.f);
  });

  it('records the iterate after update u at mark u, as the runner’s own trajectory has it', () => {
    const run = runMiniBatch(example, short);
    const traced = miniBatchDescent(objective, [0, 0], {
      learningRate: short.lr,
      batchSize: short.batch,
      epochs: short.epochs,
      seed: short.seed,
      trajectory: true,
    });
    expect(traced.trajectory!.length).toBe(short.epochs * 8 + 1);
    for (const p of run.mini.path) {
      const q = traced.trajectory![p.u]!;
      expect([p.intercept, p.slope, p.f]).toEqual([q.x[0], q.x[1], q.f]);
    }
  });

  it('gives the same run for the same seed and another for another seed', () => {
    const a = miniBatchQuantities(runMiniBatch(example, short));
    const b = miniBatchQuantities(runMiniBatch(example, short));
    const c = miniBatchQuantities(runMiniBatch(example, { ...short, seed: 2 }));
    expect(a).toEqual(b);
    expect(c.intercept).not.toBe(a.intercept);
    expect(c['full.intercept']).toBe(a['full.intercept']);
  });

  it('lists each table epoch it reached, and the last epoch', () => {
    const run = runMiniBatch(example, { ...short, epochs: 250 });
    expect(run.tableEpochs).toEqual([0, 1, 10, 100, 250]);
    for (const e of run.tableEpochs) {
      expect(atEpoch(run.mini, e)?.u).toBe(e * 8);
      expect(atEpoch(run.full, e)?.u).toBe(e);
    }
  });

  it('says where a run diverged and shows no NaN', () => {
    const run = runMiniBatch(example, { ...short, lr: 0.5 });
    const q = miniBatchQuantities(run);
    expect(q.status).toBe('diverged');
    expect(q['full.status']).toBe('diverged');
    expect(run.mini.result.divergedAt).toBeGreaterThan(0);
    for (const value of Object.values(q)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    const svg = drawMiniBatch(example, run, serverDocument()).outerHTML;
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('finishes the longest run a reader can ask for (batch size 1, 10,000 epochs) without recording every update', () => {
    const run = runMiniBatch(example, { ...example.defaults, batch: 1, epochs: 10_000 });
    expect(run.mini.result.iterations).toBe(2_440_000);
    expect(run.mini.path.length).toBeLessThan(1000);
  }, 30_000);
});

describe('pathMarks(updates, perEpoch, tableEpochs)', () => {
  it('keeps the first updates, evenly spaced ones and the table epochs, ascending and below the run’s length', () => {
    const marks = pathMarks(40_000, 4, [0, 1, 10, 100, 1000, 10_000]);
    expect(marks.slice(0, 60)).toEqual(Array.from({ length: 60 }, (_, u) => u));
    expect(marks).toContain(4000);
    expect(marks).not.toContain(40_000);
    expect([...marks].sort((a, b) => a - b)).toEqual(marks);
    expect(new Set(marks).size).toBe(marks.length);
    expect(marks.length).toBeLessThan(400);
  });
});

describe('stepsPerEpoch(rows, batch)', () => {
  it('counts the batches that batchBounds cuts', () => {
    for (let rows = 1; rows <= 60; rows++) {
      for (let batch = 1; batch <= rows; batch++) expect(stepsPerEpoch(rows, batch)).toBe(batchBounds(rows, { batchSize: batch }).length - 1);
    }
    expect(stepsPerEpoch(244, 1000)).toBe(1);
  });
});

describe('lineLoss(data)', () => {
  it('is the package’s MSE, from the data’s moments', () => {
    const loss = lineLoss(tips);
    for (const [a, b] of [[0, 0], [0.92, 0.105], [-0.2, 0.21], [1.4, -0.01]] as const) {
      const exact = objective(Float64Array.of(a, b), new Float64Array(2));
      expect(Math.abs(loss(a, b) - exact)).toBeLessThan(1e-9 * exact);
    }
  });
});

describe('miniBatchParams(example)', () => {
  it('offers batch sizes from 1 to all rows on a slider', () => {
    const batch = miniBatchParams(example).find((p) => p.name === 'batch');
    expect(batch).toMatchObject({ kind: 'number', min: 1, max: 244, integer: true, slider: true });
  });
});
