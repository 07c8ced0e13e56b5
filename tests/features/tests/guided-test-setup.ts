import { vi } from 'vitest';
import { resetSignalsForTests } from '../../../src/features/tests/signals';
import { useUnsavedInputStore } from '../../../src/ui/unsaved-input-store';
import { resetDatabase } from '../../db/reset-database';
import { installBrowserFakes } from './browser-fakes';

export type BrowserFakes = ReturnType<typeof installBrowserFakes>;

/** Before each guided-test screen test: no saved data, no test in progress, no held input, fresh browser stand-ins. */
export async function freshGuidedTest(): Promise<BrowserFakes> {
  await resetDatabase();
  sessionStorage.clear();
  useUnsavedInputStore.setState({ dirtyForms: new Set() });
  resetSignalsForTests();
  return installBrowserFakes();
}

/** After each: the real clock and browser back. */
export function leaveGuidedTest(fakes: BrowserFakes): void {
  vi.useRealTimers();
  fakes.uninstall();
}
