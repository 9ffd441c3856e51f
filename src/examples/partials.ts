import type { SlicesExample } from '../widgets/slices/model.ts';
import { paraboloid, product } from '../problems/functions.ts';

const chapter = 'partial-derivatives';

export const partialExamples: SlicesExample[] = [
  {
    id: 'paraboloid-slices',
    chapter,
    widget: 'slices',
    title: 'Slicing the bowl x² + y²',
    summary: 'Hold y fixed and f becomes a curve in x; hold x fixed and it becomes a curve in y. The slopes of those two curves are the partial derivatives.',
    problem: paraboloid,
    defaults: { x: 2, y: 4 },
    documented: [
      { name: 'f', value: 20, tolerance: 1e-12, source: '001' },
      { name: 'fx', value: 4, tolerance: 1e-12, source: '001' },
      { name: 'fy', value: 8, tolerance: 1e-12, source: '001' },
    ],
  },
  {
    id: 'product-slices',
    chapter,
    widget: 'slices',
    title: 'Slicing 3x²y³',
    summary: 'With y held at 2 the function is 24x², with x held at 1 it is 3y³; the slopes of these two curves at the point are the partial derivatives.',
    problem: product,
    defaults: { x: 1, y: 2 },
    documented: [
      { name: 'f', value: 24, tolerance: 1e-12, source: 'book' },
      { name: 'fx', value: 48, tolerance: 1e-12, source: '001' },
      { name: 'fy', value: 36, tolerance: 1e-12, source: '001' },
    ],
  },
];
