import { gradientCheck } from '@descent/optimizer';
import { describe, expect, it } from 'vitest';
import { sevenCars, powerLines } from '../../src/problems/datasets.ts';
import { examples, getExample } from '../../src/examples/index.ts';
import { carsSource } from '../../src/examples/several-variables.ts';
import type { ListParam } from '../../src/problems/types.ts';
import { contourClass } from '../../src/plots/contours.ts';
import { serverDocument } from '../../src/plots/server.ts';
import { iterateClass, drawDescent2D } from '../../src/widgets/descent2d/plot.ts';
import {
  descent2DQuantities,
  objective2D,
  originalUnits,
  runDescent2D,
  tableHead,
  type Descent2DExample,
  type Descent2DParams,
} from '../../src/widgets/descent2d/model.ts';
import { parseParam } from '../../src/widgets/params.ts';

const twoD = examples.filter((e): e is Descent2DExample => e.widget === 'descent-2d');
const example = (id: string) => getExample(id) as Descent2DExample;
const withParams = (id: string, params: Partial<Descent2DParams>) =>
  runDescent2D(example(id), { ...example(id).defaults, ...params } as Descent2DParams);

describe('the descent-2d model', () => {
  it('gives every objective a gradient that matches central differences', () => {
    for (const e of twoD) {
      const { objective } = objective2D(e.problem);
      for (const point of [e.defaults.x0, [0.3, -1.7], [2.5, 0.8]]) {
        expect(gradientCheck(objective, [...point]), `${e.id} at ${point}`).toBeLessThan(1e-6);
      }
    }
  });

  it('lists iterates that each follow from the one before by x_{k+1} = x_k − lr ∇f(x_k)', () => {
    for (const e of twoD.filter((e) => (e.defaults.method ?? 'gd') === 'gd')) {
      const { rows } = runDescent2D(e, e.defaults);
      for (let i = 1; i < rows.length && rows[i]!.k === rows[i - 1]!.k + 1; i++) {
        const [before, after] = [rows[i - 1]!, rows[i]!];
        for (const j of [0, 1]) {
          expect(after.x[j]!, `${e.id} row ${after.k}`).toBeCloseTo(before.x[j]! - e.defaults.lr * before.gradient[j]!, 12);
        }
      }
    }
  });

  it('with heavy-ball momentum, lists iterates that follow x_{k+1} = x_k − lr ∇f(x_k) + β (x_k − x_{k−1})', () => {
    const momentumExamples = twoD.filter((e) => e.defaults.method === 'momentum');
    expect(momentumExamples.length).toBeGreaterThan(0);
    for (const e of momentumExamples) {
      const { rows } = runDescent2D(e, e.defaults);
      const beta = e.defaults.beta!;
      for (let i = 1; i < rows.length && rows[i]!.k === rows[i - 1]!.k + 1; i++) {
        const [earlier, before, after] = [rows[i - 2] ?? rows[i - 1]!, rows[i - 1]!, rows[i]!];
        for (const j of [0, 1]) {
          const expected = before.x[j]! - e.defaults.lr * before.gradient[j]! + beta * (before.x[j]! - earlier.x[j]!);
          expect(after.x[j]!, `${e.id} row ${after.k}`).toBeCloseTo(expected, 9);
        }
      }
    }
  });

  it('shows steps 0 to 20 and then the last, and says how many it leaves out', () => {
    const run = withParams('tips-line', {});
    expect(run.rows.map((r) => r.k)).toEqual([...Array.from({ length: tableHead }, (_, k) => k), run.result.iterations]);
    expect(run.skipped).toBe(run.result.iterations - tableHead);
    const short = withParams('cars-mpg', {});
    expect(short.rows.map((r) => r.k)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(short.skipped).toBe(0);
  });

  it('never shows NaN or Infinity, even for a run that diverges at once', () => {
    for (const params of [{ lr: 10 }, { lr: 10, x0: [1000, -1000] }, { lr: 1e-9, steps: 3 }]) {
      for (const e of twoD) {
        const values = Object.values(descent2DQuantities(e, runDescent2D(e, { ...e.defaults, ...params })));
        expect(values.every((v) => typeof v === 'string' || Number.isFinite(v)), `${e.id} ${JSON.stringify(params)}`).toBe(true);
      }
    }
    expect(withParams('heat-descent', { x0: [1000, 1000] }).result.reason).toBe('diverged');
  });

  it('finds the raw least-squares line again from the standardised fit', () => {
    const raw = objective2D(example('cars-mpg').problem).minimum!;
    const scaled = objective2D(example('cars-mpg-standardised').problem).minimum!;
    const back = originalUnits(example('cars-mpg-standardised').problem, scaled)!;
    expect(back[0]).toBeCloseTo(raw[0], 10);
    expect(back[1]).toBeCloseTo(raw[1], 10);
    expect(originalUnits(example('cars-mpg').problem, raw)).toBeUndefined();
  });
});

describe('claims the chapter makes', () => {
  it('E(m, b) for the power lines is the expanded polynomial of the slides', () => {
    const { value } = objective2D(example('power-lines-descent').problem);
    expect(powerLines.x.length).toBe(3);
    for (const [m, b] of [[0, 0], [0.5, 7 / 3], [-1.3, 2.2], [3, -4]] as const) {
      expect(value(m, b)).toBeCloseTo(14 * m * m + 3 * b * b + 38 + 12 * m * b - 42 * m - 20 * b, 9);
    }
  });

  it('the source’s car losses are the MSE at its own (w, b), and its third step has no single rate', () => {
    const mse = (w: number, b: number) => sevenCars.x.reduce((s, x, i) => s + (w * x + b - sevenCars.y[i]!) ** 2, 0) / 7;
    for (const [w, b, loss] of Object.values(carsSource)) {
      const digits = loss.split('.')[1]?.length ?? 0;
      expect(mse(Number(w), Number(b)).toFixed(digits)).toBe(loss);
    }
    const { objective } = objective2D(example('cars-mpg').problem);
    const g = new Float64Array(2);
    const [w1, b1] = carsSource[1]!.map(Number) as [number, number];
    const [w2, b2] = carsSource[2]!.map(Number) as [number, number];
    objective(Float64Array.of(w1, b1), g);
    expect(((w2 - w1) / -g[0]!).toFixed(3)).toBe('0.018');
    expect(((b2 - b1) / -g[1]!).toFixed(3)).toBe('0.010');
  });

  it('rate 0.1 diverges on the raw car weights and converges once they are standardised', () => {
    expect(withParams('cars-mpg-slow', { lr: 0.1 }).result.reason).toBe('diverged');
    expect(withParams('cars-mpg-standardised', { lr: 0.1 }).result.reason).toBe('converged');
    expect(withParams('cars-mpg-standardised', { lr: 0.5 }).result.reason).toBe('converged');
  });

  it('descent in the room reaches (4, 4) from the starts the chapter suggests', () => {
    for (const x0 of [[5.5, 1], [2, 5.8]]) {
      const { result } = withParams('heat-descent', { x0 });
      expect(result.reason).toBe('converged');
      expect(result.x[0]).toBeCloseTo(4, 5);
      expect(result.x[1]).toBeCloseTo(4, 5);
    }
  });
});

describe('the descent-2d plot', () => {
  it('draws a dot for every table row inside the window, where the scales put that row', () => {
    for (const e of twoD) {
      const run = runDescent2D(e, e.defaults);
      const chart = drawDescent2D(e, run, serverDocument()) as Element & { scale(name: string): { apply(v: number): number } };
      const circles = [...chart.querySelectorAll(`.${iterateClass} circle`)];
      const inside = run.rows.filter((r) => {
        const [[x1, x2], [y1, y2]] = [e.problem.view.x, e.problem.view.y];
        return r.x[0]! >= x1 && r.x[0]! <= x2 && r.x[1]! >= y1 && r.x[1]! <= y2;
      });
      for (const row of inside) {
        const circle = circles.find((c) => c.getAttribute('data-k') === String(row.k));
        expect(circle, `${e.id} row ${row.k}`).toBeDefined();
        expect(Number(circle!.getAttribute('data-x0'))).toBe(row.x[0]);
        expect(Number(circle!.getAttribute('data-x1'))).toBe(row.x[1]);
        expect(Number(circle!.getAttribute('cx'))).toBeCloseTo(chart.scale('x').apply(row.x[0]!), 1);
        expect(Number(circle!.getAttribute('cy'))).toBeCloseTo(chart.scale('y').apply(row.x[1]!), 1);
      }
      expect(chart.getAttribute('aria-label')).toContain(e.problem.lossLabel);
    }
  }, 60_000);

  it('strokes no contour along the frame', () => {
    const e = example('cars-mpg');
    const chart = drawDescent2D(e, runDescent2D(e, e.defaults), serverDocument()) as Element & {
      scale(name: string): { range: [number, number] };
    };
    const xs = chart.scale('x').range;
    const ys = chart.scale('y').range;
    const paths = [...chart.querySelectorAll(`.${contourClass} path`)].map((p) => p.getAttribute('d')!);
    expect(paths.length).toBeGreaterThan(0);
    for (const d of paths) {
      for (const line of d.split('M').filter(Boolean)) {
        const points = [...line.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
        const along = points.slice(1).filter(([x, y], i) => {
          const [px, py] = points[i]!;
          return (x === px && xs.some((edge) => Math.abs(x - edge) < 1)) || (y === py && ys.some((edge) => Math.abs(y - edge) < 1));
        });
        expect(along, line.slice(0, 60)).toEqual([]);
      }
    }
  });
});

describe('a vector parameter', () => {
  const start: ListParam = { kind: 'list', name: 'x0', label: 'Start', length: 2, min: -1000, max: 1000 };

  it('takes two comma-separated numbers', () => {
    expect(parseParam(start, ' 0.5 , -0.6 ')).toEqual({ ok: true, value: [0.5, -0.6] });
    expect(parseParam(start, '1e2,0')).toEqual({ ok: true, value: [100, 0] });
  });

  it('refuses anything else with a message naming the setting', () => {
    for (const raw of ['', '1', '1,2,3', '1,', 'a,b', 'NaN,1', '1,Infinity', '1e308,0', '-1001,0', '0x1,2', '1;2']) {
      const parsed = parseParam(start, raw);
      expect(parsed.ok, raw).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('Start');
    }
  });
});

describe('the rows and path the widget records', () => {
  it('are the iterates of the package’s own trajectory', async () => {
    const { gradientDescent } = await import('@descent/optimizer');
    for (const [id, params] of [['intercept-and-slope', {}], ['intercept-and-slope-diverges', {}], ['heat-descent', { steps: 300 }]] as const) {
      const e = example(id);
      const run = withParams(id, params);
      const p = { ...e.defaults, ...params };
      const own = gradientDescent(objective2D(e.problem).objective, [...p.x0], {
        learningRate: p.lr,
        stop: p.stop === 'gradient' ? { maxSteps: p.steps, gradientNorm: p.tol } : { maxSteps: p.steps, minStepSize: p.tol },
        trajectory: true,
      });
      expect(run.result.iterations).toBe(own.iterations);
      const byK = new Map(own.trajectory!.map((q) => [q.k, q]));
      for (const row of [...run.rows, ...run.path]) {
        const q = byK.get(row.k)!;
        expect(row.x, `${id} ${row.k}`).toEqual(q.x);
        expect(row.gradient).toEqual(q.gradient);
        expect(row.f).toBe(q.f);
        if (row.k > 0) expect(Math.abs(row.step[0]! - q.step[0]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(q.step[0]!)));
      }
      expect(run.rows.at(-1)!.k).toBe(own.iterations);
    }
  });
});
