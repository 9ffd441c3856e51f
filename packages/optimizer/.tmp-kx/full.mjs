import { linearRegression } from '../src/data.ts';
const N = +process.argv[2] || 1_000_000;
const x = new Float64Array(N), y = new Float64Array(N);
for (let i = 0; i < N; i++) { x[i] = (i % 1000) / 200; y[i] = 1 + 2 * x[i] + ((i * 7919) % 13) / 13; }
function streamSimple(x, y) { let a = 0, b = 0; for (let i = 0; i < x.length; i++) { a += x[i]; b += y[i]; } return a + b; }
function naive(a, b, x, y, g) { const n = x.length; let sr = 0, srx = 0, srr = 0;
  for (let i = 0; i < n; i++) { const xi = x[i]; const r = a + b * xi - y[i]; sr += r; srx += r * xi; srr += r * r; }
  g[0] = (2 * sr) / n; g[1] = (2 * srx) / n; return srr / n; }
const obj = linearRegression(x, y);
const th = new Float64Array([0.5, 1.5]), g = new Float64Array(2);
const xs = x.subarray(0, 1001), ys = y.subarray(0, 1001);
for (let i = 0; i < 500; i++) { streamSimple(xs, ys); naive(0.1, 0.2, xs, ys, g); }
const tasks = { floor: () => streamSimple(x, y), naive: () => naive(0.5, 1.5, x, y, g), ours: () => obj(th, g) };
const T = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
for (let r = 0; r < 5; r++) for (const f of Object.values(tasks)) f();
for (let r = 0; r < 41; r++) for (const [k, f] of Object.entries(tasks)) { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); T[k].push((u.user + u.system) / 1000); }
const med = Object.fromEntries(Object.entries(T).map(([k, t]) => [k, t.sort((a, b) => a - b)[20]]));
console.log(N, Object.entries(med).map(([k, v]) => `${k} ${v.toFixed(2)}ms ${(v / med.floor).toFixed(2)}x`).join(' | '));
