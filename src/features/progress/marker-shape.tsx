import type { Marker } from './card-types';

/** A series' marker, drawn the same in the chart and in its legend. */
export function MarkerShape({ marker, x, y, colour }: { marker: Marker; x: number; y: number; colour: string }) {
  switch (marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={4.5} fill={colour} stroke="#fff" strokeWidth={1.5} />;
    case 'square':
      return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={colour} stroke="#fff" strokeWidth={1.5} />;
    case 'triangle':
      return <path d={`M${x},${y - 5.5} L${x + 5.5},${y + 4.5} L${x - 5.5},${y + 4.5} Z`} fill={colour} stroke="#fff" strokeWidth={1.5} />;
  }
}
