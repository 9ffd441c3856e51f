import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { listed, type BatchSplit, type BatchSplitExample } from './model.ts';

const margin = 8;

/** The shuffled rows as a strip of numbered cells, grouped into batches. */
export function drawBatchSplit(example: BatchSplitExample, split: BatchSplit, document: Document): Element {
  const gap = 0.6;
  let x = 0;
  const cells = split.batches.flatMap((rows, j) => {
    const placed = rows.map((row, i) => ({ label: String(row), x1: x + i, x2: x + i + 1, odd: j % 2 === 1 }));
    x += rows.length + gap;
    return placed;
  });
  const units = split.order.length + (split.batches.length - 1) * gap;
  // Cells of about 26 pixels, so that a short split is drawn large enough to read on a phone.
  const width = Math.min(640, Math.round(margin + 8 + 26 * units));
  const cell = (width - margin - 8) / units;
  const chart = Plot.plot({
    document,
    width,
    height: 16 + Math.min(40, cell),
    marginLeft: margin,
    marginRight: 8,
    marginTop: 8,
    marginBottom: 8,
    x: { domain: [0, units], axis: null },
    marks: [
      Plot.rect(cells, {
        x1: 'x1',
        x2: 'x2',
        inset: 1,
        fill: 'var(--sl-color-accent)',
        fillOpacity: (d: { odd: boolean }) => (d.odd ? 0.45 : 0.2),
        stroke: 'currentColor',
        strokeOpacity: 0.4,
      }),
      Plot.text(cells, { x: (d: { x1: number }) => d.x1 + 0.5, text: 'label', fill: 'currentColor', fontSize: Math.min(14, 0.45 * cell) }),
    ],
  });
  const batches = split.batches.map((rows, j) => `batch ${j + 1}: ${listed(rows)}`).join('; ');
  return accessiblePlot(
    chart,
    `${example.title}: the rows 0 to ${split.order.length - 1} in shuffled order, cut into ${split.batches.length} batches of up to ${split.batchSize} (${batches}). The table below lists them.`,
  );
}
