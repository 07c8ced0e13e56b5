import { act, render as renderBare, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Link, MemoryRouter } from 'react-router';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as UpdatePromptModule from '../../src/app/update-prompt';
import type * as UnsavedInputModule from '../../src/ui/unsaved-input-store';

// The service-worker side is exercised for real in e2e/update.spec.ts; here we
// drive the prompt's decisions with a stand-in for vite-plugin-pwa's hook.
const pwa = vi.hoisted(() => ({
  needRefresh: false,
  offlineReady: false,
  updateServiceWorker: vi.fn(async () => undefined),
  setOfflineReady: vi.fn(),
  onNeedReload: undefined as undefined | (() => void),
}));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: { onNeedReload?: () => void }) => {
    pwa.onNeedReload = options.onNeedReload;
    return {
      needRefresh: [pwa.needRefresh, vi.fn()],
      offlineReady: [pwa.offlineReady, pwa.setOfflineReady],
      updateServiceWorker: pwa.updateServiceWorker,
    };
  },
}));

/** The prompt inside a router, with links to two other screens. */
const render = (ui: ReactElement) =>
  renderBare(
    <MemoryRouter initialEntries={['/']}>
      {ui}
      <Link to="/plan">Plan</Link>
      <Link to="/learn">Learn</Link>
    </MemoryRouter>,
  );
const goTo = (name: string) => act(() => screen.getByRole('link', { name }).click());

// The prompt keeps "ready offline" in its module (so a remount cannot lose
// it): each test loads it afresh.
let UpdatePrompt: typeof UpdatePromptModule.UpdatePrompt;
let useUnsavedInputStore: typeof UnsavedInputModule.useUnsavedInputStore;
const reload = vi.fn();
beforeEach(async () => {
  vi.resetModules();
  ({ UpdatePrompt } = await import('../../src/app/update-prompt'));
  ({ useUnsavedInputStore } = await import('../../src/ui/unsaved-input-store'));
  pwa.needRefresh = false;
  pwa.offlineReady = false;
  pwa.updateServiceWorker.mockClear();
  reload.mockClear();
  useUnsavedInputStore.setState({ dirtyForms: new Set(), keptWhenLeaving: new Set() });
  Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } });
});

describe('update prompt', () => {
  it('says the app is ready offline at the top of the next screen, never by moving the one being read', () => {
    vi.useFakeTimers();
    try {
      pwa.offlineReady = true;
      render(<UpdatePrompt />);
      act(() => vi.advanceTimersByTime(60_000));
      expect(screen.queryByText('Ready to work offline.')).not.toBeInTheDocument();
      goTo('Plan');
      expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets "Ready to work offline" go at the change of screen after the one it showed on, for good', () => {
    pwa.offlineReady = true;
    render(<UpdatePrompt />);
    goTo('Plan');
    expect(screen.getByText('Ready to work offline.')).toBeInTheDocument();
    goTo('Learn');
    expect(screen.queryByText('Ready to work offline.')).not.toBeInTheDocument();
    goTo('Plan');
    expect(screen.queryByText('Ready to work offline.')).not.toBeInTheDocument();
  });

  it('puts "Ready to work offline" away with OK', async () => {
    pwa.offlineReady = true;
    pwa.setOfflineReady.mockClear();
    render(<UpdatePrompt />);
    goTo('Plan');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(pwa.setOfflineReady).toHaveBeenCalledWith(false);
    expect(screen.queryByText('Ready to work offline.')).not.toBeInTheDocument();
  });

  it('offers Reload when a new version is waiting, and updates only when tapped', async () => {
    pwa.needRefresh = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('Update available.');
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('reloads on the first tap even if the new version is slow to take over', async () => {
    pwa.needRefresh = true;
    render(<UpdatePrompt />);
    vi.useFakeTimers();
    try {
      act(() => screen.getByRole('button', { name: 'Reload' }).click());
      expect(reload).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(4_000));
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('can be put off with Not now', async () => {
    pwa.needRefresh = true;
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByText('Update available.')).not.toBeInTheDocument();
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('does not update over unsaved input until the person confirms, in the page', async () => {
    pwa.needRefresh = true;
    useUnsavedInputStore.getState().setDirty('quick-count', true);
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('Save what you are typing first, then reload.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(screen.getByRole('status')).toHaveTextContent('will be lost');
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload and lose it' }));
    expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('never reloads by itself while a form is dirty when another tab activates the new version', () => {
    useUnsavedInputStore.getState().setDirty('measurement', true);
    render(<UpdatePrompt />);
    act(() => pwa.onNeedReload?.());
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Update available.');
  });

  it('reloads straight away when another tab activates the new version and nothing is unsaved', () => {
    render(<UpdatePrompt />);
    act(() => pwa.onNeedReload?.());
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('ready offline, when the install finished before the prompt was listening', () => {
  it('says so on a first visit once the service worker is active, without the install event', async () => {
    pwa.offlineReady = false;
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: null, ready: Promise.resolve({}) } });
    try {
      render(<UpdatePrompt />);
      await act(async () => undefined);
      expect(screen.queryByText(/Ready to work offline/)).not.toBeInTheDocument();
      goTo('Plan');
      expect(await screen.findByText(/Ready to work offline/)).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
  });

  it('says nothing on a later visit, when a service worker already controls the page', async () => {
    pwa.offlineReady = false;
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: {}, ready: Promise.resolve({}) } });
    try {
      render(<UpdatePrompt />);
      await act(async () => undefined);
      goTo('Plan');
      expect(screen.queryByText(/Ready to work offline/)).not.toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
  });
});
