import type { Exercise } from './types.ts';

const chapter = 'stochastic-gradient-descent';
const tipsRows = 244;
const batchesPerEpoch = 4;
const epochs = 10_000;
const permutation = [11, 8, 10, 1, 6, 0, 5, 7, 9, 2, 4, 3];

export const stochasticGradientDescentExercises: Exercise[] = [
  {
    id: 'exercise-batch-size',
    chapter,
    title: 'How big is a batch?',
    question: `The tips data has ${tipsRows} rows. Each epoch shuffles them and splits them into ${batchesPerEpoch} equal mini-batches. How many rows are in each batch?`,
    label: 'Rows per batch:',
    answer: { kind: 'number', value: tipsRows / batchesPerEpoch, tolerance: 0 },
    accepts: ['61', '244/4'],
    hints: ['The batches share the rows equally.'],
    solution: `$$${tipsRows} / ${batchesPerEpoch} = ${tipsRows / batchesPerEpoch}$$ rows per batch.`,
    mistakes: [{ answer: String(batchesPerEpoch), feedback: 'That is the number of batches; the question asks how many rows each batch holds.' }],
  },
  {
    id: 'exercise-update-count',
    chapter,
    title: 'Counting updates',
    question: `Mini-batch descent on the tips data runs ${epochs.toLocaleString('en')} epochs with ${batchesPerEpoch} batches per epoch, and updates the parameters once per batch. How many updates is that?`,
    label: 'Updates:',
    answer: { kind: 'number', value: epochs * batchesPerEpoch, tolerance: 0 },
    accepts: ['40000', '10000*4'],
    hints: ['One epoch is one pass over the data; each batch in it gives one update.'],
    solution: `$$${epochs} \\times ${batchesPerEpoch} = ${epochs * batchesPerEpoch}$$ updates. Full-batch descent would make only ${epochs} in the same number of passes over the data.`,
    mistakes: [
      { answer: String(epochs), feedback: 'That counts epochs. Each epoch makes one update per batch.' },
      { answer: String(epochs * tipsRows), feedback: 'That counts rows seen. Each batch of 61 rows gives one update, not one per row.' },
    ],
  },
  {
    id: 'exercise-split-permutation',
    chapter,
    title: 'From a shuffle to batches',
    question: `A shuffle of the rows $0, \\dots, 11$ came out as $${permutation.join(', ')}$. Split it in order into 3 batches of 4 rows. Which rows form the second batch?`,
    label: 'Second batch (in order):',
    answer: { kind: 'vector', value: permutation.slice(4, 8), tolerance: 0, names: ['first row', 'second row', 'third row', 'fourth row'] },
    accepts: ['[6, 0, 5, 7]'],
    hints: ['The first batch is the first four entries of the shuffle.'],
    solution: `The batches are $[${permutation.slice(0, 4).join(', ')}]$, $[${permutation.slice(4, 8).join(', ')}]$ and $[${permutation.slice(8).join(', ')}]$. Every row lands in exactly one batch per epoch.`,
    mistakes: [
      { answer: permutation.slice(0, 4).join(', '), feedback: 'That is the first batch: the second takes the next four entries.' },
      { answer: '4, 5, 6, 7', feedback: 'Batches take the shuffled order, not the original row numbers.' },
    ],
  },
  {
    id: 'exercise-batch-extremes',
    chapter,
    title: 'The two extremes',
    question: `What is mini-batch gradient descent with a batch size equal to the whole data set (all ${tipsRows} rows)?`,
    label: 'With one batch of all rows, it is',
    answer: {
      kind: 'choice',
      value: 'full',
      choices: [
        { value: 'full', label: 'Full-batch gradient descent, exactly' },
        { value: 'stochastic', label: 'Stochastic gradient descent' },
        { value: 'random', label: 'Still random: each epoch shuffles the rows' },
      ],
    },
    hints: ['Does the order of the rows change a mean over all of them?'],
    solution:
      'Each update then uses the mean gradient over every row, which is the full gradient, and shuffling does not change a mean. At the other extreme, a batch size of 1 is stochastic gradient descent: one row per update.',
    mistakes: [
      { answer: 'stochastic', feedback: 'Stochastic gradient descent is the other extreme: a batch of one row.' },
      { answer: 'random', feedback: 'The shuffle reorders the rows, but a mean over all of them does not depend on their order.' },
    ],
  },
];
