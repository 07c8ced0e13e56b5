// Small helpers: seeded PRNG, rotations, interpolation shapes.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export class Rng {
  constructor(seed) { this.r = mulberry32(seed); this._g = null; }
  u() { return this.r(); }
  uni(a, b) { return a + (b - a) * this.r(); }
  int(a, b) { return Math.floor(this.uni(a, b + 1)); }
  pick(arr) { return arr[Math.floor(this.r() * arr.length)]; }
  chance(p) { return this.r() < p; }
  gauss() {
    if (this._g !== null) { const g = this._g; this._g = null; return g; }
    let u = 0, v = 0;
    while (u === 0) u = this.r();
    v = this.r();
    const m = Math.sqrt(-2 * Math.log(u));
    this._g = m * Math.sin(2 * Math.PI * v);
    return m * Math.cos(2 * Math.PI * v);
  }
}
export const D2R = Math.PI / 180;

// quintic minimum-jerk smoothstep, optionally skewed by a power warp (p>=1)
export function shape(tau, skew = 0) {
  if (tau <= 0) return 0;
  if (tau >= 1) return 1;
  let x = tau;
  if (skew > 0) x = Math.pow(tau, 1 + skew);            // slow start, fast end
  else if (skew < 0) x = 1 - Math.pow(1 - tau, 1 - skew); // fast start, slow end
  return x * x * x * (10 - 15 * x + 6 * x * x);
}

// 3x3 matrices as arrays of rows
export function matMul(A, B) {
  const C = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++)
    C[i][j] = A[i][0] * B[0][j] + A[i][1] * B[1][j] + A[i][2] * B[2][j];
  return C;
}
export function matT(A) { return [[A[0][0], A[1][0], A[2][0]], [A[0][1], A[1][1], A[2][1]], [A[0][2], A[1][2], A[2][2]]]; }
export function matVec(A, v) {
  return [A[0][0] * v[0] + A[0][1] * v[1] + A[0][2] * v[2], A[1][0] * v[0] + A[1][1] * v[1] + A[1][2] * v[2], A[2][0] * v[0] + A[2][1] * v[1] + A[2][2] * v[2]];
}
export function rotAxis(n, th) {
  const [x, y, z] = n, c = Math.cos(th), s = Math.sin(th), C = 1 - c;
  return [[c + x * x * C, x * y * C - z * s, x * z * C + y * s], [y * x * C + z * s, c + y * y * C, y * z * C - x * s], [z * x * C - y * s, z * y * C + x * s, c + z * z * C]];
}
export const Rx = (a) => rotAxis([1, 0, 0], a);
export const Ry = (a) => rotAxis([0, 1, 0], a);
export const Rz = (a) => rotAxis([0, 0, 1], a);
export function axisAngle(R) {
  const c = Math.max(-1, Math.min(1, (R[0][0] + R[1][1] + R[2][2] - 1) / 2));
  const th = Math.acos(c);
  if (th < 1e-9) return { n: [1, 0, 0], th: 0 };
  let n = [R[2][1] - R[1][2], R[0][2] - R[2][0], R[1][0] - R[0][1]];
  let m = Math.hypot(...n);
  if (m < 1e-6) { // ~180 deg
    const i = [0, 1, 2].reduce((b, k) => (R[k][k] > R[b][b] ? k : b), 0);
    n = [0, 1, 2].map((k) => (k === i ? Math.sqrt((R[i][i] + 1) / 2) : R[i][k] / (2 * Math.sqrt((R[i][i] + 1) / 2))));
    m = Math.hypot(...n);
  }
  return { n: n.map((v) => v / m), th };
}
export function randUnit(rng) {
  const v = [rng.gauss(), rng.gauss(), rng.gauss()];
  const m = Math.hypot(...v);
  return v.map((x) => x / m);
}
export function cross(a, b) { return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]; }
