import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { wholeWords } from '../../src/ui/whole-words';

function heading(text: string) {
  return render(<h2>{wholeWords(text)}</h2>).container.querySelector('h2')!;
}

describe('wholeWords', () => {
  it('wraps each hyphenated word of a heading so it does not break, keeping the text the same', () => {
    const h2 = heading('Five-times sit-to-stand test');
    expect(h2.textContent).toBe('Five-times sit-to-stand test');
    expect([...h2.querySelectorAll('.whole-word')].map((span) => span.textContent)).toEqual(['Five-times', 'sit-to-stand']);
  });

  it('keeps punctuation on the word and leaves a heading without hyphens as plain text', () => {
    expect([...heading('Your chair-stand results, last 4 weeks').querySelectorAll('.whole-word')].map((s) => s.textContent)).toEqual([
      'chair-stand',
    ]);
    expect(heading('Left–right differences - 4 weeks').querySelector('.whole-word')).toBeNull();
  });
});
