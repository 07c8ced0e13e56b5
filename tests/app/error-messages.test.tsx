import { act, render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteErrorBoundary } from '../../src/app/route-error-boundary';
import { StorageAlerts } from '../../src/app/storage-alerts';
import { CODE_NOT_LOADED, CONNECTION_LOST } from '../../src/db/plain-failure';
import { saveFailureMessage, StorageFullError } from '../../src/db/storage-errors';

// Raw errors never reach the screen as the message: "DatabaseClosedError
// Database has been closed" or "Failed to fetch dynamically imported module"
// become a plain sentence that says what to do, with a Reload button; the
// technical words are only in a collapsed "Details" line. The plain words are
// fetched when something fails (they are kept off Today's path), so the tests
// wait for them.

afterEach(() => vi.restoreAllMocks());

function Throws({ error }: { error: unknown }): never {
  throw error;
}

function renderFailing(error: unknown) {
  // React logs the caught error; the test is about what the person sees.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <MemoryRouter>
      <RouteErrorBoundary>
        <Throws error={error} />
      </RouteErrorBoundary>
    </MemoryRouter>,
  );
  return screen.getByRole('alert');
}

/** The alert's text outside its Details line: what the person reads without opening anything. */
function visibleText(alert: HTMLElement): string {
  const copy = alert.cloneNode(true) as HTMLElement;
  copy.querySelector('details')?.remove();
  return copy.textContent ?? '';
}

describe('a screen that fails', () => {
  it('a closed database: says the connection was lost and to reload, with the raw words only under Details', async () => {
    const alert = renderFailing(new Dexie.DatabaseClosedError('Database has been closed'));
    await waitFor(() => expect(visibleText(alert)).toContain(CONNECTION_LOST));
    expect(visibleText(alert)).not.toMatch(/DatabaseClosedError|has been closed/);
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    const details = alert.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getByText('Details').tagName).toBe('SUMMARY');
    expect(details).toHaveTextContent('DatabaseClosedError: Database has been closed');
  });

  it('code that could not load after an update: says to reload for the latest version', async () => {
    const alert = renderFailing(new TypeError('Failed to fetch dynamically imported module: https://regain.app/assets/entries-repository-CLC-qjL3.js'));
    await waitFor(() => expect(visibleText(alert)).toContain(CODE_NOT_LOADED));
    expect(visibleText(alert)).not.toMatch(/dynamically|entries-repository|TypeError/);
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(alert.querySelector('details')).toHaveTextContent('entries-repository-CLC-qjL3.js');
  });

  it('anything else: a plain sentence and a way back, never the error’s own words', async () => {
    const alert = renderFailing(new Error('Cannot read properties of undefined (reading "kg")'));
    // The boundary fetches the words for known errors: once that module is loaded and React has settled, nothing more can arrive.
    await import('../../src/db/plain-failure');
    await act(async () => {});
    expect(within(alert).getByRole('heading')).toHaveTextContent('Something went wrong on this screen');
    expect(visibleText(alert)).toContain('Your saved entries are safe.');
    expect(visibleText(alert)).not.toContain('Cannot read properties');
    expect(within(alert).getByRole('link', { name: 'Back to Today' })).toBeInTheDocument();
  });

  it('something thrown that is not an Error', () => {
    const alert = renderFailing('plain text thrown');
    expect(visibleText(alert)).not.toContain('plain text thrown');
    expect(alert.querySelector('details')).toHaveTextContent('plain text thrown');
  });
});

describe('a save that failed in a way no screen explains', () => {
  function reject(reason: unknown): Event {
    const event = new Event('unhandledrejection', { cancelable: true });
    Object.assign(event, { reason, promise: Promise.resolve() });
    act(() => void window.dispatchEvent(event));
    return event;
  }

  it('not waited for (a plan tick) and lost its connection: a banner says so, with Reload', async () => {
    render(<StorageAlerts />);
    reject(new Dexie.DatabaseClosedError('Database has been closed'));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(CONNECTION_LOST);
    expect(banner).not.toHaveTextContent('DatabaseClosedError');
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('caught by a screen, whose code could not load: the screen says it was not saved, the banner says to reload', async () => {
    render(<StorageAlerts />);
    let said = '';
    act(() => {
      said = saveFailureMessage(new TypeError('Failed to fetch dynamically imported module: /assets/entries-repository-x.js'), 'Sorry, that set could not be saved.');
    });
    expect(said).toBe('Sorry, that set could not be saved.');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(CODE_NOT_LOADED);
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('that failed some other way: left to the browser, no banner', async () => {
    render(<StorageAlerts />);
    const event = reject(new Error('something else'));
    expect(event.defaultPrevented).toBe(false);
    // The banner decides in the event handler, synchronously: let React settle, then look.
    await act(async () => {});
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a full disk: the banner says so at once', () => {
    render(<StorageAlerts />);
    const event = reject(new StorageFullError());
    expect(event.defaultPrevented).toBe(true);
    expect(screen.getByRole('alert')).toHaveTextContent('out of storage space');
  });
});
