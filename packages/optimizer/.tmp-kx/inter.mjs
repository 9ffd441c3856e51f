import { seededRandom, shuffle } from '../src/random.ts';
const N = +process.argv[2] || 1_000_000;
const x = new Float64Array(N), y = new Float64Array(N), xy = new Float64Array(2 * N);
const r0 = seededRandom(5);
for (let i = 0; i < N; i++) { x[i] = r0.next(); y[i] = r0.next(); xy[2*i] = x[i]; xy[2*i+1] = y[i]; }
const order = new Int32Array(N); for (let i = 0; i < N; i++) order[i] = i; shuffle(order, seededRandom(1));
const B = 32;
const s = new Float64Array(6);
function sep(a, b, rows, from, to, s) {
  let r0 = s[0], r1 = s[1], p0 = s[2], p1 = s[3], q0 = s[4], q1 = s[5];
  for (let t = from; t < to; t += 2) { const i = rows[t], j = rows[t + 1]; const x0 = x[i], x1 = x[j]; const e0 = a + b * x0 - y[i], e1 = a + b * x1 - y[j];
    r0 += e0; r1 += e1; p0 += e0 * x0; p1 += e1 * x1; q0 += e0 * e0; q1 += e1 * e1; }
  s[0] = r0; s[1] = r1; s[2] = p0; s[3] = p1; s[4] = q0; s[5] = q1;
}
function inter(a, b, rows, from, to, s) {
  let r0 = s[0], r1 = s[1], p0 = s[2], p1 = s[3], q0 = s[4], q1 = s[5];
  for (let t = from; t < to; t += 2) { const i = 2 * rows[t], j = 2 * rows[t + 1]; const x0 = xy[i], x1 = xy[j]; const e0 = a + b * x0 - xy[i + 1], e1 = a + b * x1 - xy[j + 1];
    r0 += e0; r1 += e1; p0 += e0 * x0; p1 += e1 * x1; q0 += e0 * e0; q1 += e1 * e1; }
  s[0] = r0; s[1] = r1; s[2] = p0; s[3] = p1; s[4] = q0; s[5] = q1;
}
function sepFull(a, b, from, to, s) {
  let r0 = s[0], r1 = s[1], p0 = s[2], p1 = s[3], q0 = s[4], q1 = s[5];
  for (let i = from; i < to; i += 2) { const x0 = x[i], x1 = x[i + 1]; const e0 = a + b * x0 - y[i], e1 = a + b * x1 - y[i + 1];
    r0 += e0; r1 += e1; p0 += e0 * x0; p1 += e1 * x1; q0 += e0 * e0; q1 += e1 * e1; }
  s[0] = r0; s[1] = r1; s[2] = p0; s[3] = p1; s[4] = q0; s[5] = q1;
}
function interFull(a, b, from, to, s) {
  let r0 = s[0], r1 = s[1], p0 = s[2], p1 = s[3], q0 = s[4], q1 = s[5];
  for (let k = 2 * from; k < 2 * to; k += 4) { const x0 = xy[k], x1 = xy[k + 2]; const e0 = a + b * x0 - xy[k + 1], e1 = a + b * x1 - xy[k + 3];
    r0 += e0; r1 += e1; p0 += e0 * x0; p1 += e1 * x1; q0 += e0 * e0; q1 += e1 * e1; }
  s[0] = r0; s[1] = r1; s[2] = p0; s[3] = p1; s[4] = q0; s[5] = q1;
}
const tasks = {
  gatherSep: () => { s.fill(0); for (let f = 0; f < N; f += B) sep(0.1, 0.2, order, f, f + B, s); },
  gatherInter: () => { s.fill(0); for (let f = 0; f < N; f += B) inter(0.1, 0.2, order, f, f + B, s); },
  fullSep: () => { s.fill(0); for (let f = 0; f < N; f += 4096) sepFull(0.1, 0.2, f, Math.min(f + 4096, N), s); },
  fullInter: () => { s.fill(0); for (let f = 0; f < N; f += 4096) interFull(0.1, 0.2, f, Math.min(f + 4096, N), s); },
};
const times = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
for (let r = 0; r < 3; r++) for (const f of Object.values(tasks)) f();
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(tasks)) { const st = process.cpuUsage(); f(); const e = process.cpuUsage(st); times[k].push((e.user + e.system) / 1000); }
for (const [k, t] of Object.entries(times)) { t.sort((a, b) => a - b); console.log(k.padEnd(12), (t[7] * 1e6 / N).toFixed(2), 'ns/elt'); }
