import { formatNumber } from '../format.ts';
import { Quantity } from '../ui.tsx';
import { lastRow, type ScaleRun } from './model.ts';

interface Props {
  run: ScaleRun;
  samplesPerSecond: number | null;
  status: { value: string; text: string };
}

/** Where the run ended beside the least-squares answer, the steps per epoch, the speed and the status. */
export function ScaleResults({ run, samplesPerSecond, status }: Props) {
  const end = lastRow(run);
  return (
    <dl class="example-results">
      <div>
        <dt>Intercept θ₀</dt>
        <dd><Quantity name="intercept" value={end.intercept} /></dd>
      </div>
      <div>
        <dt>Slope θ₁</dt>
        <dd><Quantity name="slope" value={end.slope} /></dd>
      </div>
      <div>
        <dt>MSE</dt>
        <dd><Quantity name="f" value={end.f} /></dd>
      </div>
      <div>
        <dt>Least squares θ₀, θ₁</dt>
        <dd>
          <Quantity name="ls.intercept" value={run.leastSquares.intercept} />, <Quantity name="ls.slope" value={run.leastSquares.slope} />
        </dd>
      </div>
      <div>
        <dt>Least-squares MSE</dt>
        <dd><Quantity name="ls.f" value={run.leastSquares.f} /></dd>
      </div>
      <div>
        <dt>Steps per epoch</dt>
        <dd><Quantity name="updates-per-epoch" value={run.perEpoch} /></dd>
      </div>
      <div>
        <dt>Speed</dt>
        <dd>
          {samplesPerSecond === null ? (
            'not measured yet: press Run'
          ) : (
            <Quantity
              name="samples-per-second"
              value={samplesPerSecond}
              text={`${formatNumber(samplesPerSecond / 1e6, 1)} million samples per second`}
            />
          )}
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd><Quantity name="status" value={status.value} text={status.text} /></dd>
      </div>
    </dl>
  );
}
