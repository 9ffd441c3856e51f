import type { BatchSplitExample } from '../widgets/batchsplit/model.ts';
import type { MiniBatchExample } from '../widgets/minibatch/model.ts';
import type { ScaleExample } from '../widgets/scale/model.ts';
import { tips } from '../problems/datasets.ts';

const chapter = 'stochastic-gradient-descent';

const unseededSplit =
  'The lecture split numpy.random.permutation(12) into three parts with NumPy’s generator and no seed, and got [11, 8, 10, 1], [6, 0, 5, 7] and [9, 2, 4, 3]; those batches cannot be made again. The book shuffles with its own generator (mulberry32) from seed 1: other batches, but the same ones on every run and in every browser.';

const unseededRun =
  'The lecture ran the same procedure with NumPy’s generator and no seed, so its batches, and with them its end point (θ₀, θ₁) = (0.9199, 0.0989) with MSE 1.0537, cannot be made again. The book’s run uses its own generator with seed 1. Both end near the least-squares fit, neither at it.';

const tipsLine: MiniBatchExample['problem'] = {
  data: tips,
  names: { x: 'total bill', y: 'tip' },
  window: { intercept: [-0.2, 1.4], slope: [-0.01, 0.21] },
  tableEpochs: [0, 1, 10, 100, 1000, 10_000],
};

export const sgdExamples: (BatchSplitExample | MiniBatchExample | ScaleExample)[] = [
  {
    id: 'batch-split',
    chapter,
    widget: 'batch-split',
    title: 'Shuffling rows into batches',
    summary: 'An epoch begins by shuffling the row numbers 0 to 11 with a seeded generator and cutting the shuffled list into batches of four.',
    defaults: { n: 12, batch: 4, seed: 1 },
    documented: [
      { name: 'order', value: '4, 10, 2, 6, 9, 3, 1, 11, 8, 5, 0, 7', tolerance: 0, source: 'book' },
      { name: 'batches', value: 3, tolerance: 0.5, source: '004', printed: '3' },
      { name: 'batch@1', value: '4, 10, 2, 6', tolerance: 0, source: 'book', note: unseededSplit },
      { name: 'batch@2', value: '9, 3, 1, 11', tolerance: 0, source: 'book', note: unseededSplit },
      { name: 'batch@3', value: '8, 5, 0, 7', tolerance: 0, source: 'book', note: unseededSplit },
    ],
  },
  {
    id: 'tips-minibatch',
    chapter,
    widget: 'minibatch',
    title: 'The tips data in mini-batches',
    summary:
      'Mini-batch descent on tip = θ₀ + θ₁ · bill: each epoch shuffles the 244 rows into four batches of 61 and takes one step per batch, at rate 0.001 for 10,000 epochs.',
    problem: tipsLine,
    defaults: { batch: 61, lr: 0.001, epochs: 10_000, seed: 1, x0: [0, 0] },
    documented: [
      { name: 'updates-per-epoch', value: 4, tolerance: 0.5, source: '004', printed: '4' },
      { name: 'rows-per-update', value: 61, tolerance: 0.5, source: '004', printed: '61' },
      { name: 'iterations', value: 40_000, tolerance: 0.5, source: 'book' },
      { name: 'intercept', value: 0.921193, tolerance: 1e-6, source: 'book', note: unseededRun },
      { name: 'slope', value: 0.113663, tolerance: 1e-6, source: 'book', note: unseededRun },
      { name: 'f', value: 1.071437, tolerance: 1e-6, source: 'book', note: unseededRun },
      { name: 'status', value: 'max-steps', tolerance: 0, source: 'book' },
      { name: 'ls.intercept', value: 0.92027, tolerance: 1e-6, source: '004', printed: '0.92' },
      { name: 'ls.slope', value: 0.105025, tolerance: 1e-6, source: '004', printed: '10.5%' },
      { name: 'ls.f', value: 1.036019, tolerance: 1e-6, source: 'book' },
      { name: 'full.intercept', value: 0.888205, tolerance: 1e-6, source: 'book' },
      { name: 'full.slope', value: 0.106374, tolerance: 1e-6, source: 'book' },
      { name: 'full.f', value: 1.036192, tolerance: 1e-6, source: 'book' },
      { name: 'intercept@1000', value: 0.681157, tolerance: 1e-6, source: 'book' },
      { name: 'full.intercept@1000', value: 0.266307, tolerance: 1e-6, source: 'book' },
      { name: 'identical', value: 'different', tolerance: 0, source: 'book' },
    ],
  },
  {
    id: 'tips-batch-size',
    chapter,
    widget: 'minibatch',
    title: 'Batch size: from one row to all 244',
    summary: 'The same fit for 1,000 epochs with a batch size you choose: small batches take many cheap, noisy steps; one batch of all rows is full-batch descent.',
    problem: tipsLine,
    defaults: { batch: 32, lr: 0.001, epochs: 1000, seed: 1, x0: [0, 0] },
    documented: [
      { name: 'rows-per-update', value: 32, tolerance: 0.5, source: 'book' },
      { name: 'updates-per-epoch', value: 8, tolerance: 0.5, source: 'book' },
      { name: 'iterations', value: 8000, tolerance: 0.5, source: 'book' },
      { name: 'intercept', value: 0.851179, tolerance: 1e-6, source: 'book' },
      { name: 'slope', value: 0.086579, tolerance: 1e-6, source: 'book' },
      { name: 'f', value: 1.251275, tolerance: 1e-6, source: 'book' },
      { name: 'full.intercept', value: 0.266307, tolerance: 1e-6, source: 'book' },
      { name: 'full.slope', value: 0.132541, tolerance: 1e-6, source: 'book' },
      { name: 'full.f', value: 1.107776, tolerance: 1e-6, source: 'book' },
    ],
  },
  {
    id: 'sgd-million',
    chapter,
    widget: 'sgd-scale',
    title: 'A large data set in a background thread',
    summary:
      'One million points y = 1 + 2x + noise, made from a seed, fitted by mini-batch descent with batches of 32 in a Web Worker while the page stays usable.',
    problem: { intercept: 1, slope: 2, noise: 0.5, x: [-1, 1] },
    defaults: { n: 1_000_000, batch: 32, lr: 0.01, epochs: 3, seed: 1 },
    documented: [
      { name: 'updates-per-epoch', value: 31_250, tolerance: 0.5, source: 'book' },
      { name: 'intercept@1', value: 0.996237, tolerance: 1e-6, source: 'book' },
      { name: 'slope@1', value: 2.011613, tolerance: 1e-6, source: 'book' },
      { name: 'intercept', value: 0.995531, tolerance: 1e-6, source: 'book' },
      { name: 'slope', value: 2.009308, tolerance: 1e-6, source: 'book' },
      { name: 'f', value: 0.250011, tolerance: 1e-6, source: 'book' },
      { name: 'ls.intercept', value: 1.000128, tolerance: 1e-6, source: 'book' },
      { name: 'ls.slope', value: 2.001087, tolerance: 1e-6, source: 'book' },
      { name: 'ls.f', value: 0.249967, tolerance: 1e-6, source: 'book' },
      { name: 'status', value: 'max-steps', tolerance: 0, source: 'book' },
    ],
  },
];
