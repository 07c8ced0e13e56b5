// Generate the corpus: node gen.mjs  -> csv/*.csv, truth.json, sanity.txt
import fs from 'node:fs';
import { Rng, D2R } from './lib.mjs';
import { makePerson, Timeline, render, randomMount, randomLapPlacement } from './sim.mjs';

const DIR = process.env.OUTDIR || '/tmp/regain-second-simulator';
const OUT = `${DIR}/csv/`;
fs.mkdirSync(OUT, { recursive: true });
const RATES = [15, 20, 30, 50, 60, 100];

function profile(rng, speed, test) {
  const U = (a, b) => rng.uni(a, b);
  if (speed === 'fast') return () => ({ flex: U(0.25, 0.36), ext: U(0.48, 0.6), hold: U(0, 0.06), desc: U(0.38, 0.5), settle: U(0.08, 0.15), sit: U(0, 0.05) });
  if (speed === 'slow') return () => ({ flex: U(0.9, 1.4), ext: U(1.4, 2.0), hold: U(0.3, 1.0), desc: U(1.2, 1.8), settle: U(0.4, 0.7), sit: U(0.2, 0.8) });
  if (test === 'ft') return () => ({ flex: U(0.45, 0.7), ext: U(0.75, 1.05), hold: U(0, 0.12), desc: U(0.7, 0.95), settle: U(0.15, 0.3), sit: U(0, 0.12) });
  // typical older adult, ~2.2-3.2 s cycle
  const sp = U(0.72, 1.05);
  const base = { flex: U(0.6, 0.95) * sp, ext: U(0.85, 1.25) * sp, hold: U(0.05, 0.25) * sp, desc: U(0.8, 1.15) * sp, settle: U(0.25, 0.45), sit: U(0, 0.15) };
  return () => Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v * U(0.88, 1.12)]));
}

function build(seed, test, scenario, reactionOverride) {
  const rng = new Rng(seed);
  const notes = [];
  const speed = scenario === 'fast' ? 'fast' : scenario === 'slow' ? 'slow' : 'normal';
  const P = makePerson(rng, { older: speed === 'fast' ? false : rng.chance(0.8) });
  const prof = profile(rng, speed, test);
  const tl = new Timeline(P, rng);
  tl.fatigue = scenario === 'fatigue' ? rng.uni(0.35, 0.8) : rng.chance(0.2) ? rng.uni(0, 0.15) : 0;
  if (tl.fatigue > 0.3) notes.push(`fatigue+${(tl.fatigue * 100).toFixed(0)}%`);
  const reaction = reactionOverride ?? rng.uni(0.2, 0.8);
  const mixed = scenario === 'mixed';
  const has = (s) => scenario === s || (mixed && mixSet.has(s));
  const mixSet = new Set();
  if (mixed) for (const s of ['falseStart', 'failedRise', 'adjust', 'cough', 'standPause']) if (rng.chance(0.5)) mixSet.add(s);
  if (mixed) notes.push('mix:' + [...mixSet].join('+'));
  tl.cur = reaction;
  const nMax = test === 'ft' ? 5 : 99;
  const horizon = test === 'ft' ? 1e9 : 33;
  const failAt = new Set(), pauseAt = new Set(), adjustAt = new Set(), rockMid = new Set();
  if (has('failedRise')) { failAt.add(rng.int(test === 'ft' ? 1 : 1, test === 'ft' ? 3 : 6)); if (rng.chance(0.3)) failAt.add(rng.int(0, 4)); }
  if (has('standPause')) for (let i = 0; i < rng.int(1, 3); i++) pauseAt.add(rng.int(0, test === 'ft' ? 3 : 7));
  if (has('adjust')) { adjustAt.add(rng.int(0, test === 'ft' ? 3 : 6)); if (rng.chance(0.3)) adjustAt.add(rng.int(0, 8)); }
  if (has('falseStart') && rng.chance(0.3)) rockMid.add(rng.int(2, 6));
  if (has('falseStart')) {
    const n = rng.int(2, 3);
    for (let i = 0; i < n; i++) { tl.rock({ dur: rng.uni(0.7, 1.3) }); tl.wait(rng.uni(0.05, 0.4)); }
    notes.push(`${n} rocks before first rise`);
  }
  let k = 0;
  while (k < nMax && tl.cur < horizon) {
    if (failAt.has(k)) { failAt.delete(k); tl.failedRise({ flex: prof().flex * 1.2 }); tl.wait(rng.uni(0.3, 1.0)); notes.push(`failed rise at ${tl.failed.at(-1).t0.toFixed(1)}s`); continue; }
    if (rockMid.has(k)) { rockMid.delete(k); for (let i = 0; i < 2; i++) { tl.rock({ dur: rng.uni(0.7, 1.2) }); tl.wait(0.1); } notes.push(`mid-test rocks at ${tl.rocks.at(-2).t0.toFixed(1)}s`); }
    const p = prof();
    tl.rise(p);
    k++;
    let hold = p.hold;
    if (pauseAt.has(k - 1)) { hold = rng.uni(1, 2); notes.push(`stand pause ${hold.toFixed(1)}s after stand ${k}`); }
    if (adjustAt.has(k - 1) && rng.chance(0.5)) { tl.adjust(tl.cur + 0.1); hold = Math.max(hold, rng.uni(0.8, 1.4)); notes.push(`phone adjust standing at ${(tl.cur + 0.1).toFixed(1)}s`); adjustAt.delete(k - 1); }
    tl.wait(hold);
    if (test === 'ft' && k === 5) {
      if (rng.chance(0.5)) { tl.sitDown(p); notes.push('sits after 5th'); } else notes.push('stays standing after 5th');
      tl.wait(3);
      break;
    }
    tl.sitDown(p);
    let sit = p.sit;
    if (adjustAt.has(k - 1)) { tl.adjust(tl.cur + 0.05); sit = Math.max(sit, rng.uni(0.8, 1.4)); notes.push(`phone adjust seated at ${(tl.cur + 0.05).toFixed(1)}s`); }
    tl.wait(sit);
  }
  if (has('cough')) {
    const tc = rng.uni(2, test === 'ft' ? 8 : 27);
    tl.cough(tc); notes.push(`cough at ${tc.toFixed(1)}s`);
  }
  return { rng, P, tl, notes, reaction };
}

function hipProgress(P, z) { return (z - P.hipSitZ) / (P.hipStandZ - P.hipSitZ); }

function truthFrom(P, tl, R) {
  const stand = [];
  for (const r of tl.rises) {
    let st = null;
    for (let i = Math.max(0, Math.round((r.tSO - R.t0) / R.dt)); i < R.N; i++) {
      if (hipProgress(P, R.HIP[i]) >= 0.95 && R.BE[i] <= P.beStand + 8 * D2R) { st = R.t0 + i * R.dt; break; }
    }
    stand.push(st);
  }
  return stand;
}

function lowpass(x, fc, dt) {
  const a = dt / (dt + 1 / (2 * Math.PI * fc));
  const y = new Float64Array(x.length);
  let s = x[0];
  for (let p = 0; p < 2; p++) { s = (p ? y : x)[0]; for (let i = 0; i < x.length; i++) { s += a * ((p ? y : x)[i] - s); y[i] = s; } }
  return y;
}

function makeTrace(idx, test, scenario) {
  const seed = (test === 'ft' ? 900000 : 100000) + idx * 7919;
  let B = build(seed, test, scenario);
  const srng = new Rng(seed ^ 0x5bd1e995);
  // engineer "boundary" traces: a rise in progress at t = 30
  if (scenario === 'boundary') {
    const frac = srng.uni(0.15, 0.85);
    const r = B.tl.rises.filter((q) => q.tSO < 31).at(-1);
    let shift = 30 - (r.tSO + frac * (r.tEnd - r.tSO));
    let react = B.reaction + shift;
    if (react < 0.1) react += (B.tl.rises.at(-1).tEnd - B.tl.rises.at(-2).tEnd); // roughly one cycle later
    if (react > 0.1 && react < 3) B = build(seed, test, scenario, react);
    B.notes.push(`target ${(frac * 100).toFixed(0)}% of a rise at 30s`);
  }
  const { P, tl, notes } = B;
  const rate = srng.pick(RATES);
  const preOpt = srng.u();
  const pre = preOpt < 0.1 ? 0 : srng.uni(1, 3);
  const tStart = -pre;
  let tEnd = test === 'cs30' ? srng.uni(30, 31.5) : tl.rises[4].tEnd + 3;
  const mount = randomMount(srng);
  let placement = null;
  if (pre >= 1.6 && srng.chance(0.45)) {
    placement = randomLapPlacement(srng, mount, tStart);
    tl.jolts.push({ t0: placement.t0 + placement.dur, f: srng.uni(5, 10), tau: 0.04, ax: -srng.uni(1, 4), ay: 0, az: srng.uni(-1, 1) });
    notes.push('phone placed on chest before Go');
  }
  const tremor = srng.chance(0.25);
  if (tremor) notes.push('tremor');
  const R = render(P, tl, srng, { tStart, tEnd, mount, placement, tremor });
  if (process.env.DBG === `${test}-${idx}`) { for (let i = 0; i < R.N; i += 50) console.error((R.t0 + i * R.dt).toFixed(2), (R.BE[i] / D2R).toFixed(1), R.HIP[i].toFixed(3), R.Z[i].toFixed(3), R.X[i].toFixed(3), R.wz[i].toFixed(1), R.wx[i].toFixed(1)); console.error(JSON.stringify(tl.jolts.slice(0, 4)), JSON.stringify(tl.be.keys.slice(0, 8))); }
  const stand = truthFrom(P, tl, R);
  let count, standTimes, fifthStandAt = null, halfway = false;
  if (test === 'cs30') {
    standTimes = stand.filter((s) => s !== null && s <= 30);
    count = standTimes.length;
    const i30 = Math.round((30 - R.t0) / R.dt);
    for (let j = 0; j < tl.rises.length; j++) {
      const r = tl.rises[j];
      if (r.tSO <= 30 && (stand[j] === null || stand[j] > 30) && hipProgress(P, R.HIP[i30]) > 0.5) { halfway = true; count++; standTimes.push(stand[j] ?? 30); notes.push(`more than half-way at 30s (${(hipProgress(P, R.HIP[i30]) * 100).toFixed(0)}%)`); }
      else if (r.tSO <= 30 && (stand[j] === null || stand[j] > 30)) notes.push(`rise in progress at 30s but only ${(Math.max(0, hipProgress(P, R.HIP[i30])) * 100).toFixed(0)}% up (not counted)`);
    }
  } else {
    standTimes = stand.slice(0, 5);
    count = 5;
    fifthStandAt = standTimes[4];
    tEnd = fifthStandAt + srng.uni(0.5, 2);
  }
  // ---- sensor model
  const ios = srng.chance(0.5);
  const bias = [0, 1, 2].map(() => srng.uni(-0.3, 0.3));
  const scale = [0, 1, 2].map(() => 1 + srng.uni(-0.03, 0.03));
  const sigma = srng.uni(0.02, 0.25);
  const fc = srng.uni(12, 40);
  const chans = [R.ax, R.ay, R.az].map((c) => lowpass(c, fc, R.dt));
  const jit = srng.uni(0, 0.25);
  const drops = [];
  const nd = srng.chance(0.35) ? srng.int(1, 3) : 0;
  for (let i = 0; i < nd; i++) { const a = srng.uni(tStart + 0.5, tEnd - 0.5); drops.push([a, a + srng.uni(0.1, 0.6)]); }
  if (nd) notes.push(`${nd} dropout(s)`);
  const rows = [];
  let t = tStart + srng.uni(0, 1 / rate);
  const mags = [];
  while (t <= tEnd) {
    if (!drops.some(([a, b]) => t >= a && t < b)) {
      const fi = (t - R.t0) / R.dt, i = Math.floor(fi), w = fi - i;
      const v = chans.map((c, k) => {
        const x = c[i] * (1 - w) + c[i + 1] * w;
        let y = x * scale[k] + bias[k] + sigma * srng.gauss();
        return ios ? -y : y;
      });
      rows.push(`${(t * 1000).toFixed(1)},${v.map((q) => q.toFixed(4)).join(',')}`);
      mags.push({ t, m: Math.hypot(...v) });
    }
    t += (1 / rate) * (1 + srng.uni(-jit, jit));
  }
  const name = `${test}-${String(idx).padStart(4, '0')}.csv`;
  fs.writeFileSync(OUT + name, 't,ax,ay,az\n' + rows.join('\n') + '\n');

  // ---- sanity
  const firstMove = Math.min(tl.rises[0].t0, ...tl.rocks.map((r) => r.t0), ...tl.failed.map((r) => r.t0));
  const rest = mags.filter((q) => q.t < firstMove - 0.05 && q.t > (placement ? placement.t0 + placement.dur + 0.3 : tStart));
  const restMag = rest.length ? rest.reduce((s, q) => s + q.m, 0) / rest.length : NaN;
  // geometric rise and double-integrated vertical specific force over first rise
  const r0 = tl.rises[0];
  const ia = Math.round((r0.t0 - 0.05 - R.t0) / R.dt), ib = Math.round((r0.tEnd + 0.02 - R.t0) / R.dt);
  let v = (R.Z[ia + 1] - R.Z[ia - 1]) / (2 * R.dt), zI = 0, vmax = 0;
  for (let i = ia + 1; i <= ib; i++) { v += (R.wz[i] - 9.81) * R.dt; zI += v * R.dt; vmax = Math.max(vmax, v); }
  // (the first-rise window is free of jolts except rare coughs)
  const dzGeo = R.Z[ib] - R.Z[ia];
  let zmin = Infinity, zmax = -Infinity, xs = 0, xe = 0;
  xs = R.X[ia]; xe = R.X[ib];
  const cleanMag = []; for (let i = ia; i <= ib; i += 10) cleanMag.push(Math.hypot(R.ax[i], R.ay[i], R.az[i]));
  const mm = mags.map((q) => q.m);
  const sanity = { file: name, n: rows.length, rate, minMag: Math.min(...mm).toFixed(2), maxMag: Math.max(...mm).toFixed(2), restMag: restMag.toFixed(2), riseGeo: dzGeo.toFixed(3), riseInteg: zI.toFixed(3), vzPeak: vmax.toFixed(2), fwd: (xe - xs).toFixed(3), cleanMin: Math.min(...cleanMag).toFixed(2), cleanMax: Math.max(...cleanMag).toFixed(2) };
  const truth = { file: name, test: test === 'cs30' ? 'chair-stand-30' : 'five-times', count, standTimes: standTimes.map((s) => +s.toFixed(3)), fifthStandAt: fifthStandAt === null ? null : +fifthStandAt.toFixed(3), scenario, rateHz: rate, notes: [...notes, ios ? 'iOS' : 'Android', mount.desc, `noise${sigma.toFixed(2)}`, `jitter${(jit * 100).toFixed(0)}%`, pre ? `pre${pre.toFixed(1)}s` : 'no pre-Go'].join('; '), halfway, failedRises: tl.failed.length, rocks: tl.rocks.length };
  return { truth, sanity };
}

const cs = [['normal', 50], ['fast', 20], ['slow', 15], ['fatigue', 20], ['standPause', 15], ['falseStart', 15], ['failedRise', 15], ['adjust', 15], ['cough', 15], ['boundary', 10], ['mixed', 10]];
const ft = [['normal', 25], ['fast', 15], ['slow', 10], ['failedRise', 5], ['falseStart', 5], ['adjust', 5], ['cough', 5], ['standPause', 5], ['mixed', 5]];
const truth = [], san = [];
let idx = 1;
for (const [s, n] of cs) for (let i = 0; i < n; i++) { const r = makeTrace(idx++, 'cs30', s); truth.push(r.truth); san.push(r.sanity); }
idx = 1;
for (const [s, n] of ft) for (let i = 0; i < n; i++) { const r = makeTrace(idx++, 'ft', s); truth.push(r.truth); san.push(r.sanity); }
fs.writeFileSync(`${DIR}/truth.json`, JSON.stringify(truth, null, 1));
const lines = san.map((s) => Object.entries(s).map(([k, v]) => `${k}=${v}`).join(' '));
fs.writeFileSync(`${DIR}/sanity.txt`, lines.join('\n') + '\n');
console.log(lines.join('\n'));
const num = (k) => san.map((s) => +s[k]).filter((x) => !isNaN(x));
const st = (a) => `min ${Math.min(...a).toFixed(2)} med ${a.sort((x, y) => x - y)[a.length >> 1].toFixed(2)} max ${Math.max(...a).toFixed(2)}`;
console.log('\nSUMMARY restMag', st(num('restMag')), '| riseGeo', st(num('riseGeo')), '| riseInteg-riseGeo max err', Math.max(...san.map((s) => Math.abs(s.riseInteg - s.riseGeo))).toFixed(4), '| vzPeak', st(num('vzPeak')), '| fwd', st(num('fwd')), '| maxMag', st(num('maxMag')), '| minMag', st(num('minMag')));
const cnt = truth.filter((t) => t.test === 'chair-stand-30').map((t) => t.count);
console.log('cs30 counts', st(cnt), 'halfway', truth.filter((t) => t.halfway).length, 'ft fifth', st(truth.filter((t) => t.test === 'five-times').map((t) => t.fifthStandAt)));
