import { seededRandom, shuffle } from '../src/random.ts';
const N = +process.argv[2] || 1_000_000;
const B = 32;
const order = new Int32Array(N), label = new Int32Array(N), cursor = new Int32Array(Math.ceil(N / B));
const x = new Float64Array(N), y = new Float64Array(N), xy = new Float64Array(2 * N);
const r0 = seededRandom(5);
for (let i = 0; i < N; i++) { x[i] = r0.next(); y[i] = r0.next(); xy[2*i] = x[i]; xy[2*i+1] = y[i]; }
let state = 12345;
function fyInline(a) {
  let s = state;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s + 0x6d2b79f5) | 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = (t ^ (t >>> 14)) >>> 0;
    const j = Math.floor((u / 4294967296) * (i + 1));
    const h = a[i]; a[i] = a[j]; a[j] = h;
  }
  state = s;
}
const rng = seededRandom(3);
function ident(a) { for (let i = 0; i < a.length; i++) a[i] = i; }
function insertion(a, lo, hi) { for (let i = lo + 1; i < hi; i++) { const v = a[i]; let j = i - 1; while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } }
function sortAll(a) { for (let lo = 0; lo < a.length; lo += B) insertion(a, lo, Math.min(lo + B, a.length)); }
// inverse distribution: sigma = positions; batch of row r = floor(sigma[r]/B)
function inverseDistribute(sigma, out) {
  const k = cursor.length; for (let j = 0; j < k; j++) cursor[j] = j * B;
  for (let r = 0; r < sigma.length; r++) { const j = (sigma[r] / B) | 0; out[cursor[j]++] = r; }
}
function gather(rows) { let s0 = 0, s1 = 0; for (let t = 0; t < rows.length; t += 2) { const i = rows[t], j = rows[t+1]; s0 += x[i] * 0.5 - y[i]; s1 += x[j] * 0.5 - y[j]; } return s0 + s1; }
function gatherXY(rows) { let s0 = 0, s1 = 0; for (let t = 0; t < rows.length; t += 2) { const i = rows[t] * 2, j = rows[t+1] * 2; s0 += xy[i] * 0.5 - xy[i+1]; s1 += xy[j] * 0.5 - xy[j+1]; } return s0 + s1; }
const tasks = {
  identity: () => ident(order),
  shuffleLib: () => { ident(order); shuffle(order, rng); },
  shuffleInline: () => { ident(order); fyInline(order); },
  sortInsertion32: () => { ident(order); fyInline(order); sortAll(order); },
  inverseDist32: () => { ident(label); fyInline(label); inverseDistribute(label, order); },
  gatherRandom: () => gather(order),
  gatherRandomXY: () => gatherXY(order),
  gatherSeq: () => { ident(label); gather(label); },
};
const times = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
// warm up small
for (let r = 0; r < 3; r++) for (const [k, f] of Object.entries(tasks)) f();
for (let r = 0; r < 9; r++) for (const [k, f] of Object.entries(tasks)) { const s = process.cpuUsage(); f(); const e = process.cpuUsage(s); times[k].push((e.user + e.system) / 1000); }
for (const [k, t] of Object.entries(times)) { t.sort((a, b) => a - b); console.log(k.padEnd(16), (t[4] * 1e6 / N).toFixed(1), 'ns/elt'); }
