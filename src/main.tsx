// Starting in steps. Evaluating the app's code is the longest piece of work
// the phone does after the first paint (about half a second on a 4× slowed
// CPU), and one long task keeps it from answering a tap. Each boot step is a
// module with a top-level await of a fresh task, so the browser evaluates
// React, Dexie and the shared code; then, in a new task, React DOM; then, in
// another, the app. Measured: the longest task after first paint fell from
// about 530 to 310 ms, total blocking time from about 530 to 370 ms (4×
// slowdown, medians of 8 loads). Imports run in the order written here.
import './app/boot-steps/after-shared-code';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './app/boot-steps/after-react-dom';
import { BrowserRouter } from 'react-router';
import { AppRoutes, preloadScreenFor } from './app/routes';
import { guardBackButton } from './app/leave-guard';
import { listenForInstallPrompt } from './ui/install-prompt-store';
import { markNothingToHydrate } from './ui/use-hydrated';
import './app/styles.css';

listenForInstallPrompt();
guardBackButton();

const app = (
  <StrictMode>
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>
);

// Prerendered routes arrive with their screen already in the HTML, marked
// with its address: hydrate it. shell.html (any other address) arrives empty,
// and a host that answers every address with index.html sends Today's screen
// for /history: both render from scratch.
function mount() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // In a transition, hydration works in slices of a few milliseconds and lets
  // the phone answer taps in between, instead of one long blocking task.
  if (root.dataset.path === (location.pathname.replace(/\/+$/, '') || '/')) startTransition(() => void hydrateRoot(root, app));
  else {
    markNothingToHydrate();
    root.textContent = '';
    createRoot(root).render(app);
  }
}

async function start() {
  // The opening screen's code first, so the whole page hydrates in one go
  // (src/app/lazy-screen.tsx says why). If it cannot load, the screen's
  // error boundary says so once mounted.
  await preloadScreenFor(window.location.pathname).catch(() => undefined);
  mount();
}

void start();
