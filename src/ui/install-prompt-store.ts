import { create } from 'zustand';

/** Chromium's install event; not in TypeScript's DOM types yet. */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

interface InstallPromptState {
  deferredPrompt: BeforeInstallPromptEvent | null;
  installed: boolean;
}

export const useInstallPromptStore = create<InstallPromptState>(() => ({
  deferredPrompt: null,
  installed: false,
}));

/**
 * Listen from the moment the bundle runs: Chromium may fire
 * `beforeinstallprompt` before React has mounted anything.
 */
export function listenForInstallPrompt(target: Window = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // keep the browser's mini-bar away; we offer our own button
    useInstallPromptStore.setState({ deferredPrompt: event as BeforeInstallPromptEvent });
  });
  target.addEventListener('appinstalled', () => {
    useInstallPromptStore.setState({ deferredPrompt: null, installed: true });
  });
}

export async function showInstallPrompt(): Promise<void> {
  const { deferredPrompt } = useInstallPromptStore.getState();
  if (!deferredPrompt) return;
  await deferredPrompt.prompt();
  const { outcome } = await deferredPrompt.userChoice;
  // The event can be used only once, whatever the person chose.
  useInstallPromptStore.setState({ deferredPrompt: null, installed: outcome === 'accepted' });
}

export function isIosSafari(nav: Navigator = navigator): boolean {
  const ios = /iphone|ipad|ipod/i.test(nav.userAgent);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}
