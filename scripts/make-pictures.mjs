// Draws the exercise pictures in content/pictures/ from joint positions, so
// every figure has the same proportions and stroke style. Run it after
// changing a pose: `node scripts/make-pictures.mjs`, then look at the result
// and commit the SVG files (the build validates them; it does not run this).
//
// A picture is 200 × 160 units: START on the left and END on the right (or
// top and bottom for lying poses, or one key position for a hold). The
// figure is drawn in the text colour with 4-unit round strokes; props
// (chair, wall, counter, step, bed, band, weights) are thinner and lighter.
import { writeFileSync } from 'node:fs';

const OUT = new URL('../content/pictures/', import.meta.url);

// Body proportions, in picture units (a standing figure is about 126 tall).
const HEAD = 7; // radius of the filled head; its 4-unit outline makes it 9
const NECK = 12; // shoulder line to the centre of the head
const TORSO = 38; // hip to shoulder
const UPPER_ARM = 22;
const FOREARM = 20;
const THIGH = 32;
const SHIN = 32;
const FOOT = 11;
const ANKLE = 3; // ankle height above the floor when the foot is flat
const GROUND = 152;

const rad = (deg) => (deg * Math.PI) / 180;
/** A point `length` away from `p` at `deg` degrees: 0 straight down, 90 to the right, 180 up, -90 to the left. */
const along = (p, deg, length) => [p[0] + Math.sin(rad(deg)) * length, p[1] + Math.cos(rad(deg)) * length];
const dist = (a, b) => Math.hypot(b[0] - a[0], b[1] - a[1]);
const angleTo = (a, b) => (Math.atan2(b[0] - a[0], b[1] - a[1]) * 180) / Math.PI;

/**
 * Two-bone limb from `root` reaching `target`: the middle joint (knee or
 * elbow) bends to the side `bend` says (+1: turning clockwise from root to
 * target on screen, -1: anticlockwise). An unreachable target is reached
 * for with a straight limb.
 */
function reach(root, target, upper, lower, bend) {
  const d = Math.min(dist(root, target), upper + lower - 0.01);
  const toward = angleTo(root, target);
  const inner = (Math.acos((upper * upper + d * d - lower * lower) / (2 * upper * d)) * 180) / Math.PI;
  const mid = along(root, toward - bend * inner, upper);
  return [root, mid, along(mid, angleTo(mid, target), lower)];
}

/**
 * One figure. `hip` is the hip joint; `torso` the direction from hip to
 * shoulder (180 upright). Limbs are given either as two angles
 * ({ angles: [upper, lower] }) or as a target with the side the joint bends
 * to ({ to: [x, y], bend }); legs add a `foot` angle (90: flat, pointing right).
 */
function figure({ hip, torso = 180, head = 0, legs, arms }) {
  const shoulder = along(hip, torso, TORSO);
  // `lower` may be shortened for a forearm seen end-on (arms folded across the chest).
  const limb = (root, spec, upper, lower) =>
    spec.to
      ? reach(root, spec.to, upper, lower, spec.bend)
      : [root, along(root, spec.angles[0], upper), along(along(root, spec.angles[0], upper), spec.angles[1], spec.lower ?? lower)];
  const lines = [[hip, shoulder]];
  for (const leg of legs) {
    const points = limb(hip, leg, THIGH, SHIN);
    lines.push([...points, along(points[2], leg.foot ?? 90, FOOT)]);
  }
  for (const arm of arms) lines.push(limb(shoulder, arm, UPPER_ARM, FOREARM));
  return { head: along(shoulder, torso + head, NECK), lines };
}

/** The hip of a figure standing with its feet flat and straight legs, ankles at x. */
const standingHip = (x, floor = GROUND) => [x, floor - ANKLE - SHIN - THIGH];
/** A leg whose foot stands flat on the floor (or a step) at x, knee bending forward. */
const footAt = (x, floor = GROUND, foot = 90) => ({ to: [x, floor - ANKLE], bend: -1, foot });
/** Arms crossed over the chest. */
const CROSSED = [{ angles: [28, 200], lower: 14 }];

// ---- props (lighter) ----

/** A chair facing right: the back at x, the seat `SEAT` above the floor. */
const SEAT = 33;
const chair = (x, floor = GROUND) => {
  const y = floor - SEAT;
  return [
    [[x, y - 40], [x, floor]],
    [[x, y], [x + 30, y], [x + 30, floor]],
  ];
};
/** The hip of a figure sitting in a chair whose back is at x. */
const seatedHip = (x, floor = GROUND) => [x + 8, floor - SEAT - 5];
/** A kitchen counter whose front edge is at x, reaching to the right edge. */
const counter = (x, right, floor = GROUND) => [[[right, floor - 62], [x, floor - 62], [x, floor]]];
const counterTop = (floor = GROUND) => floor - 62;
/** A simple arrow from a to b: read the picture in this direction. */
const arrow = (a, b) => {
  const deg = angleTo(b, a);
  return [[a, b], [along(b, deg + 35, 6), b, along(b, deg - 35, 6)]];
};

// ---- writing ----

const r = (n) => Math.round(n);
const pathOf = (lines) =>
  lines
    .map((line) => line.map((p, i) => `${i ? (i === 1 ? 'L' : ' ') : 'M'}${r(p[0])} ${r(p[1])}`).join(''))
    .filter((d, i, all) => all.indexOf(d) === i) // both legs (or arms) in the same place: draw once
    .join('');

function svg({ figures, props = [], weights = [], arcs = '', footprints = [] }) {
  const prop = props.length ? `<g stroke-width="3" stroke-opacity=".6"><path d="${pathOf(props)}${arcs}"/>${weights.map(([x, y]) => `<rect x="${r(x) - 6}" y="${r(y) - 3}" width="12" height="6" rx="2"/>`).join('')}</g>` : '';
  const heads = figures.filter((f) => f.head).map((f) => `<circle cx="${r(f.head[0])}" cy="${r(f.head[1])}" r="${HEAD}" fill="currentColor"/>`).join('');
  const body = `<path d="${pathOf(figures.flatMap((f) => f.lines))}"/>${footprints.length ? `<path fill="currentColor" d="${footprints.map(([x, y]) => `M${x} ${y - 2}L${x + 12} ${y - 4}A4 4 0 0 1 ${x + 12} ${y + 4}L${x} ${y + 2}Z`).join('')}"/>` : ''}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160"><g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">${prop}<g stroke-width="4">${heads}${body}</g></g></svg>\n`;
}

/** Moves a drawing to the right by dx (the right-hand panel is the left one + 100). */
const shift = (dx, dy = 0) => (p) => [p[0] + dx, p[1] + dy];
const moved = (lines, dx, dy = 0) => lines.map((line) => line.map(shift(dx, dy)));
const movedFigure = (f, dx, dy = 0) => ({ head: f.head && shift(dx, dy)(f.head), lines: moved(f.lines, dx, dy) });
/** A curved arrow round `centre`, from one direction to another (degrees as for `along`). */
const arcArrow = (centre, radius, from, to) => {
  const [a, b] = [along(centre, from, radius), along(centre, to, radius)];
  const sweep = to < from ? 1 : 0;
  return { d: `M${r(a[0])} ${r(a[1])}A${radius} ${radius} 0 0 ${sweep} ${r(b[0])} ${r(b[1])}`, head: arrow(along(centre, to + (sweep ? 6 : -6), radius), b)[1] };
};
const SIDE_ARROW = arrow([93, 16], [107, 16]);
const DOWN_ARROW = arrow([8, 72], [8, 88]);
/** START on the left, END on the right, each panel with the same `scene` props, an arrow between. */
const sideBySide = (start, end, scene, more = {}) =>
  svg({ ...more, figures: [start, movedFigure(end, 100)], props: [...scene, ...moved(scene, 100), ...SIDE_ARROW, ...(more.props ?? [])] });
const handOf = (f) => f.lines.at(-1).at(-1);

const pictures = {};

// Sit-to-stand: seated, arms crossed → standing tall in front of the chair.
{
  const seated = figure({ hip: seatedHip(12), torso: 172, legs: [footAt(48)], arms: CROSSED });
  const standing = figure({ hip: standingHip(52), legs: [footAt(52)], arms: CROSSED });
  pictures['sit-to-stand'] = sideBySide(seated, standing, chair(4));
}

// Seated marches: holding the seat, feet flat → one knee lifted.
{
  const hold = { to: [36, GROUND - SEAT], bend: 1 };
  const flat = figure({ hip: seatedHip(12), legs: [footAt(50)], arms: [hold] });
  const up = figure({ hip: seatedHip(12), legs: [footAt(50), { angles: [125, 10], foot: 100 }], arms: [hold] });
  pictures['seated-marches'] = sideBySide(flat, up, chair(4));
}

// Arm curl and overhead press: seated, a light weight in the hand, the arm at the START and the END.
const seatedWithWeight = (startArm, endArm) => {
  const pose = (arm) => figure({ hip: seatedHip(14), legs: [footAt(52)], arms: [{ angles: arm }] });
  const [start, end] = [pose(startArm), pose(endArm)];
  return sideBySide(start, end, chair(6), { weights: [handOf(start), shift(100)(handOf(end))] });
};
// Arm curl: weight hanging low → elbow bent, weight up at the shoulder.
pictures['arm-curl'] = seatedWithWeight([2, 45], [10, 150]);
// Overhead press: weight at the shoulder → pushed up above the head.
pictures['overhead-press'] = seatedWithWeight([40, 175], [148, 160]);

// Band row: sitting, legs out, band round the feet; arms forward → elbows back.
{
  const hip = seatedHip(8);
  const legs = [{ to: [hip[0] + 58, GROUND - ANKLE], bend: -1, foot: 165 }];
  const sole = [hip[0] + 62, GROUND - 9];
  const shoulder = along(hip, 180, TORSO);
  const toSole = angleTo(shoulder, sole);
  const reachOut = figure({ hip, legs, arms: [{ angles: [toSole, toSole] }] });
  const pulled = figure({ hip, legs, arms: [{ angles: [-30, 85] }] });
  const band = (f) => [handOf(f), sole];
  pictures['band-row'] = sideBySide(reachOut, pulled, chair(0), { props: [band(reachOut), ...moved([band(pulled)], 100)] });
}

// Calf raise: holding a counter, feet flat → up on the toes.
{
  const edge = [66, counterTop()];
  const flat = figure({ hip: standingHip(36), legs: [footAt(36)], arms: [{ to: edge, bend: 1 }] });
  const toeFloor = GROUND - 1;
  const ankle = [36, toeFloor - Math.cos(rad(45)) * FOOT];
  const high = figure({ hip: [36, ankle[1] - SHIN - THIGH], legs: [{ to: ankle, bend: -1, foot: 45 }], arms: [{ to: edge, bend: 1 }] });
  const floor = [[[8, GROUND + 1], [64, GROUND + 1]]];
  pictures['calf-raise'] = sideBySide(flat, high, [...counter(64, 96), ...floor], { props: arrow([122, GROUND - 2], [122, GROUND - 18]) });
}

// Single-leg stand: holding a counter on both feet → one foot lifted behind.
{
  const edge = [66, counterTop()];
  const both = figure({ hip: standingHip(36), legs: [footAt(36)], arms: [{ to: edge, bend: 1 }] });
  const one = figure({ hip: standingHip(36), legs: [footAt(36), { angles: [-6, -45], foot: 40 }], arms: [{ to: edge, bend: 1 }] });
  pictures['single-leg-stand'] = sideBySide(both, one, counter(64, 96));
}

// Step-up: at the bottom stair, holding the rail, one foot up → standing on the step.
{
  const STEP = 16;
  const stairs = [[[54, GROUND], [54, GROUND - STEP], [80, GROUND - STEP], [80, GROUND - 2 * STEP], [98, GROUND - 2 * STEP]], [[52, 82], [98, 58]]];
  const railAt = (x) => [x, 82 - ((x - 52) * 24) / 46];
  const oneUp = figure({ hip: standingHip(34), torso: 175, legs: [footAt(34), footAt(60, GROUND - STEP)], arms: [{ to: railAt(56), bend: 1 }] });
  const onStep = figure({ hip: standingHip(64, GROUND - STEP), legs: [footAt(64, GROUND - STEP)], arms: [{ to: railAt(76), bend: 1 }] });
  pictures['step-up'] = sideBySide(oneUp, onStep, stairs);
}

// Wall push-up: leaning on the wall, arms straight → elbows bent, chest near the wall.
{
  const WALL = 90;
  const wall = [[[WALL, GROUND], [WALL, 24]]];
  /** Body straight from the heels, leaning `lean` degrees towards the wall, hands on the wall. */
  const lean = (deg) => {
    const ankle = [28, GROUND - ANKLE];
    const hip = along(ankle, 180 - deg, SHIN + THIGH);
    const shoulder = along(hip, 180 - deg, TORSO);
    return figure({ hip, torso: 180 - deg, legs: [footAt(28)], arms: [{ to: [WALL - 2, shoulder[1] + 2], bend: 1 }] });
  };
  pictures['wall-push-up'] = sideBySide(lean(12), lean(26), wall);
}

// Counter plank (a hold): hands on the counter's edge, body straight from head to heels.
{
  const ankle = [44, GROUND - ANKLE];
  const deg = 36;
  const hip = along(ankle, 180 - deg, SHIN + THIGH);
  const shoulder = along(hip, 180 - deg, TORSO);
  const hand = along(shoulder, 90 - deg + 10, UPPER_ARM + FOREARM - 1);
  const plank = figure({ hip, torso: 180 - deg, legs: [{ to: ankle, bend: -1, foot: 70 }], arms: [{ to: hand, bend: 1 }] });
  pictures['counter-plank'] = svg({ figures: [plank], props: counter(hand[0] - 3, 190, GROUND).map((line) => line.map(([x, y]) => [x, y === counterTop() ? hand[1] + 2 : y])) });
}

// Hip hinge: standing at a counter, hands on it → hips back, chest forward, back straight.
{
  const tall = figure({ hip: [34, standingHip(34)[1] + 2], legs: [footAt(36)], arms: [{ to: [70, counterTop()], bend: 1 }] });
  const hinged = figure({ hip: [24, standingHip(34)[1] + 5], torso: 125, legs: [footAt(36)], arms: [{ to: [70, counterTop()], bend: 1 }] });
  pictures['hip-hinge'] = sideBySide(tall, hinged, counter(68, 97));
}

// Supported lunge: standing beside a counter, one hand on it → big step, both knees bent.
{
  const top = counterTop();
  const bench = [[[6, top], [94, top]]];
  const tall = figure({ hip: standingHip(44), legs: [footAt(44)], arms: [{ to: [52, top], bend: 1 }] });
  const hip = [40, 114];
  const low = figure({
    hip,
    legs: [footAt(64), { to: [hip[0] - 34, GROUND - 7], bend: -1, foot: 40 }],
    arms: [{ to: [50, top], bend: 1 }],
  });
  pictures['lunge'] = sideBySide(tall, low, bench);
}

// Heel-to-toe walk (the key position, twice): walking beside a wall with a
// hand on it, front heel against back toes; then the same steps seen from
// above, footprints in one straight line beside the wall.
{
  const RAIL = 80;
  const walking = figure({ hip: standingHip(50), legs: [footAt(56), footAt(56 - FOOT - 1)], arms: [{ to: [70, RAIL], bend: 1 }] });
  const wall = [[[4, RAIL], [96, RAIL]], [[112, 84], [196, 84]]];
  const prints = [0, 1, 2, 3].map((i) => [116 + i * 20, 106 + (i % 2) * 5]);
  pictures['heel-to-toe-walk'] = svg({ figures: [walking], props: wall, footprints: prints });
}

// Lying poses are drawn as two rows: START on top, END below. Each row's floor:
const TOP_FLOOR = 74;
const BOTTOM_FLOOR = 150;
/** The hip of a figure lying on its back, head to the left. */
const lyingHip = (x, floor) => [x, floor - 5];

// Glute bridge: lying, knees bent, feet flat → hips lifted in a line from shoulders to knees.
{
  const mat = (floor) => [[20, floor], [180, floor]];
  const feetX = 136;
  const arms = [{ angles: [90, 90] }];
  const down = figure({ hip: lyingHip(94, TOP_FLOOR), torso: -90, head: -25, legs: [{ to: [feetX, TOP_FLOOR - ANKLE], bend: -1, foot: 90 }], arms });
  const shoulder = [56, BOTTOM_FLOOR - 5];
  const hip = along(shoulder, 180 - 68, TORSO);
  const up = figure({ hip, torso: angleTo(hip, shoulder), head: -25 - angleTo(hip, shoulder) - 90, legs: [{ to: [feetX, BOTTOM_FLOOR - ANKLE], bend: -1, foot: 90 }], arms });
  pictures['glute-bridge'] = svg({ figures: [down, up], props: [mat(TOP_FLOOR), mat(BOTTOM_FLOOR), ...DOWN_ARROW] });
}

// Dead bug: lying, knees bent, both arms up → one arm back behind the head, the opposite leg straight.
{
  const mat = (floor) => [[20, floor], [180, floor]];
  const bentLeg = (floor) => ({ to: [136, floor - ANKLE], bend: -1, foot: 90 });
  const start = figure({ hip: lyingHip(94, TOP_FLOOR), torso: -90, head: -25, legs: [bentLeg(TOP_FLOOR)], arms: [{ angles: [180, 180] }] });
  const end = figure({
    hip: lyingHip(94, BOTTOM_FLOOR),
    torso: -90,
    head: -25,
    legs: [bentLeg(BOTTOM_FLOOR), { angles: [90, 90], foot: 170 }],
    arms: [{ angles: [180, 180] }, { angles: [-108, -108] }],
  });
  pictures['dead-bug'] = svg({ figures: [start, end], props: [mat(TOP_FLOOR), mat(BOTTOM_FLOOR), ...DOWN_ARROW] });
}

// Bird dog: on hands and knees → one leg back and the opposite arm forward, level with the back.
{
  const mat = (floor) => [[20, floor], [180, floor]];
  const fours = (floor, reachOut) => {
    const knee = [84, floor - 3];
    const hip = [knee[0], knee[1] - THIGH];
    const shoulder = [hip[0] + TORSO - 2, floor - UPPER_ARM - FOREARM - 2];
    const torso = angleTo(hip, shoulder);
    const kneel = { angles: [0, -90], foot: -90 };
    const hand = { to: [shoulder[0], floor - 2], bend: 1 };
    return figure({
      hip,
      torso,
      head: -15,
      legs: reachOut ? [kneel, { angles: [-92, -92], foot: -95 }] : [kneel],
      arms: reachOut ? [hand, { angles: [104, 104] }] : [hand],
    });
  };
  pictures['bird-dog'] = svg({ figures: [fours(TOP_FLOOR, false), fours(BOTTOM_FLOOR, true)], props: [mat(TOP_FLOOR), mat(BOTTOM_FLOOR), ...DOWN_ARROW] });
}

// Ankle pumps, close up (a larger foot): a leg resting on a bed, toes
// pointed away → toes pulled back towards you.
{
  const BED = 124;
  const bed = [[[2, BED], [98, BED]]];
  const ankle = [66, BED - 8];
  const BIG_FOOT = 26;
  const leg = (foot) => ({ head: null, lines: [[[2, ankle[1]], ankle, along(ankle, foot, BIG_FOOT)], [along(ankle, -30, 6), ankle]] });
  const away = arcArrow(ankle, BIG_FOOT + 8, 172, 136);
  const back = arcArrow(ankle, BIG_FOOT + 8, 168, 204);
  pictures['ankle-pumps'] = svg({
    figures: [leg(128), movedFigure(leg(200), 100)],
    props: [...bed, ...moved(bed, 100), away.head, ...moved([back.head], 100), ...SIDE_ARROW],
    arcs: away.d + arcArrow([ankle[0] + 100, ankle[1]], BIG_FOOT + 8, 168, 204).d,
  });
}

// Passive range of motion (one key position): lying on a raised bed, a carer
// standing beside it supports the knee and heel and bends the knee.
{
  const BED = 100;
  const bed = [[[8, BED], [142, BED]], [[14, BED], [14, GROUND]], [[136, BED], [136, GROUND]]];
  const hip = [88, BED - 5];
  const knee = along(hip, 135, THIGH);
  const ankle = along(knee, 50, SHIN);
  const person = figure({ hip, torso: -90, head: -25, legs: [{ angles: [135, 50], foot: 150 }, { angles: [90, 90], foot: 170 }], arms: [{ angles: [90, 90] }] });
  const carer = figure({
    hip: standingHip(170),
    torso: 200,
    legs: [{ to: [172, GROUND - ANKLE], bend: 1, foot: -90 }],
    arms: [
      { to: [knee[0] + 3, knee[1] + 5], bend: -1 },
      { to: [ankle[0] + 3, ankle[1] + 5], bend: -1 },
    ],
  });
  pictures['passive-range-of-motion'] = svg({ figures: [person, carer], props: bed });
}

for (const [name, text] of Object.entries(pictures)) writeFileSync(new URL(`${name}.svg`, OUT), text);
console.log(`wrote ${Object.keys(pictures).length} pictures to content/pictures/`);
