import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expMinusLog, quartic } from '../../src/problems/functions.ts';
import { criticalPoints, slopeAt } from '../../src/widgets/tangent/model.ts';

const cubicSlope = { tex: '', f: (x: number) => x, df: (x: number) => (x - 1) * (x - 2) * (x - 3), domain: [0, 4] as const };

describe('criticalPoints(fn)', () => {
  it('finds each sign change of f′ to full precision and names minima and maxima by the change of sign', () => {
    const found = criticalPoints(cubicSlope);
    expect(found.map((c) => c.kind)).toEqual(['minimum', 'maximum', 'minimum']);
    found.forEach((c, i) => expect(Math.abs(c.x - (i + 1))).toBeLessThan(1e-12));
  });

  it('reports a zero that falls exactly on a sample point once', () => {
    const found = criticalPoints({ tex: '', f: (x) => x * x, df: (x) => x - 2, domain: [0, 4] });
    expect(found).toHaveLength(1);
    expect(found[0]!.x).toBeCloseTo(2, 12);
    expect(found[0]!.kind).toBe('minimum');
  });

  it('ignores a zero where f′ touches 0 without changing sign', () => {
    expect(criticalPoints({ tex: '', f: (x) => x ** 3, df: (x) => (x - 1.2345) ** 2, domain: [0, 4] })).toEqual([]);
  });

  it('finds where eˣ = 1/x for eˣ − ln x', () => {
    const [omega, ...rest] = criticalPoints(expMinusLog);
    expect(rest).toEqual([]);
    expect(Math.abs(Math.exp(omega!.x) * omega!.x - 1)).toBeLessThan(1e-14);
  });

  it('finds roots of the quartic’s derivative wherever they are placed', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (shift) => {
        const moved = { ...quartic, f: (x: number) => quartic.f(x - shift), df: (x: number) => quartic.df(x - shift), domain: [1 + shift, 7 + shift] as const };
        for (const c of criticalPoints(moved)) expect(Math.abs(moved.df(c.x))).toBeLessThan(1e-9);
        expect(criticalPoints(moved)).toHaveLength(3);
      }),
      { numRuns: 50 },
    );
  });
});

describe('slopeAt(fn, x)', () => {
  it('says to go against the slope, and to stay where it is flat', () => {
    expect(slopeAt(quartic, 4).direction).toBe('right');
    expect(slopeAt(quartic, 6).direction).toBe('left');
    expect(slopeAt({ tex: '', f: (x) => x * x, df: (x) => 2 * x, domain: [-1, 1] }, 0).direction).toBe('stay');
  });
});
