// Independent sit-to-stand accelerometer simulator.
// Planar shank-thigh-trunk chain (ankle fixed), plus thoracic extra flexion,
// lateral/roll/yaw sway, breathing, coughs, phone re-adjustments, seat impacts.
import { Rng, D2R, shape, matMul, matT, matVec, rotAxis, Rx, Ry, Rz, axisAngle, randUnit, cross } from './lib.mjs';

const G = 9.81;

class Track {
  constructor(v0) { this.keys = [{ t: -1e9, v: v0, skew: 0 }]; }
  last() { return this.keys[this.keys.length - 1]; }
  hold(t) { // keep current value until t
    const L = this.last();
    if (t > L.t + 1e-9) this.keys.push({ t, v: L.v, skew: 0 });
  }
  to(t, v, skew = 0) {
    const L = this.last();
    if (t <= L.t + 1e-6) t = L.t + 1e-3;
    this.keys.push({ t, v, skew });
  }
  sampler() {
    let i = 0; const k = this.keys;
    return (t) => { // monotone t
      while (i < k.length - 1 && k[i + 1].t <= t) i++;
      if (i === k.length - 1) return k[i].v;
      const a = k[i], b = k[i + 1];
      return a.v + (b.v - a.v) * shape((t - a.t) / (b.t - a.t), b.skew);
    };
  }
}

export function makePerson(rng, opts = {}) {
  const older = opts.older ?? rng.chance(0.7);
  const H = rng.uni(1.5, 1.9);
  const P = { older, H };
  P.z0 = 0.039 * H;                 // ankle joint height
  P.Ls = 0.246 * H * rng.uni(0.97, 1.03);
  P.Lt = 0.245 * H * rng.uni(0.97, 1.03);
  P.d = 0.20 * H * rng.uni(0.92, 1.08);   // hip joint -> sternum level along trunk
  P.e = rng.uni(0.07, 0.12);              // sternum anterior of trunk line
  P.kThor = rng.uni(0.0, 0.25);           // extra thoracic flexion for the chest plate
  P.seat = rng.uni(0.41, 0.47);
  P.thsSit = rng.uni(4, 18) * D2R;        // shank forward tilt when seated (feet drawn back)
  const kneeZ = P.z0 + P.Ls * Math.cos(P.thsSit);
  const hipSitZ = P.seat + rng.uni(0.075, 0.1);
  P.alSit = Math.acos(Math.max(-0.35, Math.min(0.5, (hipSitZ - kneeZ) / P.Lt)));
  P.beSit = rng.uni(-6, 12) * D2R;        // seated trunk (slightly reclined to slightly forward)
  P.thsStand = rng.uni(-1, 4) * D2R;
  P.alStand = rng.uni(0, 7) * D2R;
  P.beStand = rng.uni(-4, 6) * D2R;
  P.beMax = (older ? rng.uni(35, 58) : rng.uni(28, 46)) * D2R;
  P.hipZ = (ths, al) => P.z0 + P.Ls * Math.cos(ths) + P.Lt * Math.cos(al);
  P.hipSitZ = P.hipZ(P.thsSit, P.alSit);
  P.hipStandZ = P.hipZ(P.thsStand, P.alStand);
  return P;
}

// A timeline of joint keyframes and discrete events.
export class Timeline {
  constructor(P, rng) {
    this.P = P; this.rng = rng;
    this.ths = new Track(P.thsSit); this.al = new Track(P.alSit); this.be = new Track(P.beSit);
    this.cur = 0;
    this.rises = [];      // {t0, tSO, full:true}
    this.failed = [];
    this.rocks = [];
    this.bumps = [];      // additive pitch bumps {t0, dur, amp}
    this.jolts = [];      // additive world accel {t0, f, tau, ax, az, ay}
    this.adjusts = [];    // phone re-orientation {t0, dur, n, th, back, backDur}
    this.jostle = [];     // random hand jostle windows {t0, dur, amp}
    this.state = 'sit';
  }
  fat(t) { return this.fatigue ? 1 + this.fatigue * Math.max(0, t) / 30 : 1; }
  rise(p) {
    const P = this.P, r = this.rng, t0 = this.cur, F = this.fat(t0);
    const flex = p.flex * F, ext = p.ext * F;
    const beMax = P.beMax * r.uni(0.9, 1.1);
    const tSO = t0 + flex * r.uni(0.65, 0.85);
    const lag = r.uni(1.15, 1.4);
    this.be.hold(t0); this.ths.hold(t0); this.al.hold(tSO);
    this.be.to(t0 + flex, beMax, r.uni(-0.3, 0.3));
    this.al.to(tSO + ext, P.alStand, r.uni(-0.3, 0.15));
    this.ths.to(tSO + ext * r.uni(0.1, 0.3), P.thsSit + r.uni(4, 12) * D2R);
    this.ths.to(tSO + ext, P.thsStand);
    this.be.to(tSO + ext * lag, P.beStand, r.uni(-0.3, 0.2));
    this.rises.push({ t0, tSO, tEnd: tSO + ext * lag });
    this.cur = tSO + ext * lag;
    this.state = 'stand';
  }
  sitDown(p) {
    const P = this.P, r = this.rng, t0 = this.cur, F = this.fat(t0);
    const desc = p.desc * F, settle = p.settle * F;
    this.be.hold(t0); this.ths.hold(t0); this.al.hold(t0);
    this.be.to(t0 + desc * r.uni(0.55, 0.75), P.beMax * r.uni(0.4, 0.7));
    this.ths.to(t0 + desc * 0.5, P.thsSit + r.uni(3, 10) * D2R);
    this.ths.to(t0 + desc, P.thsSit);
    this.al.to(t0 + desc, P.alSit, r.uni(-0.3, 0.1));
    this.be.to(t0 + desc + settle, P.beSit * r.uni(0.7, 1.3));
    const A = p.impact ?? r.uni(0.5, 5);
    this.jolts.push({ t0: t0 + desc, f: r.uni(6, 14), tau: r.uni(0.03, 0.08), az: A, ax: A * r.uni(-0.4, 0.4), ay: 0 });
    this.cur = t0 + desc + settle;
    this.state = 'sit';
  }
  rock(p) { // false start: lean forward and back, no seat-off
    const P = this.P, r = this.rng, t0 = this.cur;
    this.be.hold(t0); this.ths.hold(t0);
    this.be.to(t0 + p.dur * 0.5, P.beMax * r.uni(0.5, 0.85));
    this.ths.to(t0 + p.dur * 0.5, P.thsSit + r.uni(0, 5) * D2R);
    this.be.to(t0 + p.dur, P.beSit);
    this.ths.to(t0 + p.dur, P.thsSit);
    this.rocks.push({ t0 });
    this.cur = t0 + p.dur;
  }
  failedRise(p) { // seat-off by a few cm then sits back
    const P = this.P, r = this.rng, t0 = this.cur;
    const h = r.uni(0.025, 0.07);
    const alLift = Math.acos(Math.min(1, Math.cos(P.alSit) + h / P.Lt));
    const tSO = t0 + p.flex * 0.8;
    this.be.hold(t0); this.ths.hold(t0); this.al.hold(tSO);
    this.be.to(t0 + p.flex, P.beMax * r.uni(0.95, 1.15));
    this.ths.to(tSO + 0.2, P.thsSit + r.uni(3, 8) * D2R);
    const up = r.uni(0.25, 0.5), hold = r.uni(0.1, 0.5), down = r.uni(0.25, 0.5);
    this.al.to(tSO + up, alLift);
    this.al.hold(tSO + up + hold);
    this.al.to(tSO + up + hold + down, P.alSit);
    this.ths.to(tSO + up + hold + down, P.thsSit);
    this.be.hold(tSO + up + hold);
    this.be.to(tSO + up + hold + down + r.uni(0.3, 0.6), P.beSit);
    this.jolts.push({ t0: tSO + up + hold + down, f: r.uni(6, 12), tau: 0.05, az: r.uni(0.5, 2.5), ax: 0, ay: 0 });
    this.failed.push({ t0, tSO, h });
    this.cur = Math.max(this.be.last().t, this.al.last().t);
  }
  wait(d) { this.cur += d; }
  cough(t0) {
    const r = this.rng, n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const t = t0 + i * r.uni(0.35, 0.6);
      this.bumps.push({ t0: t, dur: r.uni(0.25, 0.45), amp: r.uni(3, 8) * D2R });
      const A = r.uni(2, 7);
      this.jolts.push({ t0: t + 0.03, f: r.uni(8, 18), tau: r.uni(0.02, 0.05), ax: -A, az: A * r.uni(-0.5, 0.5), ay: A * r.uni(-0.2, 0.2) });
    }
  }
  adjust(t0) {
    const r = this.rng;
    const n = r.chance(0.5) ? [1, 0, 0] : randUnit(r); // often spin about screen normal (trunk X)
    this.adjusts.push({ t0, dur: r.uni(0.25, 0.6), n, th: r.uni(10, 40) * D2R * (r.chance(0.5) ? 1 : -1), back: r.uni(0, 0.8), backDur: r.uni(0.3, 0.8) });
    this.jostle.push({ t0, dur: r.uni(0.5, 1.2), amp: r.uni(0.4, 2) });
  }
}

// Render a timeline to a clean 1 kHz specific-force signal in the device frame.
export function render(P, tl, rng, sensorOpts) {
  const { tStart, tEnd, mount, placement } = sensorOpts;
  const dt = 0.001, pad = 0.05;
  const t0 = tStart - pad, N = Math.round((tEnd - tStart + 2 * pad) / dt) + 1;
  const ths = tl.ths.sampler(), al = tl.al.sampler(), be = tl.be.sampler();
  // sway and breathing: sums of low-freq sines
  const sines = (k, fLo, fHi, amp) => Array.from({ length: k }, () => ({ f: rng.uni(fLo, fHi), ph: rng.uni(0, 2 * Math.PI), a: amp * rng.uni(0.3, 1) / Math.sqrt(k) }));
  const sumS = (S, t) => S.reduce((s, q) => s + q.a * Math.sin(2 * Math.PI * q.f * t + q.ph), 0);
  const swayY = sines(4, 0.1, 0.8, rng.uni(0.003, 0.012));
  const swayRoll = sines(4, 0.1, 0.9, rng.uni(0.5, 2.5) * D2R);
  const swayYaw = sines(4, 0.1, 0.9, rng.uni(0.5, 3) * D2R);
  const bf = rng.uni(0.18, 0.35), bAmp = rng.uni(0.2, 1.0) * D2R, bDisp = rng.uni(0.001, 0.004), bph = rng.uni(0, 6.28);
  const tremor = sensorOpts.tremor ? { f: rng.uni(4, 8), a: rng.uni(0.02, 0.12), n: randUnit(rng) } : null;

  const X = new Float64Array(N), Y = new Float64Array(N), Z = new Float64Array(N);
  const PITCH = new Float64Array(N), HIP = new Float64Array(N), BE = new Float64Array(N), T = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const t = t0 + i * dt; T[i] = t;
    const a = ths(t), b = al(t);
    let c = be(t);
    for (const q of tl.bumps) if (t > q.t0 && t < q.t0 + q.dur) c += q.amp * Math.sin(Math.PI * (t - q.t0) / q.dur) ** 2;
    const kx = P.Ls * Math.sin(a), kz = P.z0 + P.Ls * Math.cos(a);
    const hx = kx - P.Lt * Math.sin(b), hz = kz + P.Lt * Math.cos(b);
    const br = Math.sin(2 * Math.PI * bf * t + bph);
    X[i] = hx + P.d * Math.sin(c) + P.e * Math.cos(c) + bDisp * br;
    Z[i] = hz + P.d * Math.cos(c) - P.e * Math.sin(c);
    Y[i] = sumS(swayY, t);
    if (placement) { // phone carried from lap to chest before Go
      const s = shape((t - placement.t0) / placement.dur);
      const arc = Math.sin(Math.PI * Math.min(1, Math.max(0, (t - placement.t0) / placement.dur)));
      X[i] += (1 - s) * placement.off[0]; Y[i] += (1 - s) * placement.off[1]; Z[i] += (1 - s) * placement.off[2] + 0.06 * arc;
    }
    PITCH[i] = c * (1 + P.kThor) + bAmp * br; HIP[i] = hz; BE[i] = c;
  }
  const out = { T: [], ax: [], ay: [], az: [], world: [] };
  const ax = new Float64Array(N), ay = new Float64Array(N), az = new Float64Array(N);
  const wz = new Float64Array(N), wx = new Float64Array(N);
  for (let i = 1; i < N - 1; i++) {
    const t = T[i];
    let fx = (X[i + 1] - 2 * X[i] + X[i - 1]) / (dt * dt);
    let fy = (Y[i + 1] - 2 * Y[i] + Y[i - 1]) / (dt * dt);
    let fz = (Z[i + 1] - 2 * Z[i] + Z[i - 1]) / (dt * dt) + G;
    for (const j of tl.jolts) {
      const u = t - j.t0;
      if (u > 0 && u < 8 * j.tau) { const w = Math.exp(-u / j.tau) * Math.sin(2 * Math.PI * j.f * u); fx += j.ax * w; fy += j.ay * w; fz += j.az * w; }
    }
    for (const j of tl.jostle) {
      const u = t - j.t0;
      if (u > 0 && u < j.dur) { const env = Math.sin(Math.PI * u / j.dur); fx += j.amp * env * Math.sin(2 * Math.PI * 3.1 * u + 1); fy += j.amp * env * Math.sin(2 * Math.PI * 4.3 * u); fz += 0.5 * j.amp * env * Math.sin(2 * Math.PI * 2.2 * u + 2); }
    }
    if (tremor) { const w = tremor.a * Math.sin(2 * Math.PI * tremor.f * t); fx += w * tremor.n[0]; fy += w * tremor.n[1]; fz += w * tremor.n[2]; }
    wz[i] = fz; wx[i] = fx;
    // body (chest plate) orientation: world <- trunk
    const Rb = matMul(Rz(sumS(swayYaw, t)), matMul(Rx(sumS(swayRoll, t)), Ry(PITCH[i])));
    const fT = matVec(matT(Rb), [fx, fy, fz]);
    // device orientation in trunk frame (columns = device axes), with adjustments
    let Dm = mount.D;
    for (const q of tl.adjusts) {
      const u = t - q.t0;
      if (u <= 0) continue;
      let th = q.th * shape(u / q.dur);
      if (u > q.dur) th -= q.th * q.back * shape((u - q.dur - 0.2) / q.backDur);
      Dm = matMul(rotAxis(q.n, th), Dm);
    }
    if (placement && t < placement.t0 + placement.dur) {
      const s = shape((t - placement.t0) / placement.dur);
      Dm = matMul(rotAxis(placement.rel.n, placement.rel.th * (1 - s)), mount.D);
    }
    const fD = matVec(matT(Dm), fT);
    ax[i] = fD[0]; ay[i] = fD[1]; az[i] = fD[2];
  }
  ax[0] = ax[1]; ay[0] = ay[1]; az[0] = az[1]; ax[N - 1] = ax[N - 2]; ay[N - 1] = ay[N - 2]; az[N - 1] = az[N - 2];
  return { T, ax, ay, az, X, Z, HIP, BE, PITCH, wz, wx, dt, t0, N };
}

// Random phone mounting on the sternum. Returns D: trunk <- device rotation (columns device axes in trunk frame).
// Trunk frame: X anterior (out of chest), Y left, Z up along trunk.
export function randomMount(rng) {
  const out = rng.chance(0.7);                       // screen facing out (most people) or against chest
  const zDev = out ? [1, 0, 0] : [-1, 0, 0];
  const orient = rng.pick(['portrait', 'upside-down', 'landscape-l', 'landscape-r']);
  let yDev = { portrait: [0, 0, 1], 'upside-down': [0, 0, -1], 'landscape-l': [0, 1, 0], 'landscape-r': [0, -1, 0] }[orient];
  const xDev = cross(yDev, zDev);
  let D = [[xDev[0], yDev[0], zDev[0]], [xDev[1], yDev[1], zDev[1]], [xDev[2], yDev[2], zDev[2]]];
  const yaw = rng.uni(-25, 25) * D2R;                  // in-plane rotation on the chest
  D = matMul(Rx(yaw), D);
  const tiltAx = [0, Math.cos(rng.uni(0, 6.283)), 0]; tiltAx[2] = Math.sqrt(1 - tiltAx[1] ** 2) * (rng.chance(0.5) ? 1 : -1);
  const tilt = rng.uni(0, 35) * D2R;                   // tilt of the screen normal away from anterior
  D = matMul(rotAxis(tiltAx, tilt), D);
  return { D, desc: `${orient},screen-${out ? 'out' : 'in'},yaw${(yaw / D2R).toFixed(0)},tilt${(tilt / D2R).toFixed(0)}` };
}

export function randomLapPlacement(rng, mount, tStart) {
  // lying on the lap, screen up-ish, random heading; trunk frame approx world when seated upright
  const yaw = rng.uni(0, 2 * Math.PI);
  let D = matMul(Rz(yaw), [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
  D = matMul(Ry(rng.uni(-20, 5) * D2R), D);
  const rel = axisAngle(matMul(D, matT(mount.D)));
  const dur = rng.uni(0.6, 1.1);
  const t0 = tStart + rng.uni(0.05, 0.3);
  return { t0, dur, rel, off: [rng.uni(0.1, 0.25), rng.uni(-0.1, 0.1), -rng.uni(0.25, 0.4)] };
}
