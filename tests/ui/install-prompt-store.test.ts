import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForInstallPrompt, useInstallPromptStore } from '../../src/ui/install-prompt-store';

/** A window with its own events, display mode and storage manager. */
function fakeWindow({ standalone }: { standalone: boolean }) {
  const target = new EventTarget() as EventTarget & Window;
  const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
  Object.assign(target, {
    navigator: { storage, userAgent: 'test' },
    matchMedia: (query: string) => ({ matches: standalone && query === '(display-mode: standalone)' }),
  });
  vi.stubGlobal('navigator', { storage, userAgent: 'test' });
  return { target, storage };
}

afterEach(() => vi.unstubAllGlobals());

describe('lasting storage once Regain is installed', () => {
  it('asks again when the app is installed from the browser', async () => {
    const { target, storage } = fakeWindow({ standalone: false });
    listenForInstallPrompt(target);
    expect(storage.persist).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('appinstalled'));
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    expect(useInstallPromptStore.getState().installed).toBe(true);
  });

  it('asks when opened from the home screen, even if a browser tab was refused before', async () => {
    const { target, storage } = fakeWindow({ standalone: true });
    listenForInstallPrompt(target);
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
  });

  it('does not ask again when the data is already kept', async () => {
    const { target, storage } = fakeWindow({ standalone: true });
    storage.persisted.mockResolvedValue(true);
    listenForInstallPrompt(target);
    await vi.waitFor(() => expect(storage.persisted).toHaveBeenCalled());
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
