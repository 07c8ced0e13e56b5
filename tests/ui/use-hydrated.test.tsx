import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as UseHydratedModule from '../../src/ui/use-hydrated';

// The hook keeps "the opening screen has hydrated" in its module: each test loads it afresh.
let hooks: typeof UseHydratedModule;
beforeEach(async () => {
  vi.resetModules();
  hooks = await import('../../src/ui/use-hydrated');
});

function Probe({ seen }: { seen: boolean[] }) {
  const hydrated = hooks.useHydrated();
  seen.push(hydrated);
  return <p>{hydrated ? 'on this phone' : 'prerendered'}</p>;
}

describe('useHydrated', () => {
  it('hydrates a prerendered screen as it was built, without a mismatch, then switches', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Probe seen={[]} />);
    expect(container.textContent).toBe('prerendered');
    document.body.append(container);
    const errors: unknown[] = [];
    const seen: boolean[] = [];
    await act(async () => {
      hydrateRoot(container, <Probe seen={seen} />, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(seen[0]).toBe(false);
    expect(container.textContent).toBe('on this phone');
    container.remove();
  });

  it('draws a screen opened later in its final state at once, with no first pass in the prerendered state', async () => {
    hooks.markOpeningScreenHydrated();
    await act(async () => undefined); // the mark lands after the opening screen's effects
    const seen: boolean[] = [];
    render(<Probe seen={seen} />);
    expect(screen.getByText('on this phone')).toBeInTheDocument();
    expect(seen.every(Boolean)).toBe(true);
  });
});
