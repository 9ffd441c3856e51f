import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { listed, type BatchSplit, type BatchSplitExample } from './model.ts';

const rowNames = ['shuffled', 'each batch sorted'];

/** The shuffled rows as a strip of numbered cells, grouped into batches, above the same batches sorted. */
export function drawBatchSplit(example: BatchSplitExample, split: BatchSplit, document: Document): Element {
  const gap = 0.6;
  const cells = [split.batches, split.sorted].flatMap((batches, r) => {
    let x = 0;
    return batches.flatMap((rows, j) => {
      const placed = rows.map((row, i) => ({ row: rowNames[r], label: String(row), x1: x + i, x2: x + i + 1, odd: j % 2 === 1 }));
      x += rows.length + gap;
      return placed;
    });
  });
  const width = split.order.length + (split.batches.length - 1) * gap;
  const chart = Plot.plot({
    document,
    width: 640,
    height: 120,
    marginLeft: 112,
    marginRight: 8,
    x: { domain: [0, width], axis: null },
    y: { domain: rowNames, label: null, padding: 0.15 },
    marks: [
      Plot.rect(cells, {
        x1: 'x1',
        x2: 'x2',
        y: 'row',
        inset: 1,
        fill: 'var(--sl-color-accent)',
        fillOpacity: (d: { odd: boolean }) => (d.odd ? 0.45 : 0.2),
        stroke: 'currentColor',
        strokeOpacity: 0.4,
      }),
      Plot.text(cells, { x: (d: { x1: number }) => d.x1 + 0.5, y: 'row', text: 'label', fill: 'currentColor', fontSize: 12 }),
    ],
  });
  const batches = split.batches.map((rows, j) => `batch ${j + 1}: ${listed(rows)}`).join('; ');
  return accessiblePlot(
    chart,
    `${example.title}: the rows 0 to ${split.order.length - 1} in shuffled order, cut into ${split.batches.length} batches of up to ${split.batchSize} (${batches}); below, each batch with its rows in ascending order. The table below lists them.`,
  );
}
