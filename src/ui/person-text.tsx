/**
 * Direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 * Typed into a note or written into a backup, they can make text show in an
 * order other than the one it is stored in: "ok\u202Egnp.exe" shows as
 * "okexe.png". Marks (U+200E, U+200F, U+061C) stay: they cannot reorder
 * letters, and right-to-left writing needs them.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text as stored, without the controls that could disguise it; for display only. */
export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/**
 * Text that came from a person or a file (a note, a file name, anything read
 * from a backup), shown isolated: in a <bdi>, so a right-to-left note cannot
 * reorder the app's words around it, and without direction controls, so it
 * cannot disguise itself. What is stored stays exactly as it was written.
 */
export function PersonText({ text, className }: { text: string; className?: string }) {
  return <bdi className={className}>{withoutDirectionControls(text)}</bdi>;
}
