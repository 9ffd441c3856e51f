// The public API of @descent/optimizer: everything a caller may use, named one by one. Helpers the
// modules share (argument checks, stop-rule evaluation, the trajectory recorder, line-search
// internals, the run record) are deliberately not exported here.

export type { Objective, Reason, Result, StopRuleName, TrajectoryPoint } from './types.ts';

// Objectives and gradient checks
export { DEFAULT_DIFFERENCE_STEP, gradientCheck, numericalGradient, scalar } from './objective.ts';

// The descent loop, full-batch and mini-batch
export {
  gradientDescent,
  iterate,
  miniBatchDescent,
  type DescentOptions,
  type MiniBatchOptions,
  type MiniBatchResult,
  type StartingPoint,
  type StepOptions,
} from './descent.ts';
export { DEFAULT_MAX_STEPS, DIVERGENCE_LIMIT, MAX_STEPS_LIMIT, type StopRules } from './stop.ts';
export { DEFAULT_TRAJECTORY_CAP, type TrajectoryOptions } from './trajectory.ts';

// Optimizers in the manner of optax, and learning-rate schedules
export {
  adagrad,
  adam,
  applyUpdates,
  chain,
  momentum,
  nesterov,
  rmsprop,
  scaleByAdagrad,
  scaleByAdam,
  scaleByLearningRate,
  scaleByRms,
  sgd,
  trace,
  type AdagradState,
  type AdamState,
  type ChainState,
  type GradientTransformation,
  type RmsState,
  type ScheduleState,
  type TraceState,
} from './transforms.ts';
export { constant, exponentialDecay, inverseTimeDecay, stepDecay, warmup, type LearningRate, type Schedule } from './schedules.ts';

// Line searches and BFGS
export { backtrackingLineSearch, wolfeLineSearch, type ArmijoOptions, type LinePoint, type WolfeOptions } from './linesearch.ts';
export { BFGS_GRADIENT_TOLERANCE, minimize, type MinimizeOptions } from './bfgs.ts';

// Data sets, mini-batches, random numbers and least squares
export {
  linearRegression,
  logisticRegression,
  MAX_POLYNOMIAL_DEGREE,
  polynomialFeatures,
  type DatasetLoss,
  type DatasetObjective,
  type Features,
  type LinearRegressionOptions,
  type LogisticRegressionOptions,
  type RowTable,
  type SquaredLoss,
} from './data.ts';
export { batchBounds, batchIndices, MAX_EPOCHS, TWO_LEVEL_SHUFFLE_ROWS, type BatchSplit } from './batches.ts';
export { normal, permutation, seededRandom, shuffle, type IndexArray, type Random } from './random.ts';
export { leastSquares, minimumNormSolution, singularValues, type LeastSquaresOptions, type MinimumNormOptions } from './linalg.ts';
