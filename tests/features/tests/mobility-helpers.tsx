import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';

export function renderScreen(element: ReactElement) {
  return render(<MemoryRouter>{element}</MemoryRouter>);
}

export function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

export function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** A second at a time, as a person would see it. */
export function advanceSeconds(seconds: number) {
  for (let i = 0; i < seconds; i += 1) advance(1000);
}

export function tickChecksAndStart(label: string) {
  for (const box of within(screen.getByRole('group', { name: /Tick each one/ })).getAllByRole('checkbox')) fireEvent.click(box);
  fireEvent.click(screen.getByRole('button', { name: label }));
}

export function tap(name: string | RegExp) {
  fireEvent.click(screen.getByRole('button', { name }));
}
