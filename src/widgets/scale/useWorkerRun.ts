import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScaleExample, ScaleParams, ScaleRun } from './model.ts';
import { isRunning, type Phase, type ScaleMessage, type ScaleRequest } from './protocol.ts';

/**
 * Runs the example in a Web Worker and follows it: the run so far (the built one, `initial`, until
 * the first run here), its phase, the speed, and whether it has ended. Settings other than the
 * built ones, from the address or the controls, run at once; the built ones only on `start`.
 */
export function useWorkerRun(
  example: ScaleExample,
  initial: ScaleRun,
  state: { ready: boolean; changed: boolean; params: ScaleParams },
) {
  const [run, setRun] = useState(initial);
  const [phase, setPhase] = useState<Phase>({ kind: 'built' });
  const [samplesPerSecond, setSamplesPerSecond] = useState<number | null>(null);
  const [finished, setFinished] = useState(false);
  const worker = useRef<Worker | null>(null);
  const end = (next: Phase) => {
    setPhase(next);
    setFinished(true);
  };

  function stop() {
    worker.current?.terminate();
    worker.current = null;
  }

  function start() {
    if (isRunning(phase)) stop();
    const w = (worker.current ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
    setPhase({ kind: 'data', done: 0 });
    setSamplesPerSecond(null);
    w.onmessage = ({ data: message }: MessageEvent<ScaleMessage>) => {
      if (worker.current !== w) return;
      if (message.type === 'data') setPhase({ kind: 'data', done: message.done });
      else if (message.type === 'error') end({ kind: 'failed', message: message.message });
      else {
        setRun(message.run);
        const epochs = message.run.rows.length - 1;
        if (epochs > 0) setSamplesPerSecond(message.samplesPerSecond);
        if (message.type === 'epoch') setPhase({ kind: 'epochs', done: epochs });
        else end({ kind: 'finished' });
      }
    };
    w.onerror = (event) => {
      if (worker.current !== w) return;
      event.preventDefault();
      stop();
      end({ kind: 'failed', message: event.message || 'the background thread could not start' });
    };
    w.postMessage({ line: example.problem, params: state.params } satisfies ScaleRequest);
  }

  function cancel(done: number) {
    stop();
    end({ kind: 'cancelled', epochs: phase.kind === 'epochs' ? phase.done : 0, done });
  }

  useEffect(() => {
    if (!state.ready) return;
    if (state.changed) start();
    else setFinished(true);
  }, [state.ready, state.params]);
  useEffect(() => stop, []);

  return { run, phase, samplesPerSecond, finished, start, cancel };
}
