import type { ReactNode } from 'react';

/** A word with a hyphen between two letters, with any punctuation on it. */
const HYPHENATED = /(\S*\p{L}-\p{L}\S*)/u;

/**
 * A heading keeps a hyphenated word ("sit-to-stand") on one line: browsers
 * may break after any hyphen, which leaves "sit-to-" at the end of a line and
 * "stand" on the next. Each such word goes in a span that does not wrap; the
 * text, and what a screen reader says, stay the same.
 */
export function wholeWords(text: string): ReactNode {
  const parts = text.split(HYPHENATED);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="whole-word">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
