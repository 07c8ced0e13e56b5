// Small math helpers: seeded PRNG, shape functions, rotations.
export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export class Rng {
  constructor(seed) { this.r = mulberry32(seed); this._n = null; }
  u(a = 0, b = 1) { return a + (b - a) * this.r(); }
  int(a, b) { return Math.floor(this.u(a, b + 1)); }
  chance(p) { return this.r() < p; }
  pick(arr) { return arr[Math.floor(this.r() * arr.length)]; }
  n() {
    if (this._n !== null) { const v = this._n; this._n = null; return v; }
    let u1 = this.r(); while (u1 < 1e-12) u1 = this.r();
    const u2 = this.r(), m = Math.sqrt(-2 * Math.log(u1));
    this._n = m * Math.sin(2 * Math.PI * u2);
    return m * Math.cos(2 * Math.PI * u2);
  }
}
export const DEG = Math.PI / 180;
export const clamp = (v, a, b) => Math.max(a, Math.min(b, v));
// minimum-jerk 0->1
export const mj = (s) => { s = clamp(s, 0, 1); return s * s * s * (10 - 15 * s + 6 * s * s); };
// 0 -> 1 -> 0 smooth bump (zero velocity at both ends)
export const bump = (s) => { s = clamp(s, 0, 1); const v = Math.sin(Math.PI * s); return v * v; };
// gamma-like transient bump: 0 at t<=0, peak 1 at t=tau, decays to ~0; zero slope at 0
export const gbump = (t, tau, k = 2) => (t <= 0 ? 0 : Math.pow(t / tau, k) * Math.exp(k * (1 - t / tau)));

// Regularised incomplete beta by table: cdf(s) and peak of the normalised pdf
export function makeBeta(a, b, N = 4000) {
  const pdf = new Float64Array(N + 1), cdf = new Float64Array(N + 1);
  for (let i = 0; i <= N; i++) { const s = i / N; pdf[i] = Math.pow(s, a - 1) * Math.pow(1 - s, b - 1); }
  for (let i = 1; i <= N; i++) cdf[i] = cdf[i - 1] + (pdf[i] + pdf[i - 1]) / (2 * N);
  const tot = cdf[N]; let pk = 0;
  for (let i = 0; i <= N; i++) { cdf[i] /= tot; pk = Math.max(pk, pdf[i] / tot); }
  const f = (s) => {
    s = clamp(s, 0, 1); const x = s * N, i = Math.min(N - 1, Math.floor(x)), w = x - i;
    return cdf[i] * (1 - w) + cdf[i + 1] * w;
  };
  return { cdf: f, peak: pk };
}

// 3x3 matrices as arrays of rows
export const matMul = (A, B) => A.map((r) => [0, 1, 2].map((j) => r[0] * B[0][j] + r[1] * B[1][j] + r[2] * B[2][j]));
export const matT = (A) => [0, 1, 2].map((i) => [A[0][i], A[1][i], A[2][i]]);
export const matVec = (A, v) => A.map((r) => r[0] * v[0] + r[1] * v[1] + r[2] * v[2]);
export const Rx = (a) => { const c = Math.cos(a), s = Math.sin(a); return [[1, 0, 0], [0, c, -s], [0, s, c]]; };
export const Ry = (a) => { const c = Math.cos(a), s = Math.sin(a); return [[c, 0, s], [0, 1, 0], [-s, 0, c]]; };
export const Rz = (a) => { const c = Math.cos(a), s = Math.sin(a); return [[c, -s, 0], [s, c, 0], [0, 0, 1]]; };
export function axisAngle(ax, ang) {
  const n = Math.hypot(...ax) || 1, [x, y, z] = ax.map((v) => v / n), c = Math.cos(ang), s = Math.sin(ang), C = 1 - c;
  return [
    [c + x * x * C, x * y * C - z * s, x * z * C + y * s],
    [y * x * C + z * s, c + y * y * C, y * z * C - x * s],
    [z * x * C - y * s, z * y * C + x * s, c + z * z * C],
  ];
}
// log map: rotation matrix -> [axis, angle]
export function rotLog(R) {
  const tr = R[0][0] + R[1][1] + R[2][2];
  const ang = Math.acos(clamp((tr - 1) / 2, -1, 1));
  if (ang < 1e-9) return [[1, 0, 0], 0];
  let ax = [R[2][1] - R[1][2], R[0][2] - R[2][0], R[1][0] - R[0][1]];
  if (Math.hypot(...ax) < 1e-6) { // near pi
    const d = [R[0][0], R[1][1], R[2][2]], k = d.indexOf(Math.max(...d));
    ax = [0, 1, 2].map((j) => (j === k ? Math.sqrt(Math.max(0, (R[k][k] + 1) / 2)) : R[k][j] / (2 * Math.sqrt(Math.max(1e-12, (R[k][k] + 1) / 2)))));
  }
  return [ax, ang];
}
