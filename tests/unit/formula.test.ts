import { gradientDescent, minimize, numericalGradient, scalar } from '@descent/optimizer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/exercises/check.ts';
import { getExercise } from '../../src/exercises/index.ts';
import { evaluateAt, objectiveOf, readFunction, surfaceOf, type ReaderFunction } from '../../src/formula/function.ts';
import { curveOf } from '../../src/problems/curves.ts';
import { faultMessage } from '../../src/formula/gradient.ts';
import { readFormula } from '../../src/formula/read.ts';
import { formulaTex, symbolicDerivative } from '../../src/formula/symbolic.ts';
import { examples } from '../../src/examples/index.ts';
import { heat, quartic } from '../../src/problems/functions.ts';
import { exampleQuantities } from '../../src/widgets/kinds.ts';

// A small grammar of formulas that are smooth everywhere: sums, products, integer powers, sin, cos,
// exp of bounded arguments, log(1 + u²) and quotients over 1 + u².
const formula: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true, maxDepth: 4 },
    fc.constantFrom('x', 'y', '2', '0.5', '3', 'pi'),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('e'), fc.integer({ min: 2, max: 4 })).map(([a, k]) => `(${a})^${k}`),
    fc.tuple(fc.integer({ min: 2, max: 5 }), tie('e')).map(([k, a]) => `${k}${a.startsWith('(') ? a : `(${a})`}`),
    tie('e').map((a) => `sin(${a})`),
    tie('e').map((a) => `cos(${a})`),
    tie('e').map((a) => `exp(sin(${a}))`),
    tie('e').map((a) => `log(1 + (${a})^2)`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a}) / (1 + (${b})^2)`),
  ),
})).e;


// Formulas of every operation the reader allows, smooth or not, defined everywhere or not.
const anyFormula: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc.constantFrom('x', 'y', '0', '1', '2.5', '1e300', 'pi', 'e'),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^', ' '), tie('e')).map(([a, op, b]) => `(${a})${op}(${b})`),
    fc.tuple(fc.constantFrom('sqrt', 'exp', 'ln', 'log', 'log10', 'sin', 'cos', 'tan', 'abs', '-'), tie('e')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(tie('e'), fc.integer({ min: -70, max: 70 })).map(([a, k]) => `(${a})^${k}`),
  ),
})).e;

/** `text` with one character inserted, deleted or replaced, as a reader's typo. */
const typo = (text: string) =>
  fc.tuple(fc.nat({ max: text.length }), fc.constantFrom('', '(', ')', '+', '*', '^', 'x', 'z', ',', '=')).map(([i, c]) => text.slice(0, i) + c + text.slice(i + 1));

function read(text: string): ReaderFunction {
  const r = readFunction(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.fn;
}

describe('readFunction(text) reads a function of x, or of x and y', () => {
  it('finds its variables, in the order x then y', () => {
    expect(read('x^4 - 3x^2').variables).toEqual(['x']);
    expect(read('y^2 + x').variables).toEqual(['x', 'y']);
    expect(read('sin(x)*cos(y)').variables).toEqual(['x', 'y']);
    expect(read('3xy').variables).toEqual(['x', 'y']);
    expect(read('y^2').variables).toEqual(['y']);
  });

  it('reads plain notation: implicit products, unary minus, the functions and constants', () => {
    const at = (text: string, ...point: number[]) => evaluateAt(read(text), point).f;
    expect(at('3x^2', 2)).toBe(12);
    expect(at('-x^2', 3)).toBe(-9);
    expect(at('2^-x', 1)).toBe(0.5);
    expect(at('exp(-x^2)', 0)).toBe(1);
    expect(at('log(1 + x^2)', 0)).toBe(0);
    expect(at('ln(x)', Math.E)).toBe(1);
    expect(at('sqrt(x) + abs(x - 5)', 4)).toBe(3);
    expect(at('tan(x) + pi - e', 0)).toBe(Math.PI - Math.E);
    expect(at('x × y − 1 ÷ 2 + x²', 2, 3)).toBe(9.5);
    expect(at('(x^4 - 15x^3 + 80x^2 - 180x + 144)/10', 4)).toBe(quartic.f(4));
  });

  it('gives the book’s quartic and its derivative, typed as text, to within 1e-12', () => {
    const fn = curveOf(objectiveOf(read('(x^4 - 15x^3 + 80x^2 - 180x + 144)/10')).objective);
    for (const x of [-2, 0, 1, 2.5, 3, 4, 5.326345, 7, 10.25]) {
      expect(Math.abs(fn.f(x) - quartic.f(x))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(quartic.f(x))));
      expect(Math.abs(fn.df(x) - quartic.df(x))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(quartic.df(x))));
    }
  });

  it('gives the heat surface and its gradient, typed as text, to within 1e-12', () => {
    const surface = surfaceOf(read('85 - x^2 (x - 6) y^2 (y - 6) / 90'));
    for (const [x, y] of [[1, 1], [4, 4], [0.5, 5.5], [3, 2]] as const) {
      expect(surface.f(x, y)).toBeCloseTo(heat.f(x, y), 12);
      const [gx, gy] = surface.grad(x, y);
      expect(gx).toBeCloseTo(heat.grad(x, y)[0], 12);
      expect(gy).toBeCloseTo(heat.grad(x, y)[1], 12);
    }
  });
});

describe('readFunction(text) refuses bad input with a message', () => {
  const refused = (text: string) => {
    const r = readFunction(text);
    if (r.ok) throw new Error(`“${text}” was read`);
    return r;
  };

  it('a syntax error, with its position', () => {
    expect(refused('x +* 2')).toEqual({ ok: false, message: expect.stringMatching(/could not be read at character 4/), position: 3 });
    expect(refused('sin(x')).toMatchObject({ message: expect.stringMatching(/\) expected/), position: 5 });
    expect(refused('x)')).toMatchObject({ position: 1 });
    // Positions count the reader's characters, not the normalised text's (× becomes *, xy becomes x y).
    expect(refused('xy × × 2')).toMatchObject({ position: 5 });
  });

  it('an unknown variable or function, named, with its position', () => {
    expect(refused('a*x + 1')).toMatchObject({ message: '“a” is not a variable here: use x and y.', position: 0 });
    expect(refused('x + foo(x)')).toMatchObject({ message: expect.stringMatching(/^“foo” is not a function/), position: 4 });
    expect(refused('sin x')).toMatchObject({ message: expect.stringMatching(/sin needs its argument in brackets/) });
  });

  it('more than two variables', () => {
    expect(refused('x + y + z').message).toMatch(/one or two variables.*3: x, y, z/);
    expect(refused('x*y*z*w').message).toMatch(/4: x, y, z, w/);
  });

  it('a constant function', () => {
    for (const text of ['5', 'pi * e', '2^10 - 3']) expect(refused(text).message).toMatch(/constant/);
  });

  it('an empty formula', () => {
    expect(refused('  ').message).toBe('Type a function first.');
  });

  it('limits: length, nodes, nesting depth, literal exponents and huge numbers', () => {
    expect(refused('x+'.repeat(100) + 'x').message).toMatch(/too long: at most 200 characters/);
    expect(refused(Array.from({ length: 70 }, () => 'x').join('+')).message).toMatch(/too long: keep it under 120/);
    expect(refused('('.repeat(30) + 'x' + ')'.repeat(30)).message).toMatch(/nested too deeply/);
    expect(refused('sin('.repeat(30) + 'x' + ')'.repeat(30)).message).toMatch(/nested too deeply/);
    expect(refused('x^1e9').message).toMatch(/exponent 1000000000 is too large/);
    expect(refused('x^-100').message).toMatch(/exponent −100 is too large/);
    expect(refused('x + 1e999').message).toMatch(/too large/);
    expect(read('x^64').variables).toEqual(['x']);
  });

  it('hostile strings, never evaluated as code', () => {
    const cases: [string, RegExp][] = [
      ['constructor', /“constructor” is not a variable/],
      ['__proto__', /“__proto__” is not a variable/],
      ['x + constructor', /“constructor” is not a variable/],
      ['constructor(x)', /“constructor” is not a function/],
      ['toString(x)', /“toString” is not a function/],
      ['hasOwnProperty(x)', /not a function/],
      ['import(x)', /“import” is not a function/],
      ['eval(x)', /“eval” is not a function/],
      ['a=1', /not a formula this book can read/],
      ['x = 1', /not a formula this book can read/],
      ['f(x)=x', /not a formula this book can read/],
      ['[1,2]', /not a formula this book can read/],
      ['{a: 1}', /not a formula this book can read/],
      ['"x"', /Only numbers and names/],
      ["'x'", /Only numbers and names/],
      ['x; y', /not a formula this book can read/],
      ['x.constructor', /not a formula this book can read/],
      ['x[0]', /not a formula this book can read/],
      ['x ? 1 : 2', /not a formula this book can read/],
      ['1:3', /not a formula this book can read/],
      ['x!', /operator “!” is not supported/],
      ['x < 1', /operator “<” is not supported/],
      ['x mod 2', /operator “mod” is not supported/],
      ['x\'', /operator “'” is not supported/],
      ['x'.repeat(10_000), /too long/],
    ];
    for (const [text, message] of cases) expect(refused(text).message, text).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the exercises’ reader refuses the same names (it once took `constructor` for a constant)', () => {
    expect(readFormula('constructor', { variables: ['x'] })).toMatchObject({ ok: false, message: expect.stringMatching(/not a variable/) });
    expect(readFormula('toString(x)', { variables: ['x'] })).toMatchObject({ ok: false });
    expect(checkAnswer(getExercise('exercise-product-partial-x'), 'constructor').correct).toBe(false);
  });
});

describe('exact gradients by forward-mode automatic differentiation', () => {
  it('agree with central differences on seeded random formulas at random points', () => {
    const coordinate = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(formula, coordinate, coordinate, (text, x, y) => {
        const r = readFunction(text);
        fc.pre(r.ok);
        if (!r.ok) return;
        const { fn } = r;
        const point = Float64Array.from(fn.variables.map((v) => (v === 'x' ? x : y)));
        const exact = new Float64Array(point.length);
        const f = fn.program.evaluate(point, exact);
        fc.pre(Math.abs(f) < 1e6);
        expect(fn.program.status).toBe('ok');
        const scratch = new Float64Array(point.length);
        const numeric = numericalGradient((p) => fn.program.evaluate(p, scratch), point, new Float64Array(point.length));
        for (let i = 0; i < point.length; i++) {
          const a = exact[i]!;
          const n = numeric[i]!;
          expect(Math.abs(a - n), `${text} at (${[...point]}), ∂/∂${fn.variables[i]}: ${a} against ${n}`).toBeLessThanOrEqual(
            1e-5 * Math.max(1, Math.abs(a), Math.abs(n)),
          );
        }
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });

  it('flag abs and sqrt at 0 as not differentiable, in the variable that moves them', () => {
    const fault = (text: string, ...point: number[]) => {
      const r = evaluateAt(read(text), point);
      return r.ok ? undefined : r.fault;
    };
    expect(fault('abs(x)', 0)).toMatchObject({ status: 'nondifferentiable', operation: 'abs', variables: ['x'] });
    expect(fault('sqrt(x)', 0)).toMatchObject({ status: 'nondifferentiable', operation: 'sqrt', variables: ['x'] });
    expect(fault('x^0.5', 0)).toMatchObject({ status: 'nondifferentiable', variables: ['x'] });
    expect(fault('abs(x) + y^2', 0, 3)).toMatchObject({ status: 'nondifferentiable', variables: ['x'] });
    expect(fault('abs(x*y)', 0, 1)).toMatchObject({ status: 'nondifferentiable', variables: ['x'] });
    // |xy| at the origin has gradient 0: no corner there to first order.
    expect(fault('abs(x*y)', 0, 0)).toBeUndefined();
    expect(fault('abs(x)', 0.5)).toBeUndefined();
    const r = evaluateAt(read('abs(x)'), [0]);
    expect(r).toMatchObject({ f: 0, gradient: [0] });
    expect(faultMessage(fault('abs(x)', 0), [0])).toBe('At x = 0 the function is not differentiable in x: the corner of abs at 0.');
  });

  it('flag log of a number ≤ 0, sqrt of a negative number and division by zero as outside the domain', () => {
    for (const [text, point, operation] of [
      ['log(x)', [-1], 'log'],
      ['log(x)', [0], 'log'],
      ['ln(x) + y', [-1, 2], 'ln'],
      ['sqrt(x)', [-0.5], 'sqrt'],
      ['1/x', [0], '/'],
      ['x^(-2)', [0], '^'],
      ['x^0.5', [-1], '^'],
      ['x^y', [-2, 1], '^'],
    ] as const) {
      const r = evaluateAt(read(text), [...point]);
      expect(r, text).toMatchObject({ ok: false, fault: { status: 'outside the domain', operation } });
    }
    const r = evaluateAt(read('log(x)'), [-1]);
    expect(faultMessage(r.ok ? undefined : r.fault, [-1])).toBe('At x = -1 the function is outside its domain: the logarithm of a number ≤ 0.');
  });

  it('flag values beyond floating point, and points that are not numbers, never passing NaN on as ok', () => {
    expect(evaluateAt(read('exp(x)'), [1000])).toMatchObject({ ok: false, fault: { status: 'overflow' } });
    expect(evaluateAt(read('x^2'), [NaN])).toMatchObject({ ok: false, fault: { status: 'overflow', reason: 'a point that is not a finite number' } });
  });

  it('evaluate without allocating, into the caller’s gradient array', () => {
    const { program } = read('x^4 - 3x^2 + y^2 + sin(x)*cos(y)');
    const gradient = new Float64Array(2);
    const point = Float64Array.of(0.3, -0.2);
    const f = program.evaluate(point, gradient);
    expect(program.evaluate(point, gradient)).toBe(f);
    expect([...gradient]).toEqual([4 * 0.3 ** 3 - 6 * 0.3 + Math.cos(0.3) * Math.cos(-0.2), 2 * -0.2 - Math.sin(0.3) * Math.sin(-0.2)].map((v) => expect.closeTo(v, 14)));
  });
});

describe('the reader’s function runs every optimizer of the package', () => {
  it('gradient descent on the typed quartic walks the same path as on the book’s quartic', () => {
    const typed = objectiveOf(read('(x^4 - 15x^3 + 80x^2 - 180x + 144)/10'));
    const settings = { learningRate: 0.3, stop: { gradientNorm: 1e-6, maxSteps: 1000 } };
    const mine = gradientDescent(typed.objective, 4, settings);
    const book = gradientDescent(scalar(quartic.f, quartic.df), 4, settings);
    expect(mine.reason).toBe('converged');
    expect(mine.iterations).toBe(book.iterations);
    expect(Math.abs(mine.x[0]! - book.x[0]!)).toBeLessThan(1e-12);
    expect(mine.x[0]).toBeCloseTo(5.326345, 6);
    expect(typed.firstFault).toBeUndefined();
    expect(typed.evaluations).toBe(mine.evaluations);
  });

  it('BFGS finds Rosenbrock’s minimum from the typed formula', () => {
    const rosenbrock = objectiveOf(read('(1 - x)^2 + 100(y - x^2)^2'));
    const result = minimize(rosenbrock.objective, [-1.2, 1]);
    expect(result.reason).toBe('converged');
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });

  it('a run that steps out of the domain ends there and says where', () => {
    const log = objectiveOf(read('x - 3 log(x)'));
    // From x = 5, f′ = 0.4: a rate of 20 steps to x = −3, where log has no value.
    const result = gradientDescent(log.objective, 5, { learningRate: 20, stop: { maxSteps: 10 } });
    expect(result.reason).toBe('diverged');
    expect(log.firstFault).toMatchObject({ evaluation: result.divergedAt, fault: { status: 'outside the domain', operation: 'log' } });
    log.reset();
    expect(log.firstFault).toBeUndefined();
  });
});

describe('typed as text, the book’s functions give its examples’ numbers', () => {
  // The playground's promise: the quartic typed with quartic-descent's settings shows that example's
  // numbers; the heat surface likewise for heat-descent. Here through the examples' own widget kinds.
  const same = (id: string, swap: (example: never) => unknown) => {
    const example = examples.find((e) => e.id === id)!;
    const book = exampleQuantities(example);
    const typed = exampleQuantities(swap(example as never) as typeof example);
    for (const d of example.documented) {
      const value = typed[d.name];
      if (typeof d.value === 'number') {
        expect(Math.abs(Number(value) - d.value), `${id} ${d.name}`).toBeLessThanOrEqual(d.tolerance);
        expect(Math.abs(Number(value) - Number(book[d.name])), `${id} ${d.name}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(d.value)));
      } else expect(value, `${id} ${d.name}`).toBe(d.value);
    }
  };

  it('quartic-descent', () =>
    same('quartic-descent', (e: { problem: object }) => ({ ...e, problem: { ...e.problem, ...curveOf(objectiveOf(read('(x^4 - 15x^3 + 80x^2 - 180x + 144)/10')).objective) } })));

  it('heat-descent', () => {
    const { f, grad } = surfaceOf(read('85 - x^2 (x - 6) y^2 (y - 6) / 90'));
    same('heat-descent', (e: { problem: { objective: object } }) => ({
      ...e,
      problem: { ...e.problem, objective: { ...e.problem.objective, f, gradient: grad } },
    }));
  });
});

describe('the symbolic derivative (math.js) as TeX', () => {
  it('shows f and ∂f/∂x, ∂f/∂y', () => {
    const fn = read('x^4 - 3x^2 + y^2');
    expect(formulaTex(fn.formula)).toContain('{ x}^{4}');
    expect(symbolicDerivative(fn.formula, 'x')).toMatchObject({ ok: true, text: '4 * x ^ 3 - 6 * x' });
    expect(symbolicDerivative(fn.formula, 'y')).toMatchObject({ ok: true, text: '2 * y' });
    expect(symbolicDerivative(read('log(1 + x^2)').formula, 'x')).toMatchObject({ ok: true, tex: '\\frac{2\\cdot x}{{ x}^{2}+1}' });
    expect(formulaTex(read('log(x)').formula)).toBe('\\ln\\left( x\\right)');
  });
});

describe('a fuzz of random strings', () => {
  const alphabet = [...'xy0123456789.+-*/^() eпpisnqrtlogcab,;=[]{}\'"!<>:?|&~%$#@\\×−÷²π'];
  const text = fc.oneof(
    fc.array(fc.constantFrom(...alphabet), { maxLength: 240 }).map((cs) => cs.join('')),
    fc.array(fc.constantFrom('x', 'y', '(', ')', '^', '9', 'e', '-', 'sqrt(', 'log(', 'abs(', 'exp(', '*', '/', 'pi', ' '), { maxLength: 80 }).map((cs) => cs.join('')),
    fc.string({ maxLength: 240, unit: 'binary' }),
    anyFormula,
    anyFormula.chain(typo),
  );

  it('never throws, never reads NaN or Infinity as ok, and stays within the limits', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = readFunction(t);
        if (!r.ok) {
          expect(r.message.length).toBeGreaterThan(0);
          if (r.position !== undefined) expect(r.position).toBeGreaterThanOrEqual(0);
          return;
        }
        expect(t.length).toBeLessThanOrEqual(200);
        for (const point of [[0.5, -1.5], [0, 0], [2, 3], [-1, 1e3]]) {
          const at = evaluateAt(r.fn, point.slice(0, r.fn.variables.length));
          if (at.ok) {
            expect(Number.isFinite(at.f), t).toBe(true);
            for (const g of at.gradient) expect(Number.isFinite(g), t).toBe(true);
          } else expect(faultMessage(at.fault, point)).toBeTruthy();
        }
        for (const v of r.fn.variables) expect(() => symbolicDerivative(r.fn.formula, v)).not.toThrow();
      }),
      { seed: 7, numRuns: 1500 },
    );
  });

  it('reaches the evaluator: many formulas of the wide grammar are read (the rest are constants or over a limit), and some fault at 0', () => {
    const readings = fc.sample(anyFormula, { seed: 7, numRuns: 300 }).map(readFunction);
    const read = readings.flatMap((r) => (r.ok ? [r.fn] : []));
    expect(read.length).toBeGreaterThan(60);
    const faults = read.filter((fn) => !evaluateAt(fn, fn.variables.map(() => 0)).ok);
    expect(faults.length).toBeGreaterThan(10);
  });
});
