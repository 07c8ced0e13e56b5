// The build checks this file like every picture (src/content/build/picture-svg.ts)
// and inlines it only into the chunks that import this component.
import source from '../../content/pictures/sit-to-stand.svg?raw';

/** Same words as pictureAlt in content/exercises/sit-to-stand.md (a test keeps them equal). */
const ALT = 'Left: sitting near the front of a chair, arms crossed over the chest. Right: standing up tall in front of the chair, arms still crossed.';
// The drawing inside the file's <svg> tag: React draws the <svg> itself, to name it.
const drawing = source.slice(source.indexOf('>', source.indexOf('<svg')) + 1, source.lastIndexOf('</svg>'));

/**
 * A line drawing of the sit-to-stand, START (seated) on the left and END
 * (standing) on the right, in the text colour. Give it a width with
 * `className`; the height follows (200 × 160).
 */
export function SitToStandPicture({ className }: { className?: string }) {
  return <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160" role="img" aria-label={ALT} className={className} dangerouslySetInnerHTML={{ __html: drawing }} />;
}
