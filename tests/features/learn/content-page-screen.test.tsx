import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/reset-database';
import { renderApp } from '../render-app';

beforeEach(resetDatabase);

describe('an exercise page', () => {
  it('shows the line drawing as an image named by its text alternative, before the how-to', async () => {
    renderApp('/learn/exercises/sit-to-stand');
    const picture = await screen.findByRole('img', { name: /^Left: sitting near the front of a chair, arms crossed over the chest\. Right: standing up tall/ });
    expect(picture.tagName.toLowerCase()).toBe('svg');
    expect(picture.querySelector('path')).not.toBeNull();
    expect(picture.querySelector('script, foreignObject, [onload]')).toBeNull();
    const howTo = screen.getByRole('heading', { level: 2, name: 'How to do it' });
    expect(picture.compareDocumentPosition(howTo) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows each exercise its own drawing', async () => {
    renderApp('/learn/exercises/glute-bridge');
    await screen.findByRole('heading', { level: 1, name: 'Glute bridge' });
    const pictures = screen.getAllByRole('img');
    expect(pictures).toHaveLength(1);
    expect(pictures[0]).toHaveAccessibleName(/^Top: lying on the back, knees bent, feet flat\. Bottom: hips lifted/);
  });

  it('a Learn topic has no picture', async () => {
    renderApp('/learn/protein-and-food');
    const main = await screen.findByRole('heading', { level: 1, name: /protein/i });
    expect(within(main.closest('main') ?? document.body).queryByRole('img')).toBeNull();
  });
});
