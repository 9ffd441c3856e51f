import carsCsv from '../../content/data/cars.csv?raw';
import tipsCsv from '../../content/data/tips.csv?raw';

/** Paired observations: `x` is the feature, `y` the response. */
export interface Pairs {
  x: Float64Array;
  y: Float64Array;
}

/** Reads two numeric columns of a CSV text with a header row. */
export function csvColumns(text: string, xName: string, yName: string): Pairs {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const names = header.split(',').map((h) => h.replace(/"/g, ''));
  const [xi, yi] = [names.indexOf(xName), names.indexOf(yName)];
  if (xi < 0 || yi < 0) throw new Error(`The CSV has no column "${xi < 0 ? xName : yName}".`);
  const rows = lines.map((line) => line.split(','));
  return {
    x: Float64Array.from(rows, (r) => Number(r[xi])),
    y: Float64Array.from(rows, (r) => Number(r[yi])),
  };
}

/** The tips data (content/data/tips.csv): x = total bill, y = tip, both in US dollars; 244 rows. */
export const tips: Pairs = csvColumns(tipsCsv, 'total_bill', 'tip');

/** Seed 000's three people: x = weight, y = height. */
export const threePeople: Pairs = { x: Float64Array.of(0.5, 2.3, 2.9), y: Float64Array.of(1.4, 1.9, 3.2) };

/** Seed 002's seven cars: x = weight in 1000 lb, y = miles per gallon. */
export const sevenCars: Pairs = {
  x: Float64Array.of(3.5, 3.69, 3.44, 3.43, 4.34, 4.42, 2.37),
  y: Float64Array.of(18, 15, 18, 16, 15, 14, 24),
};

/** Seed 001's power lines: the three points a line should pass close to. */
export const powerLines: Pairs = { x: Float64Array.of(1, 2, 3), y: Float64Array.of(2, 5, 3) };

/** A feature standardised to mean 0 and (population) standard deviation 1, with the mean and sd it used. */
export function standardised(x: Float64Array): { z: Float64Array; mean: number; sd: number } {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length);
  return { z: x.map((v) => (v - mean) / sd), mean, sd };
}

/**
 * The book's own sample for seed 003's line fit (the slides do not give theirs): 20 evenly spaced
 * x from 0 to 1 and y = 0.25x + 0.5 exactly, the noise-free line their printed run heads for.
 */
export const lineSample: Pairs = (() => {
  const x = Float64Array.from({ length: 20 }, (_, i) => i / 19);
  return { x, y: x.map((v) => 0.25 * v + 0.5) };
})();

/**
 * The Auto MPG cars (content/data/cars.csv): x = horsepower, y = miles per gallon; the 392 of
 * vega-datasets' 406 cars that have both values.
 */
export const cars: Pairs = csvColumns(carsCsv, 'Horsepower', 'Miles_per_Gallon');
