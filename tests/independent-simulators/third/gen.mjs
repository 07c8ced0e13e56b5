// Generate the held-out corpus: node gen.mjs [--check]
import { writeFileSync, mkdirSync } from 'node:fs';
import { Rng, DEG, clamp, matMul, matT, Rz, axisAngle } from './lib.mjs';
import { Track, Person, mountMatrix, render, sample, FS } from './sim.mjs';

const OUT = process.env.OUTDIR || '/tmp/regain-third-simulator';
mkdirSync(`${OUT}/csv`, { recursive: true });
const RATES = [15, 20, 25, 30, 50, 60, 100];

function profile(kind, rng) {
  const P = {
    zSit: 0, L: rng.u(0.3, 0.45), thSit: rng.u(-3, 12) * DEG, thStand: rng.u(-5, 8) * DEG,
    dxStand: rng.u(0.1, 0.25), riseShape: rng.int(0, 2), descShape: rng.int(0, 2), kind,
  };
  if (kind === 'fit') Object.assign(P, {
    Vp: rng.u(1.05, 1.4), D: rng.u(0.35, 0.48), thPk: rng.u(25, 38) * DEG, Tflex: rng.u(0.2, 0.32),
    Td: rng.u(0.5, 0.75), thPkD: rng.u(18, 30) * DEG, Tre: rng.u(0.1, 0.2), dS: [0, 0.12], dT: [0, 0.08], plopP: 0, fatigue: rng.u(0, 0.2),
  });
  else if (kind === 'frail') Object.assign(P, {
    Vp: rng.u(0.3, 0.5), D: rng.u(0.26, 0.38), thPk: rng.u(35, 50) * DEG, Tflex: rng.u(0.55, 0.85),
    Td: rng.u(1.4, 2.3), thPkD: rng.u(25, 42) * DEG, Tre: rng.u(0.35, 0.6), dS: [0.2, 1.0], dT: [0.2, 1.0], plopP: rng.u(0.3, 0.9), fatigue: rng.u(0, 0.3),
    slowExt: rng.u(1, 1.3), riseShape: rng.int(1, 2),
  });
  else Object.assign(P, { // older adult
    Vp: rng.u(0.55, 0.95), D: rng.u(0.32, 0.45), thPk: rng.u(30, 48) * DEG, Tflex: rng.u(0.4, 0.65),
    Td: rng.u(0.9, 1.4), thPkD: rng.u(20, 38) * DEG, Tre: rng.u(0.2, 0.4), dS: [0.05, 0.4], dT: [0.0, 0.25], plopP: rng.u(0, 0.15), fatigue: rng.u(0, 0.25),
  });
  return P;
}

function makeTrace(test, scenario, seed) {
  const rng = new Rng(seed);
  const tags = new Set([scenario]);
  let kind = scenario === 'fit' ? 'fit' : scenario === 'frail' ? 'frail' : 'older';
  if (scenario === 'fatigue') kind = rng.chance(0.4) ? 'fit' : 'older';
  if (scenario === 'failed-attempt' || scenario === 'mixed') kind = rng.chance(0.4) ? 'frail' : 'older';
  const P = profile(kind, rng);
  tags.add(kind);
  if (process.env.NOPLOP) P.plopP = 0;
  if (process.env.FASTFRAIL && kind === 'frail') { P.Vp = rng.u(0.45, 0.6); P.Tflex = 0.5; }
  if (scenario === 'fatigue') P.fatigue = rng.u(0.45, 0.9);
  if (test === 'five-times') { P.Vp *= 1.1; P.Td *= 0.9; P.dS = P.dS.map((v) => v * 0.5); P.dT = P.dT.map((v) => v * 0.5); }
  const mixed = scenario === 'mixed' ? new Set(['rocking', 'failed-attempt', 'shuffles', 'cough', 'pauses'].filter(() => rng.chance(0.5))) : new Set();
  const has = (s) => scenario === s || mixed.has(s);
  for (const m of mixed) tags.add(m);

  // recording window
  let pickupWanted = scenario === 'pickup' || (scenario !== 'mixed' && rng.chance(0.3));
  let recStart = rng.chance(0.1) && !pickupWanted ? 0 : pickupWanted ? -rng.u(3.5, 10) : -rng.u(0, 10);
  if (recStart > -3.5) pickupWanted = false;
  if (pickupWanted) tags.add('pickup');
  const tr = new Track(recStart - 1.5, test === 'chair-stand-30' ? 40 : 90);
  const person = new Person(tr, P, rng); tr.__person = person;
  const shuffles = [];
  const addShuffle = (t, small = false) => {
    const ang = (small ? rng.u(4, 10) : rng.u(10, 40)) * DEG * (rng.chance(0.5) ? 1 : -1);
    const a = rng.u(0, 6.28);
    const axis = rng.chance(0.6) ? [1, 0, 0] : [0, Math.cos(a), Math.sin(a)];
    shuffles.push({ t, T: rng.u(0.3, 0.9), ang, axis, stay: rng.chance(0.6) });
    const d = [rng.n(), rng.n(), rng.n()], nd = Math.hypot(...d), A = rng.u(0.005, 0.02), tau = rng.u(0.08, 0.2);
    for (const [k, c] of [['px', 0], ['py', 1], ['pz', 2]]) tr.add(k, t, 2, (s) => (A * d[c] / nd) * gb(s, tau));
  };
  const gb = (t, tau) => (t <= 0 ? 0 : (t / tau) ** 2 * Math.exp(2 * (1 - t / tau)));

  // ---- schedule the movement
  const tLimit = test === 'chair-stand-30' ? rng.u(30, 31) : Infinity;
  let t = rng.u(0.2, 0.9); // reaction time after Go
  const nFailed = has('failed-attempt') ? (test === 'five-times' ? 1 : rng.int(1, 2)) : 0;
  const failedReps = new Set(); while (failedReps.size < nFailed) failedReps.add(rng.int(0, test === 'five-times' ? 3 : 4));
  const rockAll = rng.chance(0.5);
  const nPause = has('pauses') ? rng.int(1, 3) : rng.chance(0.08) ? 1 : 0;
  const pauseReps = new Map(); while (pauseReps.size < nPause) pauseReps.set(rng.int(1, 6), rng.chance(0.5) ? 'stand' : 'sit');
  let rep = 0, stand5 = null;
  const dw = (r) => rng.u(r[0], r[1]);
  while (true) {
    if (has('rocking') && (rep === 0 || rockAll) && rng.chance(rep === 0 ? 1 : 0.6)) {
      const n = rng.int(1, 3);
      for (let k = 0; k < n; k++) t = person.rock(t) + rng.u(0, 0.25);
      tags.add('rocking');
    }
    if (failedReps.has(rep)) t = person.failed(t) + rng.u(0.5, 2);
    const r = person.rise(t, { extraFlex: failedReps.has(rep) ? 5 * DEG : 0 });
    rep++;
    if (r.tStand === null) throw new Error('rise did not complete inside the track');
    t = r.tStand + dw(P.dS);
    if (pauseReps.get(rep) === 'stand') { t += rng.u(1.5, 5); tags.add('pause-stand'); }
    if (test === 'five-times' && rep === 5) { stand5 = r.tStand; break; }
    if (t > tLimit + 0.5) break;
    const d = person.descend(t);
    t = d.tEnd + dw(P.dT);
    if (pauseReps.get(rep) === 'sit') { t += rng.u(1.5, 5); tags.add('pause-sit'); }
    if (t > tLimit + 0.5) break;
  }
  let recEnd = tLimit;
  if (test === 'five-times') {
    recEnd = stand5 + rng.u(0.5, 3);
    if (rng.chance(0.5)) person.descend(t); // sits back down after the clock stops
  }
  // ---- extra perturbations
  const nCough = has('cough') ? rng.int(1, 2) : rng.chance(0.1) ? 1 : 0;
  for (let k = 0; k < nCough; k++) { person.cough(rng.u(Math.max(recStart, -3), recEnd - 1)); tags.add('cough'); }
  const nSh = has('shuffles') ? rng.int(1, 3) : rng.chance(0.15) ? 1 : 0;
  for (let k = 0; k < nSh; k++) { addShuffle(rng.u(Math.max(recStart, -2), recEnd - 0.5)); tags.add('shuffle'); }

  // ---- phone
  const mount = mountMatrix(rng);
  const ios = rng.chance(0.5);
  const yaw = rng.u(-Math.PI, Math.PI);
  let pickup = null;
  if (pickupWanted) {
    const t0 = rng.u(recStart + 0.5, -2.5), t1 = t0 + rng.u(0.8, 1.8);
    const lap = rng.chance(0.5), Ry0 = Rz(yaw);
    const rot = (v) => [Math.cos(yaw) * v[0] - Math.sin(yaw) * v[1], Math.sin(yaw) * v[0] + Math.cos(yaw) * v[1], v[2]];
    let Rh;
    if (lap) {
      const g = rng.u(0, 6.28), tilt = axisAngle([rng.n(), rng.n(), 0], rng.u(0, 8) * DEG);
      Rh = matMul(Ry0, matMul(tilt, matT([[Math.cos(g), Math.sin(g), 0], [-Math.sin(g), Math.cos(g), 0], [0, 0, 1]])));
    } else {
      const b = rng.u(30, 70) * DEG;
      Rh = matMul(Ry0, matT([[0, -1, 0], [Math.cos(b), 0, Math.sin(b)], [-Math.sin(b), 0, Math.cos(b)]]));
    }
    const base = lap ? [0.25, 0, -0.35] : [0.3, 0, -0.05];
    const trem = [rng.u(4, 8), rng.u(0, 6), rng.u(0, 6)], tA = lap ? 0 : rng.u(0.0001, 0.0004);
    pickup = {
      t0, t1, arc: lap ? rng.u(0.05, 0.12) : rng.u(0, 0.05),
      R0: (t) => (lap ? Rh : matMul(Rh, axisAngle([1, 0.5, 0.2], 0.01 * Math.sin(2 * Math.PI * trem[0] * t + trem[1])))),
      p0: (t) => rot([base[0] + tA * Math.sin(2 * Math.PI * trem[0] * t + trem[2]), base[1], base[2] + tA * Math.sin(2 * Math.PI * 0.7 * trem[0] * t)]),
    };
    tags.add(lap ? 'from-lap' : 'from-hand');
    addShuffle(t1 + rng.u(0.1, 0.6), true); // arms settle over the phone
  }
  const rate = rng.pick(RATES);
  const S = {
    rate, jitter: rng.u(0, 0.3), bias: [0, 1, 2].map(() => rng.u(-0.3, 0.3)), scale: [0, 1, 2].map(() => 1 + rng.u(-0.03, 0.03)),
    noise: Math.exp(rng.u(Math.log(0.02), Math.log(0.3))), drops: [],
  };
  if (rng.chance(0.35)) for (let k = rng.int(1, 3); k > 0; k--) { const a = rng.u(recStart, recEnd - 0.5); S.drops.push([a, a + rng.u(0.1, 0.4)]); }
  const sig = render(tr, { M: mount.M, ios, shuffles, pickup, person, yaw, fc: Math.min(25, 0.45 * rate) }, rng);
  const rows = sample(sig, recStart, recEnd, S, rng);

  // ---- truth
  const rises = person.rises.filter((r) => r.tStand !== null);
  let standTimes, count, fifthStandAt = null;
  if (test === 'chair-stand-30') {
    standTimes = rises.filter((r) => r.tStand <= 30).map((r) => r.tStand);
    count = standTimes.length;
    const open = person.rises.find((r) => r.t0 <= 30 && r.tStand > 30);
    if (open) {
      const z30 = tr.val('z', 30), frac = (z30 - open.zSit) / (open.zStand - open.zSit);
      if (frac > 0.5) { count += 1; tags.add('half-way-at-30'); }
    }
  } else {
    standTimes = rises.slice(0, 5).map((r) => r.tStand);
    count = 5; fifthStandAt = standTimes[4];
  }
  const cyc = rises.length > 1 ? (rises[rises.length - 1].tStand - rises[0].tStand) / (rises.length - 1) : null;
  return {
    rows, sig, tr, truth: {
      test, count, standTimes: standTimes.map((v) => +v.toFixed(3)), fifthStandAt: fifthStandAt === null ? null : +fifthStandAt.toFixed(3),
      scenario, rateHz: rate, tags: [...tags], kind, ios, mount: mount.name, tiltDeg: +mount.tiltDeg.toFixed(1), noise: +S.noise.toFixed(3),
      recStart: +recStart.toFixed(2), recEnd: +recEnd.toFixed(2), meanCycle: cyc && +cyc.toFixed(2),
      meanVp: +(rises.reduce((a, r) => a + r.Vp, 0) / rises.length).toFixed(2),
      meanRiseDur: +(rises.reduce((a, r) => a + (r.tStand - r.t0), 0) / rises.length).toFixed(2),
      events: person.events.length,
    },
  };
}

function plan(list) { const o = []; for (const [s, n] of list) for (let i = 0; i < n; i++) o.push(s); return o; }
const CS = plan([['older', 28], ['frail', 20], ['fit', 16], ['fatigue', 14], ['pauses', 14], ['failed-attempt', 14], ['rocking', 14], ['shuffles', 14], ['cough', 10], ['pickup', 8], ['mixed', 8]]);
const FT = plan([['fit', 14], ['older', 18], ['frail', 10], ['failed-attempt', 4], ['rocking', 4], ['shuffles', 4], ['cough', 3], ['pickup', 3]]);

const check = process.argv.includes('--check');
const truthAll = [];
const jobs = [...CS.map((s, i) => ['chair-stand-30', s, i, `cs30-${String(i + 1).padStart(4, '0')}.csv`]), ...FT.map((s, i) => ['five-times', s, i, `ft-${String(i + 1).padStart(4, '0')}.csv`])];
let worstInt = 0, restMag = [];
const ONLY = process.env.ONLY; const SCEN = process.env.SCEN;
for (const [test, scen, i, file] of jobs) {
  if (ONLY && file !== ONLY) continue;
  if (SCEN && scen !== SCEN) continue;
  const seed = (test === 'five-times' ? 900000 : 100000) + i * 7919 + 20240611;
  const { rows, sig, tr, truth } = makeTrace(test, scen, seed);
  const csv = ['t,ax,ay,az', ...rows.map((r) => `${(r[0] * 1000).toFixed(1)},${r[1].toFixed(4)},${r[2].toFixed(4)},${r[3].toFixed(4)}`)].join('\n') + '\n';
  if (!ONLY) writeFileSync(`${OUT}/csv/${file}`, csv);
  truthAll.push({ file, ...truth });
  if (ONLY && process.env.DUMP) { const [a0, a1] = process.env.DUMP.split(',').map(Number); for (let tt = a0; tt <= a1; tt += 0.02) { const k = tr.idx(tt); console.log(tt.toFixed(2), ['x', 'z', 'th', 'px', 'pz', 'pth'].map((c) => c + ' ' + (c.includes('th') ? tr.ch[c][k] * 57.3 : tr.ch[c][k] * 100).toFixed(2)).join(' '), 'a', [0, 1, 2].map((q) => sig.a[q][k - Math.round((sig.t[0] - tr.t0) * 1000)].toFixed(2)).join(' ')); } }
  if (ONLY) { console.log(JSON.stringify(tr.__person.rises.map((r) => [r.t0, r.ts, r.tStand, r.zSit, r.zStand].map((v) => v && +v.toFixed(3))))); }
  // sanity: double-integrate world vertical acceleration -> vertical displacement
  let v = (sig.pz[1] - sig.pz[0]) * FS, z = sig.pz[0], err = 0;
  for (let k = 1; k < sig.pz.length - 1; k++) { v += sig.azWorld[k] / FS; z += v / FS; err = Math.max(err, Math.abs(z - sig.pz[k + 1])); }
  worstInt = Math.max(worstInt, err);
  // magnitude in the first 0.3 s of the internal track (seated, still)
  const m = []; for (let k = 200; k < 500; k++) m.push(Math.hypot(sig.a[0][k], sig.a[1][k], sig.a[2][k]));
  restMag.push(m.reduce((a, b) => a + b) / m.length);
}
if (!ONLY) writeFileSync(`${OUT}/truth.json`, JSON.stringify(truthAll, null, 1));
restMag.sort((a, b) => a - b);
console.log(`wrote ${truthAll.length} traces; worst double-integration error ${(worstInt * 1000).toFixed(3)} mm; rest |a| min ${restMag[0].toFixed(3)} median ${restMag[restMag.length >> 1].toFixed(3)} max ${restMag[restMag.length - 1].toFixed(3)}`);
const by = {};
for (const t of truthAll) { const k = `${t.test}/${t.kind}`; (by[k] ||= []).push(t); }
for (const [k, a] of Object.entries(by)) {
  const f = (key) => { const v = a.map((x) => x[key]).filter((x) => x != null).sort((p, q) => p - q); return `${v[0]}..${v[v.length >> 1]}..${v[v.length - 1]}`; };
  console.log(k, a.length, 'count', f('count'), 'cycle', f('meanCycle'), 'Vp', f('meanVp'), 'riseDur', f('meanRiseDur'), 'fifth', f('fifthStandAt'));
}
