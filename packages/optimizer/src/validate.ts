// Argument checks shared by the modules. Every failure is a RangeError whose message names the
// parameter and shows the value received. Not re-exported from index.ts.

/** Largest step budget any runner accepts. */
export const MAX_STEPS_LIMIT = 10_000_000;

/** Formats a received value for an error message: numbers as JavaScript prints them. */
export function shown(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return `a value of type ${typeof value}`;
}

function fail(name: string, requirement: string, value: unknown): never {
  throw new RangeError(`${name} must be ${requirement}; received ${shown(value)}.`);
}

/** A finite number greater than 0. */
export function positive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(name, 'a finite number greater than 0', value);
  }
  return value;
}

/** A finite number greater than or equal to 0. */
export function nonNegative(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(name, 'a finite number greater than or equal to 0', value);
  }
  return value;
}

/** A number in [0, 1). */
export function fraction(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    fail(name, 'a number in [0, 1)', value);
  }
  return value;
}

/** A number strictly between 0 and 1. */
export function openFraction(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    fail(name, 'a number strictly between 0 and 1', value);
  }
  return value;
}

/** An integer in [min, max]. */
export function integer(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(name, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

/**
 * Copies a starting point into a fresh Float64Array, rejecting empty or non-finite input.
 * A bare number is a one-dimensional start.
 */
export function startingPoint(name: string, value: unknown): Float64Array {
  let x: Float64Array;
  if (typeof value === 'number') x = Float64Array.of(value);
  else if (value instanceof Float64Array || Array.isArray(value)) x = Float64Array.from(value as ArrayLike<number>);
  else fail(name, 'a number, an array of numbers or a Float64Array', value);
  if (x.length === 0) fail(name, 'non-empty', value);
  if (Array.isArray(value) && value.some((v) => typeof v !== 'number')) {
    fail(name, 'made of numbers only', value);
  }
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? NaN;
    if (!Number.isFinite(xi)) {
      throw new RangeError(`${name} must be finite; component ${i} is ${shown(xi)}.`);
    }
  }
  return x;
}

/** Two arrays that must have the same length. */
export function sameLength(name: string, actual: number, expected: number): void {
  if (actual !== expected) {
    throw new RangeError(`${name} has length ${actual}; expected length ${expected} to match the parameters.`);
  }
}
