// Independent sternum-phone sit-to-stand simulator.
// World frame: X forward (direction the person faces), Y left, Z up. Internal rate 1 kHz.
// Sternum position (x,z), trunk pitch th (forward +), roll ph are driven directly by
// time profiles; acceleration is obtained by differentiating position numerically.
import {
  Rng, DEG, clamp, mj, bump, gbump, makeBeta, matMul, matT, matVec, Rx, Ry, Rz, axisAngle, rotLog,
} from './lib.mjs';

export const FS = 1000;
const G = 9.80665;
const BETA_RISE = [makeBeta(3, 4), makeBeta(2.5, 3.2), makeBeta(2.2, 2.8)]; // early-peaking upward velocity
const BETA_DESC = [makeBeta(3.5, 3), makeBeta(3, 3), makeBeta(4, 3)]; // controlled lowering, later peak

export class Track {
  constructor(t0, t1) {
    this.t0 = t0; this.n = Math.ceil((t1 - t0) * FS) + 1;
    this.ch = {};
    for (const k of ['x', 'y', 'z', 'th', 'ph']) this.ch[k] = new Float64Array(this.n);
    for (const k of ['px', 'py', 'pz', 'pth', 'pph']) this.ch[k] = new Float64Array(this.n); // perturbations (additive)
  }
  idx(t) { return clamp(Math.round((t - this.t0) * FS), 0, this.n - 1); }
  time(i) { return this.t0 + i / FS; }
  val(k, t) { return this.ch[k][this.idx(t)]; }
  // write transition from current value at t to `to` over T with shape f, hold afterwards
  seg(k, t, T, to, f = mj) {
    const a = this.ch[k], i0 = this.idx(t), from = a[i0], nT = Math.max(1, Math.round(T * FS));
    for (let i = i0; i < this.n; i++) { const s = (i - i0) / nT; a[i] = s >= 1 ? to : from + (to - from) * f(s); }
    return t + nT / FS;
  }
  // set absolute values from explicit function g(tau) over [t, t+T], hold last value afterwards
  write(k, t, T, g) {
    const a = this.ch[k], i0 = this.idx(t), nT = Math.max(1, Math.round(T * FS));
    let last = a[i0];
    for (let i = i0; i < this.n; i++) { if (i - i0 <= nT) last = g((i - i0) / FS); a[i] = last; }
    return t + nT / FS;
  }
  add(k, t, T, g) { // additive perturbation over [t, t+T]
    const a = this.ch[k], i0 = this.idx(t), i1 = Math.min(this.n - 1, this.idx(t + T));
    for (let i = i0; i <= i1; i++) a[i] += g((i - i0) / FS);
  }
}

// ---------------------------------------------------------------- movements
// Person parameters P: zSit, D, thSit, thStand, Vp, Tflex, thPk, Td, L, plopP, ...
export class Person {
  constructor(track, P, rng) {
    this.tr = track; this.P = P; this.rng = rng; this.rises = []; this.events = [];
    const tr = track; tr.ch.z.fill(P.zSit); tr.ch.th.fill(P.thSit); tr.ch.x.fill(0); tr.ch.ph.fill(0);
    this.standing = false;
  }
  fat(t) { const P = this.P; return 1 + P.fatigue * clamp(t / 30, 0, 1.2) ** 1.3; }

  rise(t0, opt = {}) {
    const { tr, P, rng } = this, f = this.fat(t0);
    const thS = tr.val('th', t0), zS = tr.val('z', t0), xS = tr.val('x', t0);
    const thPk = clamp(P.thPk + rng.n() * 4 * DEG + (opt.extraFlex || 0), thS + 12 * DEG, 60 * DEG);
    const Tf = P.Tflex * f * rng.u(0.85, 1.15);
    const dip = Math.max(0.005, P.L * (Math.cos(thS) - Math.cos(thPk)) * rng.u(0.45, 0.85));
    const fx = P.L * (Math.sin(thPk) - Math.sin(thS)) * rng.u(0.4, 0.7);
    const D = P.D * rng.u(0.97, 1.03), zSit = P.zSit, zStand = zSit + D;
    const thStand = P.thStand + rng.n() * 1.5 * DEG;
    const xStand = P.dxStand * rng.u(0.9, 1.1);
    tr.seg('th', t0, Tf, thPk); tr.seg('z', t0, Tf, zS - dip); tr.seg('x', t0, Tf, xS + fx);
    const ts = t0 + Tf; // seat-off ~ peak trunk flexion
    const Vp = Math.max(0.25, P.Vp / Math.sqrt(f) * rng.u(0.92, 1.08));
    const beta = BETA_RISE[P.riseShape];
    const Dtot = zStand - (zS - dip), Text = (beta.peak * Dtot) / Vp;
    const tzEnd = tr.seg('z', ts, Text, zStand, beta.cdf);
    tr.seg('th', ts, Text * rng.u(0.8, 1.25) * (P.slowExt || 1), thStand);
    tr.seg('x', ts, Text * rng.u(0.8, 1.1), xStand);
    tr.seg('ph', t0, Tf + Text, rng.n() * 2 * DEG);
    // full stand: sternum at 98 % of rise and trunk within 5 deg of standing pitch
    const z98 = zSit + 0.98 * (zStand - zSit);
    let tStand = null;
    for (let i = tr.idx(ts); i < tr.n; i++) {
      if (tr.ch.z[i] >= z98 && Math.abs(tr.ch.th[i] - thStand) <= 5 * DEG) { tStand = tr.time(i); break; }
    }
    const r = { t0, ts, tStand, zSit, zStand, thStand, Vp, riseDur: tzEnd - t0 };
    this.rises.push(r); this.standing = true;
    return r;
  }

  descend(t0, opt = {}) {
    const { tr, P, rng } = this, f = this.fat(t0);
    const zS = tr.val('z', t0), thS = tr.val('th', t0);
    const Td = P.Td * Math.sqrt(f) * rng.u(0.88, 1.12);
    const thPkD = clamp(P.thPkD + rng.n() * 4 * DEG, thS + 8 * DEG, 55 * DEG);
    const dipD = Math.max(0.003, P.L * (Math.cos(P.thSit) - Math.cos(thPkD)) * rng.u(0.25, 0.6));
    const zC = P.zSit - dipD, fth = rng.u(0.7, 0.92);
    tr.seg('th', t0, Td * fth, thPkD);
    tr.seg('x', t0, Td * 0.55, tr.val('x', t0) + P.L * 0.3 * Math.sin(thPkD) * rng.u(0.3, 0.8));
    const plop = opt.plop ?? rng.chance(P.plopP);
    let tContact;
    if (!plop) {
      tContact = tr.seg('z', t0, Td, zC, BETA_DESC[P.descShape].cdf);
    } else {
      // controlled lowering then loss of control for the last few cm, arrested by the seat
      const hP = rng.u(0.04, 0.10), Tfall = rng.u(0.15, 0.3), Tstop = rng.u(0.06, 0.12);
      const Tc = Td - Tfall * 0.5, beta = BETA_DESC[1];
      const nA = Math.round(Tc * FS), N = Math.round((Td + Tstop) * FS);
      // velocity shape of the plop component (positive = downward)
      const tStartF = Td - Tfall, vs = new Float64Array(N + 1);
      for (let i = 0; i <= N; i++) {
        const t = i / FS;
        if (t >= tStartF && t < Td) vs[i] = ((t - tStartF) / Tfall) ** 1.5;
        else if (t >= Td && t < Td + Tstop) vs[i] = Math.cos((Math.PI / 2) * ((t - Td) / Tstop)) ** 2;
      }
      let area = 0; for (let i = 0; i <= N; i++) area += vs[i] / FS;
      const dz1 = zS - zC - hP;
      let acc = 0; const zarr = new Float64Array(N + 1);
      for (let i = 0; i <= N; i++) {
        acc += (vs[i] / area) * hP / FS;
        zarr[i] = zS - dz1 * beta.cdf(i / nA) - acc;
      }
      tr.write('z', t0, N / FS, (tau) => zarr[Math.min(N, Math.round(tau * FS))]);
      tContact = t0 + Td + Tstop;
      // seat cushion compression and rebound (zero net displacement)
      const A = rng.u(0.004, 0.012), tau = rng.u(0.05, 0.09);
      tr.add('pz', tContact - 0.01, 0.8, (t) => -A * gbump(t, tau));
      this.events.push({ type: 'plop', t: tContact });
    }
    const Tre = P.Tre * rng.u(0.8, 1.2);
    tr.seg('th', t0 + Td * fth, Td * (1 - fth) + Tre + rng.u(0.1, 0.4), P.thSit + rng.n() * 2 * DEG);
    tr.seg('x', t0 + Td * 0.55, Td * 0.45 + Tre, rng.n() * 0.01);
    const tEnd = tr.seg('z', tContact, Tre, P.zSit);
    tr.seg('ph', t0, Td, rng.n() * 1.5 * DEG);
    this.standing = false;
    return { tContact, tEnd };
  }

  // failed attempt: flexes, lifts a few cm and sits back
  failed(t0) {
    const { tr, P, rng } = this;
    const thS = tr.val('th', t0), zS = tr.val('z', t0);
    const thPk = clamp(P.thPk + rng.u(-5, 5) * DEG, thS + 12 * DEG, 55 * DEG);
    const Tf = P.Tflex * rng.u(0.9, 1.4);
    const dip = Math.max(0.005, P.L * (Math.cos(thS) - Math.cos(thPk)) * rng.u(0.45, 0.85));
    tr.seg('th', t0, Tf, thPk); tr.seg('z', t0, Tf, zS - dip); tr.seg('x', t0, Tf, P.L * Math.sin(thPk) * 0.7);
    let t = t0 + Tf;
    const lift = rng.u(0.03, 0.10), Tl = rng.u(0.35, 0.8);
    tr.seg('z', t, Tl, zS - dip + lift, BETA_RISE[0].cdf);
    tr.seg('th', t, Tl, thPk - rng.u(0, 8) * DEG);
    t += Tl + rng.u(0.05, 0.3);
    const Tb = rng.u(0.35, 0.7);
    tr.seg('z', t, Tb, zS - dip * rng.u(0.5, 1));
    t += Tb;
    const Tr = rng.u(0.5, 0.9);
    tr.seg('z', t, Tr, P.zSit); tr.seg('th', t, Tr, P.thSit); tr.seg('x', t, Tr, 0);
    this.events.push({ type: 'failed', t: t0 });
    return t + Tr;
  }

  rock(t0) {
    const { tr, P, rng } = this;
    const thS = tr.val('th', t0), A = rng.u(12, 28) * DEG, T = rng.u(0.5, 1.0);
    const dip = P.L * (Math.cos(thS) - Math.cos(thS + A)) * rng.u(0.4, 0.8);
    tr.seg('th', t0, T / 2, thS + A); tr.seg('z', t0, T / 2, P.zSit - dip); tr.seg('x', t0, T / 2, P.L * Math.sin(A) * 0.7);
    tr.seg('th', t0 + T / 2, T / 2, thS); tr.seg('z', t0 + T / 2, T / 2, P.zSit); tr.seg('x', t0 + T / 2, T / 2, 0);
    this.events.push({ type: 'rock', t: t0 });
    return t0 + T;
  }

  cough(t0) {
    const { tr, rng } = this, n = rng.int(1, 2);
    for (let k = 0; k < n; k++) {
      const t = t0 + k * rng.u(0.35, 0.6), tau = rng.u(0.07, 0.12);
      const th = rng.u(4, 12) * DEG, dz = rng.u(0.01, 0.03), dx = rng.u(0.005, 0.02);
      const Av = rng.u(0.0003, 0.001), fv = rng.u(8, 15), tv = rng.u(0.03, 0.05);
      tr.add('pth', t, 1.5, (s) => th * gbump(s, tau));
      tr.add('pz', t, 1.5, (s) => -dz * gbump(s, tau));
      tr.add('px', t, 1.5, (s) => dx * gbump(s, tau) + Av * gbump(s, tv) * Math.sin(2 * Math.PI * fv * s));
    }
    this.events.push({ type: 'cough', t: t0 });
  }
}

// ---------------------------------------------------------------- phone mounting
export function mountMatrix(rng) {
  const out = rng.chance(0.6);
  // columns: phone x,y,z expressed in body frame (bx = out of chest, by = left, bz = up the trunk)
  const base = out ? matT([[0, 1, 0], [0, 0, 1], [1, 0, 0]]) : matT([[0, -1, 0], [0, 0, 1], [-1, 0, 0]]);
  const k = rng.int(0, 3);
  let M = matMul(base, Rz((k * Math.PI) / 2));
  M = matMul(axisAngle([1, 0, 0], rng.u(-25, 25) * DEG), M); // in-plane rotation on the chest
  const a = rng.u(0, 2 * Math.PI), tilt = rng.u(0, 35) * DEG; // tilt out of the chest plane
  M = matMul(axisAngle([0, Math.cos(a), Math.sin(a)], tilt), M);
  const name = (out ? 'screen-out' : 'screen-in') + '/' + ['portrait', 'landscape-L', 'upside-down', 'landscape-R'][k];
  return { M, name, tiltDeg: tilt / DEG };
}

// ---------------------------------------------------------------- render to sensor samples
export function render(tr, opts, rng) {
  const { M, ios, shuffles, pickup, person } = opts;
  const n = tr.n, ch = tr.ch, P = person.P;
  // breathing & sway
  const fb0 = rng.u(0.2, 0.33), bAx = rng.u(0.002, 0.006), bAz = rng.u(0.001, 0.003), bTh = rng.u(0.3, 1.0) * DEG;
  const sw = [];
  for (let k = 0; k < 4; k++) sw.push({ f: rng.u(0.08, 0.9), p: rng.u(0, 6.28), q: rng.u(0, 6.28), r: rng.u(0, 6.28) });
  const swA = rng.u(0.003, 0.008), swAy = rng.u(0.002, 0.006), swTh = rng.u(0.4, 1.2) * DEG;
  const wob = []; for (let k = 0; k < 3; k++) wob.push({ f: rng.u(0.5, 3), p: rng.u(0, 6.28), ax: [rng.n(), rng.n(), rng.n()] });
  const wobA = rng.u(0.3, 1.5) * DEG;
  const yaw0 = opts.yaw;
  const px = new Float64Array(n), py = new Float64Array(n), pz = new Float64Array(n);
  const Rs = new Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = tr.time(i);
    phase += 2 * Math.PI * (fb0 + 0.2 * clamp(t / 30, 0, 1)) / FS;
    const sf = clamp((ch.z[i] - P.zSit) / P.D, 0, 1), swScale = 0.3 + 0.7 * sf;
    let sx = 0, sy = 0, sth = 0;
    for (const s of sw) {
      sx += Math.sin(2 * Math.PI * s.f * t + s.p) / 2; sy += Math.sin(2 * Math.PI * s.f * t + s.q) / 2; sth += Math.sin(2 * Math.PI * s.f * t + s.r) / 2;
    }
    const br = Math.sin(phase);
    const th = ch.th[i] + ch.pth[i] + bTh * br + swTh * swScale * sth;
    const ph = ch.ph[i] + ch.pph[i] + 0.5 * swTh * swScale * sy;
    const psi = yaw0 + 0.02 * Math.sin(0.05 * t);
    // sternum position in world (forward direction rotated by yaw)
    const lx = ch.x[i] + ch.px[i] + bAx * br + swA * swScale * sx, ly = ch.y[i] + ch.py[i] + swAy * swScale * sy;
    const c = Math.cos(psi), s = Math.sin(psi);
    px[i] = c * lx - s * ly; py[i] = s * lx + c * ly; pz[i] = ch.z[i] + ch.pz[i] + bAz * br;
    const Rb = matMul(Rz(psi), matMul(Ry(th), Rx(ph)));
    // phone on chest: wobble under the arms + shuffles (rotations in body frame)
    let Rsh = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    for (const w of wob) Rsh = matMul(axisAngle(w.ax, wobA * Math.sin(2 * Math.PI * w.f * t + w.p) / 2), Rsh);
    for (const e of shuffles) {
      if (t < e.t) continue;
      const sN = (t - e.t) / e.T, a = e.stay ? e.ang * mj(sN) : e.ang * bump(sN);
      if (a !== 0) Rsh = matMul(axisAngle(e.axis, a), Rsh);
    }
    let R = matMul(Rb, matMul(Rsh, M));
    if (pickup && t < pickup.t1) {
      const w = mj((t - pickup.t0) / (pickup.t1 - pickup.t0));
      const Rh = pickup.R0(t);
      const [ax, ang] = rotLog(matMul(matT(Rh), R));
      R = matMul(Rh, axisAngle(ax, ang * w));
      const h = pickup.p0(t);
      px[i] = (1 - w) * h[0] + w * px[i]; py[i] = (1 - w) * h[1] + w * py[i];
      pz[i] = (1 - w) * h[2] + w * pz[i] + pickup.arc * Math.sin(Math.PI * w);
    }
    Rs[i] = R;
  }
  // acceleration by second difference, specific force, phone frame
  const lp = 1 - Math.exp((-2 * Math.PI * opts.fc) / FS);
  const out = { t: new Float64Array(n), a: [new Float64Array(n), new Float64Array(n), new Float64Array(n)], azWorld: new Float64Array(n) };
  let y = null;
  for (let i = 0; i < n; i++) {
    const j = clamp(i, 1, n - 2);
    const ax = (px[j + 1] - 2 * px[j] + px[j - 1]) * FS * FS, ay = (py[j + 1] - 2 * py[j] + py[j - 1]) * FS * FS, az = (pz[j + 1] - 2 * pz[j] + pz[j - 1]) * FS * FS;
    out.azWorld[i] = az;
    let v = matVec(matT(Rs[i]), [ax, ay, az + G]);
    if (ios) v = v.map((q) => -q);
    if (!y) y = v.slice(); else for (let k = 0; k < 3; k++) y[k] += (v[k] - y[k]) * lp;
    out.t[i] = tr.time(i);
    for (let k = 0; k < 3; k++) out.a[k][i] = y[k];
  }
  out.pz = pz;
  return out;
}

// sample the 1 kHz signal like a browser would: jittered intervals, dropouts, bias, scale, noise
export function sample(sig, tStart, tEnd, S, rng) {
  const rows = [], n = sig.t.length, t0 = sig.t[0];
  let t = tStart;
  while (t <= tEnd) {
    const inDrop = S.drops.some(([a, b]) => t >= a && t < b);
    if (!inDrop) {
      const x = (t - t0) * FS, i = clamp(Math.floor(x), 0, n - 2), w = x - i;
      const v = [0, 1, 2].map((k) => {
        const a = sig.a[k][i] * (1 - w) + sig.a[k][i + 1] * w;
        return a * S.scale[k] + S.bias[k] + S.noise * rng.n();
      });
      rows.push([t, ...v]);
    }
    t += (1 / S.rate) * (1 + rng.u(-S.jitter, S.jitter));
  }
  return rows;
}
