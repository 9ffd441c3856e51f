import type { GradientFieldExample } from '../widgets/gradient-field/model.ts';
import { heat, paraboloid, powerLinesCost } from '../problems/functions.ts';

const chapter = 'gradients';

export const gradientExamples: GradientFieldExample[] = [
  {
    id: 'gradient-at-point',
    chapter,
    widget: 'gradient-field',
    title: 'The gradient of x² + y²',
    summary: 'Each arrow is ∇f = (2x, 2y) at its foot: it points straight uphill, across the level curves, and shrinks to nothing at the minimum.',
    problem: paraboloid,
    defaults: { x: 2, y: 3 },
    documented: [
      { name: 'fx', value: 4, tolerance: 1e-12, source: '001' },
      { name: 'fy', value: 6, tolerance: 1e-12, source: '001' },
      { name: 'min.x', value: 0, tolerance: 1e-12, source: '001' },
      { name: 'min.y', value: 0, tolerance: 1e-12, source: '001' },
      { name: 'min.f', value: 0, tolerance: 1e-12, source: 'book' },
    ],
  },
  {
    id: 'heat',
    chapter,
    widget: 'gradient-field',
    title: 'The coolest spot in a hot room',
    summary: 'The temperature T(x, y) of a 6 × 6 room. Both partials vanish at the listed points and along the walls x = 0 and y = 0; the lowest of them is the coolest spot.',
    problem: heat,
    defaults: { x: 2, y: 1.5 },
    candidates: [
      [0, 0],
      [0, 4],
      [0, 6],
      [4, 0],
      [4, 4],
      [6, 0],
      [6, 6],
    ],
    criticalLines: [{ x: 0 }, { y: 0 }],
    documented: [
      { name: 'min.x', value: 4, tolerance: 1e-12, source: '001' },
      { name: 'min.y', value: 4, tolerance: 1e-12, source: '001' },
      { name: 'min.f', value: 73.622222, tolerance: 5e-7, source: 'book' },
      { name: 'candidate@1.f', value: 85, tolerance: 1e-12, source: 'book' },
    ],
  },
  {
    id: 'power-lines',
    chapter,
    widget: 'gradient-field',
    title: 'The best line through three houses, by algebra',
    summary: 'The cost E(m, b) of the line y = mx + b through (1, 2), (2, 5), (3, 3). Setting both partials to zero gives two linear equations, and their solution is the cheapest line.',
    problem: powerLinesCost,
    expand: true,
    defaults: { m: 1, b: 1 },
    documented: [
      { name: 'coef.xx', value: 14, tolerance: 1e-12, source: '001' },
      { name: 'coef.yy', value: 3, tolerance: 1e-12, source: '001' },
      { name: 'coef.xy', value: 12, tolerance: 1e-12, source: '001' },
      { name: 'coef.x', value: -42, tolerance: 1e-12, source: '001' },
      { name: 'coef.y', value: -20, tolerance: 1e-12, source: '001' },
      { name: 'coef.c', value: 38, tolerance: 1e-12, source: '001' },
      { name: 'min.x', value: 0.5, tolerance: 1e-12, source: '001', printed: '1/2' },
      { name: 'min.y', value: 2.333333, tolerance: 5e-7, source: '001', printed: '7/3' },
      { name: 'min.f', value: 4.166667, tolerance: 5e-7, source: '001', printed: '≈ 4.167' },
    ],
  },
];
