import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/app/update-prompt';
import { useUnsavedInputStore } from '../../src/ui/unsaved-input-store';

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

const reload = vi.fn();
beforeEach(() => {
  pwa.needRefresh = false;
  pwa.offlineReady = false;
  pwa.updateServiceWorker.mockClear();
  reload.mockClear();
  useUnsavedInputStore.setState({ dirtyForms: new Set() });
  Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } });
});

describe('update prompt', () => {
  it('says the app is ready offline after the first install', () => {
    pwa.offlineReady = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline');
  });

  it('lets "Ready to work offline" go by itself after a few seconds, so it never covers a button for long', () => {
    vi.useFakeTimers();
    try {
      pwa.offlineReady = true;
      pwa.setOfflineReady.mockClear();
      render(<UpdatePrompt />);
      act(() => vi.advanceTimersByTime(5_000));
      expect(pwa.setOfflineReady).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(1_500));
      expect(pwa.setOfflineReady).toHaveBeenCalledWith(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers Reload when a new version is waiting, and updates only when tapped', async () => {
    pwa.needRefresh = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('Update available.');
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('does not update over unsaved input unless the person confirms', async () => {
    pwa.needRefresh = true;
    useUnsavedInputStore.getState().setDirty('quick-count', true);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('Save or clear what you are typing first');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(confirm).toHaveBeenCalled();
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
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
