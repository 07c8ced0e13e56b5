import type { Stance } from '../../db/mobility-schema';

// The four balance stances seen from above, as two footprints (toes up), so a
// person can check their feet against the picture before tapping Start.
// Drawn in the text colour: it keeps its contrast in any theme.

const FOOT_LENGTH = 40;
const FOOT_WIDTH = 16;

/** One footprint: a sole wider at the toes, whose heel is at (x, heelY), toes pointing up. */
function Foot({ x, heelY, lifted = false }: { x: number; heelY: number; lifted?: boolean }) {
  const top = heelY - FOOT_LENGTH;
  const half = FOOT_WIDTH / 2;
  const d = `M${x - half + 2} ${heelY - 6} C${x - half} ${top + 14} ${x - half - 1} ${top + 2} ${x} ${top} C${x + half + 1} ${top + 2} ${x + half} ${top + 14} ${x + half - 2} ${heelY - 6} C${x + half - 3} ${heelY + 1} ${x - half + 3} ${heelY + 1} ${x - half + 2} ${heelY - 6}Z`;
  return <path d={d} fill={lifted ? 'none' : 'currentColor'} strokeDasharray={lifted ? '3 3' : undefined} />;
}

/** Where the two feet go: x of each foot's middle and y of its heel (the left foot first). */
const FEET: Record<Stance, { left: [number, number]; right: [number, number]; rightLifted?: boolean }> = {
  sideBySide: { left: [42, 80], right: [58, 80] },
  // The right foot half a step forward: the side of its heel beside the big toe of the left.
  semiTandem: { left: [42, 80], right: [58, 60] },
  // Heel to toe, in one line.
  tandem: { left: [50, 86], right: [50, 46] },
  // Standing on the left foot; the right one off the floor (dashed).
  oneLeg: { left: [42, 80], right: [58, 80], rightLifted: true },
};

export function StancePicture({ stance, description }: { stance: Stance; description: string }) {
  const { left, right, rightLifted } = FEET[stance];
  return (
    <svg viewBox="20 2 60 88" role="img" aria-label={description} className="gt-picture gt-stance-picture">
      <g stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
        <Foot x={left[0]} heelY={left[1]} />
        <Foot x={right[0]} heelY={right[1]} lifted={rightLifted} />
      </g>
    </svg>
  );
}
