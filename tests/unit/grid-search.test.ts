import { describe, expect, it } from 'vitest';
import { quartic } from '../../src/problems/functions.ts';
import { linspace, runGridSearch, shownRows, type GridSearchExample } from '../../src/widgets/grid-search/model.ts';

const example: GridSearchExample = {
  id: 'test',
  chapter: 'derivatives',
  widget: 'grid-search',
  title: 'test',
  summary: '',
  problem: quartic,
  defaults: { lo: 1, hi: 7, n: 20 },
  documented: [],
};

describe('linspace(lo, hi, n)', () => {
  it('includes both ends, spaces evenly and also runs backwards', () => {
    const xs = linspace(1, 7, 20);
    expect(xs).toHaveLength(20);
    expect(xs[0]).toBe(1);
    expect(xs[19]).toBe(7);
    for (let i = 1; i < 20; i++) expect(xs[i]! - xs[i - 1]!).toBeCloseTo(6 / 19, 12);
    expect(linspace(7, 1, 3)).toEqual([7, 4, 1]);
    expect(linspace(2, 5, 1)).toEqual([2]);
  });
});

describe('runGridSearch', () => {
  it('returns the left end when the range misses the minimum', () => {
    const { guesses, best } = runGridSearch(example, { lo: 6, hi: 9, n: 30 });
    expect(guesses[best]!.x).toBe(6);
  });

  it('keeps the first of equally good guesses', () => {
    const { best } = runGridSearch(example, { guesses: [6, 3] });
    expect(best).toBe(0);
  });

  it('gets closer to the minimum with more guesses', () => {
    const minimum = 5.326345;
    const error = (n: number) => {
      const r = runGridSearch(example, { lo: 1, hi: 7, n });
      return Math.abs(r.guesses[r.best]!.x - minimum);
    };
    expect(error(2000)).toBeLessThan(error(200));
    expect(error(200)).toBeLessThan(error(20));
  });
});

describe('shownRows(count, best)', () => {
  it('lists a short run whole', () => {
    expect(shownRows(20, 13)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('lists the first rows, the best with its neighbours and the last, in order and once each', () => {
    const rows = shownRows(200, 143);
    expect(rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 141, 142, 143, 144, 145, 199]);
    expect(shownRows(200, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 199]);
    expect(shownRows(200, 199)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 197, 198, 199]);
  });
});
