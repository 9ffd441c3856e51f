import { miniBatchDescent } from '../src/batches.ts';
import { linearRegression } from '../src/data.ts';
import { seededRandom } from '../src/random.ts';
const N = 1_000_000;
const rng0 = seededRandom(1);
const x = new Float64Array(N), y = new Float64Array(N);
for (let i = 0; i < N; i++) { x[i] = 5 * rng0.next(); y[i] = 1 + 2 * x[i] + rng0.next(); }
const obj = linearRegression(x, y);
const b = +process.argv[2];
for (let r = 0; r < +(process.argv[3] ?? 3); r++) { const s = process.cpuUsage(); miniBatchDescent(obj, [0, 0], { learningRate: 1e-3, batchSize: b, epochs: 1, seed: 1 }); console.log(b, ((process.cpuUsage(s).user) / 1000).toFixed(1)); }
