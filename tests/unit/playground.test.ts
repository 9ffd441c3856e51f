import { describe, expect, it } from 'vitest';
import { getExample } from '../../src/examples/index.ts';
import { kindOf } from '../../src/widgets/kinds.ts';
import { playground } from '../../src/widgets/playground/index.ts';
import type { PlaygroundParams, PlaygroundRun } from '../../src/widgets/playground/model.ts';
import { presets } from '../../src/widgets/playground/presets.ts';

const example = getExample('playground') as unknown as Parameters<typeof playground.run>[0];
const run = (settings: Partial<PlaygroundParams>): PlaygroundRun => playground.run(example, { ...example.defaults, ...settings } as PlaygroundParams);
const lanes = (r: PlaygroundRun) => {
  if (!r.view.ok) throw new Error(r.view.message);
  return r.view.lanes;
};
const preset = (id: string) => presets.find((p) => p.id === id)!.params;

describe('the playground', () => {
  it('starts from its first preset', () => {
    for (const [name, value] of Object.entries(presets[0]!.params)) expect(String(example.defaults[name]), name).toBe(String(value));
  });

  it.each(presets.map((p) => [p.id, p] as const))('runs the preset %s to a finite end', (_id, p) => {
    const r = run({ ...p.params });
    for (const lane of lanes(r)) {
      expect(lane.x.every(Number.isFinite) && Number.isFinite(lane.f)).toBe(true);
      expect(lane.status).not.toMatch(/NaN|Infinity/);
    }
    expect(Object.values(playground.quantities(example, r)).every((v) => typeof v === 'string' || Number.isFinite(v))).toBe(true);
  });

  it('shows heat-descent’s documented numbers for the heat surface typed with its settings', () => {
    const heat = getExample('heat-descent');
    const settings = heat.defaults as { x0: number[]; lr: number; steps: number; tol: number };
    const r = run({ ...preset('heat'), start: settings.x0, lr: settings.lr, steps: settings.steps, tol: settings.tol });
    const shown = playground.quantities(example, r);
    const shared = heat.documented.filter((d) => d.name in shown);
    expect(shared.map((d) => d.name)).toEqual(expect.arrayContaining(['x@1', 'y@1', 'df.x@0', 'x', 'y', 'f', 'iterations', 'status']));
    for (const d of shared) {
      if (typeof d.value === 'string') expect(shown[d.name], d.name).toBe(d.value);
      else expect(Math.abs((shown[d.name] as number) - d.value), d.name).toBeLessThanOrEqual(d.tolerance);
    }
    // And every quantity the two figures share is the same run, to rounding.
    const own = kindOf(heat);
    const book = own.quantities(heat, own.run(heat, heat.defaults));
    for (const name of Object.keys(book).filter((n) => n in shown)) {
      if (typeof book[name] === 'string') expect(shown[name], name).toBe(book[name]);
      else expect(shown[name], name).toBeCloseTo(book[name] as number, 9);
    }
  });

  describe('does what its page’s “What to try” says', () => {
    it('x² − ln x at rate 0.7 leaves the domain on the first step, and converges at 0.3', () => {
      expect(lanes(run({ ...preset('log'), lr: 0.7 }))[0]!.status).toBe('left the domain at step 1');
      expect(lanes(run({ ...preset('log'), lr: 0.3 }))[0]!.reason).toBe('converged');
    });

    it('on Rosenbrock’s valley Adam gets there and gradient descent at 0.001 is still crawling', () => {
      const [adam, gd] = lanes(run({ ...preset('rosenbrock'), compare: 'gd', lr2: 0.001 }));
      expect(adam!.reason).toBe('converged');
      expect(gd!.reason).toBe('max-steps');
    });

    it('|x| from 1 at rate 0.25 lands on 0 and says the function is not differentiable there', () => {
      const [lane] = lanes(run({ ...preset('abs') }));
      expect(lane!.x[0]).toBe(0);
      expect(lane!.note).toMatch(/not differentiable/);
    });

    it('on x² + 10y² heavy ball at rate 0.09 and β = 0.5 needs fewer steps than plain descent', () => {
      const settings = { f: 'x^2 + 10y^2', start: [4, 3], xrange: [-5, 5], yrange: [-5, 5], lr: 0.09, steps: 10_000 };
      const [gd] = lanes(run({ ...settings, method: 'gd' }));
      const [heavy] = lanes(run({ ...settings, method: 'momentum', beta: 0.5 }));
      expect(gd!.reason).toBe('converged');
      expect(heavy!.reason).toBe('converged');
      expect(heavy!.iterations).toBeLessThan(gd!.iterations);
    });
  });

  it('refuses a start of the wrong length, or where the function is undefined, with the reason', () => {
    expect(playground.check!(example, { ...example.defaults, start: [1, 2] })).toMatch(/one number, x/);
    expect(playground.check!(example, { ...example.defaults, f: 'ln(x)', start: [-1] })).toMatch(/not defined at the start x = -1/);
    expect(playground.check!(example, { ...example.defaults, xrange: [2, 1] })).toMatch(/smaller number to a larger one/);
    const r = run({ f: 'x + y + z' });
    expect(r.view.ok).toBe(false);
  });

  it('decays the rate on a schedule, and refuses a decay the schedule cannot take', () => {
    // x_k = x_{k−1} − η_{k−1} f′(x_{k−1}): the step over the gradient of the iterate before it.
    const rates = (r: PlaygroundRun) => {
      const rows = lanes(r)[0]!.rows;
      return rows.slice(1, 4).map((row, i) => row.step[0]! / rows[i]!.gradient[0]!);
    };
    const at = (schedule: PlaygroundParams['schedule']) => rates(run({ f: 'x^2', start: [3], lr: 0.1, schedule, decay: 0.5, every: 1 }));
    expect(at('constant')).toEqual([0.1, 0.1, 0.1].map((v) => expect.closeTo(v, 12)));
    expect(at('exponential')).toEqual([0.1, 0.05, 0.025].map((v) => expect.closeTo(v, 12)));
    expect(at('inverse')).toEqual([0.1, 0.1 / 1.5, 0.1 / 2].map((v) => expect.closeTo(v, 12)));
    expect(at('step')).toEqual([0.1, 0.05, 0.025].map((v) => expect.closeTo(v, 12)));
    for (const schedule of ['exponential', 'step'] as const) {
      expect(playground.check!(example, { ...example.defaults, schedule, decay: 0 })).toMatch(/strictly between 0 and 1/);
      expect(playground.check!(example, { ...example.defaults, schedule, decay: 1 })).toMatch(/strictly between 0 and 1/);
    }
    expect(playground.check!(example, { ...example.defaults, schedule: 'inverse', decay: 0 })).toBeUndefined();
    // Past the checks, the optimizer's own refusal is shown as a refusal, never thrown.
    expect(run({ schedule: 'step', decay: 2 }).view).toMatchObject({ ok: false, message: expect.stringMatching(/factor/) });
  });

  it('keeps the first rows of a long run exact, though its path is thinned', () => {
    const r = run({ ...preset('rosenbrock'), method: 'gd', lr: 0.001 });
    const [lane] = lanes(r);
    expect(lane!.rows.slice(0, 21).map((row) => row.k)).toEqual([...Array(21).keys()]);
    expect(lane!.rows.at(-1)!.k).toBe(lane!.iterations);
    expect(r.paths[0]!.length).toBeLessThanOrEqual(401);
  });
});
