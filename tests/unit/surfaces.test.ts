import fc from 'fast-check';
import { gradientCheck } from '@descent/optimizer';
import { describe, expect, it } from 'vitest';
import { powerLines } from '../../src/problems/datasets.ts';
import { heat, paraboloid, powerLinesCost, product, squaredErrorCost } from '../../src/problems/functions.ts';
import { getExample } from '../../src/examples/index.ts';
import { polynomial, runGradientField, type GradientFieldExample } from '../../src/widgets/gradient-field/model.ts';
import { tangentPlaneText } from '../../src/widgets/slices/model.ts';
import { formatNumber } from '../../src/widgets/format.ts';
import { mapFrame, pointFromClick, stationaryPoint, valuesAt } from '../../src/widgets/surface.ts';
import type { Surface2D } from '../../src/problems/surfaces.ts';

const surfaces: [string, Surface2D][] = [['paraboloid', paraboloid], ['product', product], ['heat', heat], ['power lines', powerLinesCost]];
const inside = (s: Surface2D) =>
  fc.tuple(fc.double({ min: s.domain.x[0], max: s.domain.x[1], noNaN: true }), fc.double({ min: s.domain.y[0], max: s.domain.y[1], noNaN: true }));

describe('the surfaces’ partial derivatives', () => {
  for (const [name, surface] of surfaces) {
    it(`match central differences of ${name}`, () => {
      const objective = (p: Float64Array, g: Float64Array) => {
        [g[0], g[1]] = surface.grad(p[0]!, p[1]!);
        return surface.f(p[0]!, p[1]!);
      };
      fc.assert(
        fc.property(inside(surface), ([x, y]) => {
          expect(gradientCheck(objective, [x, y])).toBeLessThan(1e-6);
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('the hot room', () => {
  it('is flat along the whole walls x = 0 and y = 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 6, noNaN: true }), (t) => {
        for (const [x, y] of [[0, t], [t, 0]] as const) expect(heat.grad(x, y).map(Math.abs)).toEqual([0, 0]);
      }),
    );
  });

  it('has both partials zero at every listed candidate, and its lowest candidate is the lowest point of the room', () => {
    const example = getExample('heat') as GradientFieldExample;
    const result = runGradientField(example, example.defaults);
    for (const c of result.candidates) {
      expect(Math.abs(c.fx)).toBeLessThan(1e-12);
      expect(Math.abs(c.fy)).toBeLessThan(1e-12);
    }
    const lowest = result.candidates[result.lowest]!;
    fc.assert(
      fc.property(inside(heat), ([x, y]) => {
        expect(heat.f(x, y)).toBeGreaterThanOrEqual(lowest.f);
      }),
    );
  });
});

describe('squaredErrorCost(points)', () => {
  it('multiplies out to the same cost as the sum of squares, at any line', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (m, b) => {
        let sum = 0;
        for (let i = 0; i < powerLines.x.length; i++) sum += (m * powerLines.x[i]! + b - powerLines.y[i]!) ** 2;
        expect(powerLinesCost.f(m, b)).toBeCloseTo(sum, 8);
      }),
    );
  });

  it('has its minimum where the least-squares line is, for any points with two different x', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 })), { minLength: 2, maxLength: 12 }), (pairs) => {
        fc.pre(new Set(pairs.map(([x]) => x)).size > 1);
        const x = Float64Array.from(pairs, ([px]) => px);
        const y = Float64Array.from(pairs, ([, py]) => py);
        const cost = squaredErrorCost({ x, y }, { x: [0, 1], y: [0, 1] });
        const [m, b] = stationaryPoint(cost.quadratic)!;
        const n = x.length;
        const mean = (v: Float64Array) => v.reduce((s, t) => s + t, 0) / n;
        const [mx, my] = [mean(x), mean(y)];
        let sxy = 0;
        let sxx = 0;
        for (let i = 0; i < n; i++) {
          sxy += (x[i]! - mx) * (y[i]! - my);
          sxx += (x[i]! - mx) ** 2;
        }
        expect(m).toBeCloseTo(sxy / sxx, 9);
        expect(b).toBeCloseTo(my - (sxy / sxx) * mx, 9);
      }),
    );
  });

  it('has no single stationary point when every x is the same', () => {
    const cost = squaredErrorCost({ x: Float64Array.of(2, 2, 2), y: Float64Array.of(1, 2, 3) }, { x: [0, 1], y: [0, 1] });
    expect(stationaryPoint(cost.quadratic)).toBeUndefined();
  });
});

describe('text the surface widgets print', () => {
  it('writes the tangent plane with the signs folded in', () => {
    expect(tangentPlaneText(paraboloid, valuesAt(paraboloid, 2, 4), formatNumber)).toBe('z = 20 + 4(x − 2) + 8(y − 4)');
    expect(tangentPlaneText(paraboloid, valuesAt(paraboloid, -3, 0), formatNumber)).toBe('z = 9 − 6(x + 3) + 0y');
  });

  it('writes a polynomial as readers do', () => {
    expect(polynomial([[14, 'm²'], [3, 'b²'], [12, 'mb'], [-42, 'm'], [-20, 'b'], [38, '']])).toBe('14m² + 3b² + 12mb − 42m − 20b + 38');
    expect(polynomial([[-1, 'x'], [0, 'y'], [1, 'y'], [-1, '']])).toBe('−x + y − 1');
    expect(polynomial([[0, 'x']])).toBe('0');
  });
});

describe('pointFromClick', () => {
  const frame = mapFrame(paraboloid, 300, 300, 10, 20);
  // The SVG is drawn at half its viewBox size, 100 px from the left and 50 px from the top of the window.
  const svg = {
    getBoundingClientRect: () => ({ left: 100, top: 50, width: 150, height: 150 }),
    viewBox: { baseVal: { width: 300, height: 300 } },
  } as unknown as SVGSVGElement;
  const client = (u: number, v: number) => [100 + (frame.left + u) / 2, 50 + (frame.top + v) / 2] as const;

  it('maps the corners and the centre of the map to the domain, y pointing up', () => {
    expect(pointFromClick(svg, frame, ...client(0, 0), 0.1)).toEqual([-5, 5]);
    expect(pointFromClick(svg, frame, ...client(frame.width, frame.height), 0.1)).toEqual([5, -5]);
    expect(pointFromClick(svg, frame, ...client(frame.width / 2, frame.height / 2), 0.1)).toEqual([0, 0]);
  });

  it('snaps to the step and ignores clicks outside the map', () => {
    const [x, y] = pointFromClick(svg, frame, ...client(frame.width * 0.7123, frame.height * 0.25), 0.1)!;
    expect([x, y]).toEqual([Number((10 * 0.7123 - 5).toFixed(1)), 2.5]);
    expect(pointFromClick(svg, frame, ...client(-4, 10), 0.1)).toBeUndefined();
    expect(pointFromClick(svg, frame, ...client(10, frame.height + 4), 0.1)).toBeUndefined();
  });
});
