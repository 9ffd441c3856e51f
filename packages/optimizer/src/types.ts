/**
 * An objective evaluates f at `x`, writes ∇f(x) into `gradient`, and returns f(x).
 * It must not allocate: the caller owns both arrays. A scalar problem uses arrays of length 1.
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Why a run ended. */
export type Reason =
  /** The gradient-norm rule fired: ‖∇f‖ fell below its tolerance. */
  | 'converged'
  /** Another stop rule fired (minimum step size, relative loss change); `rule` names it. */
  | 'stopped'
  /** The step budget ran out before any other rule fired. */
  | 'max-steps'
  /** A value or iterate became non-finite or blew up; `divergedAt` is the step. */
  | 'diverged';

/** The stop rule that ended a run. */
export type StopRuleName = 'gradientNorm' | 'minStepSize' | 'relativeChange' | 'maxSteps' | 'diverged';

/**
 * One recorded iterate. `step` is the move that led to this iterate, with the sign of a descent
 * step: x_k = x_{k−1} − step (so η ∇f(x_{k−1}) for plain gradient descent; zeros for k = 0).
 */
export interface TrajectoryPoint {
  k: number;
  x: number[];
  f: number;
  gradient: number[];
  step: number[];
}

/**
 * The record every run returns. `x`, `f` and `gradient` always belong to the same iterate.
 * After divergence they are the last finite iterate, and `divergedAt` is the step that failed.
 */
export interface Result {
  x: Float64Array;
  f: number;
  gradient: Float64Array;
  iterations: number;
  evaluations: number;
  reason: Reason;
  rule: StopRuleName;
  divergedAt?: number;
  message: string;
  trajectory?: TrajectoryPoint[];
}
