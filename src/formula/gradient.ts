import type { Tree } from './read.ts';

/**
 * What the last evaluation found: `ok`; `nondifferentiable` (f has a value but no derivative there
 * in some variable, as abs at 0); `outside the domain` (f has no value there, as log of a number
 * ≤ 0); `overflow` (f or a derivative is beyond floating point, as exp(1000)).
 */
export type GradientStatus = 'ok' | 'nondifferentiable' | 'outside the domain' | 'overflow';

/** Where the last evaluation went wrong: the operation, why, and (when differentiability failed) in which variable. */
export interface Fault {
  status: Exclude<GradientStatus, 'ok'>;
  /** `abs`, `sqrt`, `log`, `/`, `^`, …: the operation at fault. */
  operation: string;
  /** Plain words: "the square root of a negative number". */
  reason: string;
  /** For `nondifferentiable`: the variables in which the derivative does not exist. */
  variables: string[];
}

/**
 * A formula compiled once for evaluation with exact gradients by forward-mode automatic
 * differentiation: every node carries its value and its partial derivatives (a dual number), all
 * computed in one pass over closures, written into arrays allocated once. `evaluate` allocates nothing.
 */
export interface GradientProgram {
  readonly variables: readonly string[];
  /**
   * Returns f at `point` (its coordinates in the order of `variables`) and writes ∇f into `gradient`.
   * Never throws. When `status` is not `ok` after the call: `outside the domain` returns NaN and fills
   * `gradient` with NaN; `nondifferentiable` returns f and the chain rule's gradient with the derivative of the
   * operation at fault taken as 0 (for abs, a subgradient); `overflow` returns what floating point gave.
   */
  evaluate(point: ArrayLike<number>, gradient: Float64Array): number;
  /** The status of the last `evaluate`. */
  readonly status: GradientStatus;
  /** The fault of the last `evaluate`, or undefined when it was `ok` (made when asked for). */
  fault(): Fault | undefined;
}

const rank: Record<GradientStatus, number> = { ok: 0, overflow: 1, nondifferentiable: 2, 'outside the domain': 3 };

/** Which variables (by index) a subtree depends on, as a bit mask. */
function dependence(tree: Tree, variables: readonly string[]): number {
  switch (tree.kind) {
    case 'number':
      return 0;
    case 'variable':
      return 1 << variables.indexOf(tree.name);
    case 'negate':
    case 'call':
      return dependence(tree.arg, variables);
    case 'binary':
      return dependence(tree.left, variables) | dependence(tree.right, variables);
  }
}

/**
 * Compiles `tree`, a function of `variables` (one or two), to a {@link GradientProgram}.
 * @throws RangeError for no variables or more than two, or a variable of the tree not among them.
 */
export function compileGradient(tree: Tree, variables: readonly string[]): GradientProgram {
  const n = variables.length;
  if (n < 1 || n > 2) throw new RangeError(`compileGradient: 1 or 2 variables, not ${n}`);
  // Slot k holds the partials of node k: d0[k] = ∂/∂variables[0], d1[k] = ∂/∂variables[1].
  const d0: number[] = [];
  const d1: number[] = [];
  let D0 = new Float64Array(0);
  let D1 = new Float64Array(0);
  let p0 = 0;
  let p1 = 0;
  let status: GradientStatus = 'ok';
  let operation = '';
  let reason = '';
  let flagged = 0;

  const fail = (s: GradientStatus, op: string, why: string, mask = 0) => {
    if (rank[s] > rank[status]) {
      status = s;
      operation = op;
      reason = why;
      flagged = mask;
    } else if (s === status && s === 'nondifferentiable') flagged |= mask;
  };
  /** The variables in which the derivative of slot k is nonzero, as a bit mask. */
  const moving = (k: number) => (D0[k] !== 0 ? 1 : 0) | (n > 1 && D1[k] !== 0 ? 2 : 0);

  type Node = () => number;
  const compile = (t: Tree): { run: Node; slot: number } => {
    const k = d0.length;
    d0.push(0);
    d1.push(0);
    switch (t.kind) {
      case 'number': {
        const c = t.value;
        return { slot: k, run: () => c };
      }
      case 'variable': {
        const i = variables.indexOf(t.name);
        if (i < 0) throw new RangeError(`compileGradient: “${t.name}” is not among the variables`);
        d0[k] = i === 0 ? 1 : 0;
        d1[k] = i === 1 ? 1 : 0;
        return { slot: k, run: i === 0 ? () => p0 : () => p1 };
      }
      case 'negate': {
        const a = compile(t.arg);
        const j = a.slot;
        return {
          slot: k,
          run: () => {
            const u = a.run();
            D0[k] = -D0[j]!;
            D1[k] = -D1[j]!;
            return -u;
          },
        };
      }
      case 'call':
        return { slot: k, run: callNode(t.name, compile(t.arg), k, dependence(t.arg, variables)) };
      case 'binary': {
        const a = compile(t.left);
        const b = compile(t.right);
        return { slot: k, run: binaryNode(t.op, a, b, k, dependence(t.right, variables) !== 0, dependence(t.left, variables)) };
      }
    }
  };

  const callNode = (name: string, a: { run: Node; slot: number }, k: number, depends: number): Node => {
    const j = a.slot;
    const chain = (u: number, slope: number) => {
      D0[k] = slope * D0[j]!;
      D1[k] = slope * D1[j]!;
      return u;
    };
    switch (name) {
      case 'sqrt':
        return () => {
          const u = a.run();
          if (u < 0) return (fail('outside the domain', 'sqrt', 'the square root of a negative number'), NaN);
          if (u === 0) {
            // √u at u = 0 has no derivative in a variable that moves u; when none does, the first
            // derivatives cannot tell (√(x²) = |x|, √(x⁴) = x²), so every variable of u is flagged.
            fail('nondifferentiable', 'sqrt', 'the square root at 0', moving(j) || depends);
            D0[k] = 0;
            D1[k] = 0;
            return 0;
          }
          const v = Math.sqrt(u);
          return chain(v, 0.5 / v);
        };
      case 'abs':
        return () => {
          const u = a.run();
          if (u === 0) {
            // |u| is differentiable (with derivative 0) wherever u = 0 and ∇u = 0.
            const m = moving(j);
            if (m !== 0) fail('nondifferentiable', 'abs', 'the corner of abs at 0', m);
            D0[k] = 0;
            D1[k] = 0;
            return 0;
          }
          return chain(Math.abs(u), u > 0 ? 1 : -1);
        };
      case 'exp':
        return () => {
          const v = Math.exp(a.run());
          return chain(v, v);
        };
      case 'ln':
      case 'log':
      case 'log10': {
        const scale = name === 'log10' ? Math.LN10 : 1;
        return () => {
          const u = a.run();
          if (!(u > 0)) return (fail('outside the domain', name, 'the logarithm of a number ≤ 0'), NaN);
          return chain(Math.log(u) / scale, 1 / (u * scale));
        };
      }
      case 'sin':
        return () => {
          const u = a.run();
          return chain(Math.sin(u), Math.cos(u));
        };
      case 'cos':
        return () => {
          const u = a.run();
          return chain(Math.cos(u), -Math.sin(u));
        };
      case 'tan':
        return () => {
          const u = a.run();
          const c = Math.cos(u);
          return chain(Math.tan(u), 1 / (c * c));
        };
      default:
        throw new RangeError(`compileGradient: no function ${name}`);
    }
  };

  const binaryNode = (op: string, a: { run: Node; slot: number }, b: { run: Node; slot: number }, k: number, variablePower: boolean, base: number): Node => {
    const i = a.slot;
    const j = b.slot;
    switch (op) {
      case 'add':
        return () => {
          const v = a.run() + b.run();
          D0[k] = D0[i]! + D0[j]!;
          D1[k] = D1[i]! + D1[j]!;
          return v;
        };
      case 'subtract':
        return () => {
          const v = a.run() - b.run();
          D0[k] = D0[i]! - D0[j]!;
          D1[k] = D1[i]! - D1[j]!;
          return v;
        };
      case 'multiply':
        return () => {
          const u = a.run();
          const w = b.run();
          D0[k] = D0[i]! * w + u * D0[j]!;
          D1[k] = D1[i]! * w + u * D1[j]!;
          return u * w;
        };
      case 'divide':
        return () => {
          const u = a.run();
          const w = b.run();
          if (w === 0) return (fail('outside the domain', '/', 'a division by zero'), NaN);
          const q = u / w;
          D0[k] = (D0[i]! - q * D0[j]!) / w;
          D1[k] = (D1[i]! - q * D1[j]!) / w;
          return q;
        };
      case 'pow':
        if (variablePower)
          // u^w = exp(w ln u): defined, with a derivative in w, only for u > 0.
          return () => {
            const u = a.run();
            const w = b.run();
            if (!(u > 0)) return (fail('outside the domain', '^', 'a power with a variable exponent of a number ≤ 0'), NaN);
            const v = u ** w;
            const lu = Math.log(u);
            D0[k] = v * (D0[j]! * lu + (w * D0[i]!) / u);
            D1[k] = v * (D1[j]! * lu + (w * D1[i]!) / u);
            return v;
          };
        return () => {
          const u = a.run();
          const w = b.run();
          if (w === 0) {
            D0[k] = 0;
            D1[k] = 0;
            return 1;
          }
          if (u < 0 && !Number.isInteger(w)) return (fail('outside the domain', '^', 'a negative number to a fractional power'), NaN);
          if (u === 0 && w < 0) return (fail('outside the domain', '^', 'zero to a negative power'), NaN);
          if (u === 0 && w < 1) {
            fail('nondifferentiable', '^', 'a fractional power at 0', moving(i) || base);
            D0[k] = 0;
            D1[k] = 0;
            return 0;
          }
          const slope = w === 1 ? 1 : w * u ** (w - 1);
          D0[k] = slope * D0[i]!;
          D1[k] = slope * D1[i]!;
          return u ** w;
        };
      default:
        throw new RangeError(`compileGradient: no operator ${op}`);
    }
  };

  const root = compile(tree);
  D0 = Float64Array.from(d0);
  D1 = Float64Array.from(d1);
  const r = root.slot;

  return {
    variables: [...variables],
    evaluate(point, gradient) {
      p0 = point[0] ?? NaN;
      p1 = n > 1 ? (point[1] ?? NaN) : 0;
      // Widened on purpose: the closures below change it, which the checker cannot see.
      status = 'ok' as GradientStatus;
      flagged = 0;
      const v = root.run();
      if (status === 'outside the domain') {
        gradient.fill(NaN);
        return NaN;
      }
      gradient[0] = D0[r]!;
      if (n > 1) gradient[1] = D1[r]!;
      if (!Number.isFinite(v) || !Number.isFinite(gradient[0]!) || (n > 1 && !Number.isFinite(gradient[1]!))) {
        // A point that is not a finite number lands here too: NaN in, flagged out, never silently.
        status = 'overflow';
        operation = '';
        flagged = 0;
        reason = Number.isFinite(p0) && Number.isFinite(p1) ? 'a value beyond floating point' : 'a point that is not a finite number';
      }
      return v;
    },
    get status() {
      return status;
    },
    fault() {
      if (status === 'ok') return undefined;
      return { status, operation, reason, variables: variables.filter((_, i) => flagged & (1 << i)) };
    },
  };
}

/** One sentence for a reader on what went wrong at `point`, or undefined when nothing did. */
export function faultMessage(fault: Fault | undefined, point: readonly number[]): string | undefined {
  if (!fault) return undefined;
  const at = point.length === 1 ? `x = ${point[0]}` : `(${point.join(', ')})`;
  switch (fault.status) {
    case 'outside the domain':
      return `At ${at} the function is outside its domain: ${fault.reason}.`;
    case 'nondifferentiable':
      return `At ${at} the function is not differentiable in ${fault.variables.join(' and ')}: ${fault.reason}.`;
    case 'overflow':
      return `At ${at} the function or its gradient is too large to compute: ${fault.reason}.`;
  }
}
