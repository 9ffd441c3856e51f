// Checks for data given as feature columns, shared by data.ts and linalg.ts. Not re-exported from
// index.ts. Every failure is a RangeError whose message names the parameter and the value received.
import { shown } from './validate.ts';

/** One feature as a `Float64Array`, or several as an array of equally long columns. */
export type Features = Float64Array | readonly Float64Array[];

/**
 * The feature columns, checked: at least one column, each a non-empty finite Float64Array of
 * the same length as `y` (or as the first column when `y` is null).
 */
export function toColumns(features: Features, y: Float64Array | null, yName = 'y'): readonly Float64Array[] {
  const single = features instanceof Float64Array;
  const columns: readonly unknown[] = single ? [features] : (features as readonly unknown[]);
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new RangeError(`features must be a Float64Array or a non-empty array of Float64Array columns; received ${shown(features)}.`);
  }
  if (y !== null) finiteArray(yName, y);
  const rows = y === null ? -1 : y.length;
  columns.forEach((column, j) => {
    const name = single ? 'x' : `features[${j}]`;
    finiteArray(name, column);
    const expected = rows === -1 ? (columns[0] as Float64Array).length : rows;
    if (column.length !== expected) {
      const other = y === null ? 'features[0]' : yName;
      throw new RangeError(`${name} must have the same length as ${other} (${expected}); received length ${column.length}.`);
    }
  });
  return columns as readonly Float64Array[];
}

/** A non-empty Float64Array of finite numbers. */
export function finiteArray(name: string, values: unknown): asserts values is Float64Array {
  if (!(values instanceof Float64Array)) {
    throw new RangeError(`${name} must be a Float64Array; received ${shown(values)}.`);
  }
  if (values.length === 0) throw new RangeError(`${name} must be non-empty; received length 0.`);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) {
      throw new RangeError(`${name} must be finite; ${name}[${i}] is ${shown(value)}.`);
    }
  }
}
