import { create } from 'zustand';
import { requestPersistentStorage } from '../db/persistent-storage';

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
    keepDataWhenInstalled();
  });
  if (isInstalledApp(target)) keepDataWhenInstalled();
}

/** Opened from the home screen (or installed just now), rather than in a browser tab. */
export function isInstalledApp(target: Window = window): boolean {
  const standalone = (target.navigator as Navigator & { standalone?: boolean }).standalone === true;
  return standalone || target.matchMedia?.('(display-mode: standalone)').matches === true;
}

/**
 * Browsers grant lasting storage far more readily to an installed app (Chrome
 * grants it to installed apps without asking), so once installed we ask again,
 * even if a request from a browser tab was turned down before.
 */
function keepDataWhenInstalled(): void {
  void requestPersistentStorage().catch(() => undefined);
}

export async function showInstallPrompt(): Promise<void> {
  const { deferredPrompt } = useInstallPromptStore.getState();
  if (!deferredPrompt) return;
  await deferredPrompt.prompt();
  const { outcome } = await deferredPrompt.userChoice;
  // The event can be used only once, whatever the person chose.
  useInstallPromptStore.setState({ deferredPrompt: null, installed: outcome === 'accepted' });
}

/** On iPhone and iPad, in Safari rather than opened from the home screen: no install prompt, steps instead. */
export function isIosSafari(nav: Navigator = navigator): boolean {
  const ios = /iphone|ipad|ipod/i.test(nav.userAgent);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}
