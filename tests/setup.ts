import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { markFirstRun } from '../src/db/first-run';

afterEach(() => cleanup());

// Screens are tested as a returning user sees them; the welcome steps have
// their own tests, which clear this first.
beforeEach(() => markFirstRun('done'));

// A busy 2-core CI machine can take seconds to load a lazy screen: findBy and
// waitFor still poll and return as soon as the condition holds, but give up
// only after 15 s instead of 1 s.
configure({ asyncUtilTimeout: 15_000 });

// Lazy screens are not loaded here for every file: tests/app/opening-screen
// checks "Loading…" while a screen's code is still coming, and most files
// need one screen or none. A test that should not spend its waits on a lazy
// chunk loads it first (tests/support/loaded-app.ts).

// Every browser has window.print (jsdom stubs it); happy-dom has none.
if (typeof window.print !== 'function') window.print = () => undefined;
