// What the page and the worker say to each other, and the phases of a run as the reader sees them.
import { lastRow, type ScaleParams, type ScaleRun, type SyntheticLine } from './model.ts';
import { formatNumber } from '../format.ts';

export interface ScaleRequest {
  line: SyntheticLine;
  params: ScaleParams;
}

export type ScaleMessage =
  | { type: 'data'; done: number; n: number }
  | { type: 'epoch'; run: ScaleRun; samplesPerSecond: number }
  | { type: 'done'; run: ScaleRun; samplesPerSecond: number }
  | { type: 'error'; message: string };

/** Where a run is: the one computed when the book was built, making the data, descending, or ended. */
export type Phase =
  | { kind: 'built' }
  | { kind: 'data'; done: number }
  | { kind: 'epochs'; done: number }
  | { kind: 'finished' }
  | { kind: 'cancelled'; epochs: number; done: number }
  | { kind: 'failed'; message: string };

export const counted = (n: number) => n.toLocaleString('en-US');

export const isRunning = (phase: Phase) => phase.kind === 'data' || phase.kind === 'epochs';

/** The status line's words. */
export function statusText(run: ScaleRun, phase: Phase, params: ScaleParams): string {
  if (phase.kind === 'data') return 'running: making the data';
  if (phase.kind === 'epochs') return `running: epoch ${phase.done + 1} of ${params.epochs}`;
  if (phase.kind === 'cancelled') return `cancelled after ${phase.epochs} of ${params.epochs} epochs`;
  if (phase.kind === 'failed') return 'failed';
  if (phase.kind === 'built') return `finished ${lastRow(run).epoch} epochs when the book was built; press Run to compute it here`;
  if (run.reason === 'diverged') return `diverged at update ${run.divergedAt}`;
  const epochs = lastRow(run).epoch;
  return `finished ${epochs} epoch${epochs === 1 ? '' : 's'}`;
}

/** The progress bar: its label, and the points made plus the points passed over so far, of `total`. */
export function progress(phase: Phase, params: ScaleParams): { label: string; done: number; total: number } {
  const total = params.n * (params.epochs + 1);
  switch (phase.kind) {
    case 'data':
      return { label: `Making the data: ${counted(phase.done)} of ${counted(params.n)} points`, done: phase.done, total };
    case 'epochs':
      return { label: `Epoch ${phase.done + 1} of ${params.epochs}`, done: params.n * (phase.done + 1), total };
    case 'cancelled':
      return { label: 'Cancelled', done: phase.done, total };
    case 'built':
      return { label: 'Done when the book was built', done: total, total };
    default:
      return { label: 'Done', done: total, total };
  }
}

/** The caption: the data, the batches, and where the run on screen has got to. */
export function describeScale(params: ScaleParams, run: ScaleRun): string {
  const last = lastRow(run);
  const setup = `${counted(run.n)} points in batches of ${counted(run.batchSize)} (${counted(run.perEpoch)} updates an epoch) at rate ${formatNumber(params.lr)}`;
  if (run.reason === 'diverged') return `${setup}: the run diverged at step ${run.divergedAt}.`;
  return `${setup}: after ${last.epoch} of ${run.epochsAsked} epochs the line has intercept ${formatNumber(last.intercept, 4)} and slope ${formatNumber(last.slope, 4)}.`;
}
