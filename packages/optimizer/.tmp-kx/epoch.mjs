import { seededRandom, shuffle } from '../src/random.ts';
import { linearRegression } from '../src/data.ts';
const N = +process.argv[2] || 1_000_000, B = +process.argv[3] || 32;
const x = new Float64Array(N), y = new Float64Array(N);
for (let i = 0; i < N; i++) { x[i] = (i % 1000) / 200; y[i] = 1 + 2 * x[i]; }
const obj = linearRegression(x, y);
const k = Math.ceil(N / B);
const position = new Int32Array(N), order = new Int32Array(N), cursor = new Int32Array(k);
const rng = seededRandom(1);
function prepA() {
  for (let i = 0; i < N; i++) position[i] = i;
  shuffle(position, rng);
  for (let j = 0; j < k; j++) cursor[j] = j * B;
  for (let r = 0; r < N; r++) { const p = position[r]; const j = (p / B) | 0; const t = cursor[j]; order[t] = r; cursor[j] = t + 1; }
}
function prepB() { for (let i = 0; i < N; i++) order[i] = i; shuffle(order, rng); }
const th = new Float64Array([0.1, 0.2]), g = new Float64Array(2);
function evals() { for (let f = 0; f < N; f += B) obj.batch(th, g, order, f, Math.min(f + B, N)); }
const tasks = { prepA, prepB, evals };
const T = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
for (let r = 0; r < 3; r++) for (const f of Object.values(tasks)) f();
for (let r = 0; r < 15; r++) for (const [n, f] of Object.entries(tasks)) { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); T[n].push((u.user + u.system) / 1000); }
console.log(N, B, Object.entries(T).map(([n, t]) => `${n} ${(t.sort((a, b) => a - b)[7] * 1e6 / N).toFixed(1)}ns`).join(' | '), '(per sample)');
