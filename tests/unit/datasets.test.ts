import { describe, expect, it } from 'vitest';
import { csvColumns, tips } from '../../src/problems/datasets.ts';

describe('tips', () => {
  it('is the Bryant & Smith table: 244 rows, mean tip 2.998279, slope through the origin 0.143732', () => {
    expect(tips.x.length).toBe(244);
    expect(tips.y.length).toBe(244);
    const mean = tips.y.reduce((a, b) => a + b, 0) / tips.y.length;
    expect(mean).toBeCloseTo(2.998279, 6);
    let xy = 0;
    let xx = 0;
    for (let i = 0; i < tips.x.length; i++) {
      xy += tips.x[i]! * tips.y[i]!;
      xx += tips.x[i]! * tips.x[i]!;
    }
    expect(xy / xx).toBeCloseTo(0.143732, 6);
  });
});

describe('csvColumns(text, x, y)', () => {
  it('throws when a column is missing', () => {
    expect(() => csvColumns('"a","b"\n1,2', 'a', 'c')).toThrow('no column "c"');
  });
});
