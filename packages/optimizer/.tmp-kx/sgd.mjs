import { miniBatchDescent, batchBounds, batchIndices } from '../src/batches.ts';
import { linearRegression } from '../src/data.ts';
import { seededRandom, shuffle } from '../src/random.ts';
const N = +process.argv[2] || 1_000_000;
const rng0 = seededRandom(1);
const x = new Float64Array(N), y = new Float64Array(N);
for (let i = 0; i < N; i++) { x[i] = 5 * rng0.next(); y[i] = 1 + 2 * x[i] + rng0.next(); }
const obj = linearRegression(x, y);
function cpu(f, reps = 5) { const t = []; for (let r = 0; r < reps; r++) { const s = process.cpuUsage(); f(); const e = process.cpuUsage(s); t.push((e.user + e.system) / 1000); } t.sort((a, b) => a - b); return t[reps >> 1]; }
const order = new Int32Array(N);
const rng = seededRandom(2);
console.log('shuffle only', cpu(() => { for (let i = 0; i < N; i++) order[i] = i; shuffle(order, rng); }).toFixed(1), 'ms');
for (const b of [1, 32, 1024]) {
  const bounds = batchBounds(N, { batchSize: b });
  console.log('batchIndices b=' + b, cpu(() => batchIndices(N, { batchSize: b }, rng), 3).toFixed(1), 'ms (allocating arrays)');
  const g = new Float64Array(2), th = new Float64Array([0, 0]);
  console.log('  batch evals only b=' + b, cpu(() => { for (let j = 0; j + 1 < bounds.length; j++) obj.batch(th, g, order, bounds[j], bounds[j + 1]); }).toFixed(1), 'ms');
  console.log('  full SGD epoch b=' + b, cpu(() => miniBatchDescent(obj, [0, 0], { learningRate: 1e-3, batchSize: b, epochs: 1, seed: 1 })).toFixed(1), 'ms');
}
