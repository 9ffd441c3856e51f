import { linearRegression, miniBatchDescent, permutation, seededRandom } from '@descent/optimizer';
import { describe, expect, it } from 'vitest';
import { runBatchSplit } from '../../src/widgets/batchsplit/model.ts';

describe('runBatchSplit({ n, batch, seed })', () => {
  it('cuts a permutation of 0 … n − 1 into batches of the given size, the last taking what is left', () => {
    const split = runBatchSplit({ n: 14, batch: 4, seed: 9 });
    expect(split.batches.map((b) => b.length)).toEqual([4, 4, 4, 2]);
    expect(split.batches.flat()).toEqual(split.order);
    expect([...split.order].sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i));
  });

  it('shows the seeded Fisher–Yates permutation of 0 … n − 1 as the shuffled order', () => {
    expect(runBatchSplit({ n: 12, batch: 4, seed: 1 }).order).toEqual(Array.from(permutation(12, seededRandom(1))));
  });

  it('is the split the mini-batch runner uses in its first epoch with the same seed', () => {
    const seen: number[][] = [];
    const data = Float64Array.from({ length: 12 }, (_, i) => i);
    const objective = linearRegression(data, data);
    const watched = Object.assign((x: Float64Array, g: Float64Array) => objective(x, g), {
      rows: objective.rows,
      dimension: objective.dimension,
      intercept: objective.intercept,
      loss: objective.loss,
      batch: (x: Float64Array, g: Float64Array, rows: Int32Array, start: number, end: number, loss: Float64Array) => {
        seen.push(Array.from(rows.subarray(start, end)));
        objective.batch(x, g, rows, start, end, loss);
      },
    });
    miniBatchDescent(watched, [0, 0], { learningRate: 0.001, batchSize: 4, epochs: 1, seed: 1 });
    expect(seen).toEqual(runBatchSplit({ n: 12, batch: 4, seed: 1 }).batches);
  });

  it('gives the same shuffle for the same seed and another for another seed', () => {
    expect(runBatchSplit({ n: 12, batch: 4, seed: 1 })).toEqual(runBatchSplit({ n: 12, batch: 4, seed: 1 }));
    expect(runBatchSplit({ n: 12, batch: 4, seed: 2 }).order).not.toEqual(runBatchSplit({ n: 12, batch: 4, seed: 1 }).order);
  });

  it('makes one batch of all rows, unshuffled, when the batch size is larger than n', () => {
    const split = runBatchSplit({ n: 5, batch: 9, seed: 3 });
    expect(split.batchSize).toBe(5);
    expect(split.batches).toEqual([[0, 1, 2, 3, 4]]);
  });
});
