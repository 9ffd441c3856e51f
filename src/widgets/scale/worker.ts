// Runs mini-batch descent on the synthetic data off the main thread and reports as it goes.
import { runScale, type ScaleRun } from './model.ts';
import type { ScaleMessage, ScaleRequest } from './protocol.ts';

const scope = self as unknown as { postMessage(message: ScaleMessage): void; onmessage: ((event: MessageEvent<ScaleRequest>) => void) | null };

scope.onmessage = ({ data: { line, params } }) => {
  let start = performance.now();
  const rate = (run: ScaleRun) => {
    const seconds = (performance.now() - start) / 1000;
    return seconds > 0 ? ((run.rows.length - 1) * run.n) / seconds : 0;
  };
  try {
    const run = runScale(line, params, {
      onData: (done, n) => {
        scope.postMessage({ type: 'data', done, n });
        start = performance.now();
      },
      onEpoch: (run) => {
        // Epoch 0 arrives once the least-squares reference is solved: the speed counts descent only.
        if (run.rows.length === 1) start = performance.now();
        scope.postMessage({ type: 'epoch', run, samplesPerSecond: rate(run) });
      },
    });
    scope.postMessage({ type: 'done', run, samplesPerSecond: rate(run) });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
