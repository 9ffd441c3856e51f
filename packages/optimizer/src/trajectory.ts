import type { TrajectoryPoint } from './types.ts';
import { integer, MAX_STEPS_LIMIT } from './validate.ts';

/** Trajectory settings: keep at most `cap` points (an integer ≥ 2). */
export interface TrajectoryOptions {
  cap: number;
}

/**
 * A plain-array copy of a vector, for a trajectory point. A loop, because `Array.from` on a typed
 * array goes through its iterator: about 1 µs a call in V8 against 70 ns, and a run records three
 * copies per step.
 */
export function toArray(values: Float64Array): number[] {
  const copy: number[] = [];
  for (let i = 0; i < values.length; i++) copy.push(values[i]!);
  return copy;
}

/** Points kept when `trajectory: true`. */
export const DEFAULT_TRAJECTORY_CAP = 10_000;

/**
 * Reads the `trajectory` option: false or absent → no recording (returns 0), true → the default
 * cap, `{ cap }` → that cap.
 *
 * @throws RangeError if `cap` is not an integer from 2 to {@link MAX_STEPS_LIMIT} + 1.
 */
export function trajectoryCap(option: boolean | TrajectoryOptions | undefined): number {
  if (option === undefined || option === false) return 0;
  if (option === true) return DEFAULT_TRAJECTORY_CAP;
  return integer('trajectory.cap', option.cap, 2, MAX_STEPS_LIMIT + 1);
}

/**
 * Records a run's iterates in bounded memory. Every point is kept until `cap` points are held;
 * from then on only iterates whose k is a multiple of a stride are kept, and each time the store
 * fills up the stride doubles and every other kept point is dropped. The first point (k = 0) and
 * the latest point are always in the result, which never holds more than `cap` points.
 */
export class TrajectoryRecorder {
  private readonly kept: TrajectoryPoint[] = [];
  private stride = 1;
  private latest: TrajectoryPoint | undefined;
  private readonly cap: number;

  /** @param cap - the most points to hold, at least 2 */
  constructor(cap: number) {
    this.cap = cap;
  }

  /** Offers the next iterate; points must arrive in increasing k. */
  add(point: TrajectoryPoint): void {
    this.latest = point;
    if (point.k % this.stride !== 0) return;
    if (this.kept.length === this.cap) {
      this.stride *= 2;
      const stride = this.stride;
      let j = 0;
      for (const p of this.kept) if (p.k % stride === 0) this.kept[j++] = p;
      this.kept.length = j;
      if (point.k % stride !== 0) return;
    }
    this.kept.push(point);
  }

  /** The kept points with the latest point last. */
  points(): TrajectoryPoint[] {
    const points = this.kept.slice();
    const latest = this.latest;
    if (latest === undefined || points[points.length - 1] === latest) return points;
    if (points.length === this.cap) points[points.length - 1] = latest;
    else points.push(latest);
    return points;
  }
}
