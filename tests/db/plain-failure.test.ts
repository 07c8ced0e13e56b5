import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { CODE_NOT_LOADED, CONNECTION_LOST, OUT_OF_SPACE, plainFailure } from '../../src/db/plain-failure';
import { saveFailureMessage, StorageFullError, UNEXPLAINED_FAILURE } from '../../src/db/storage-errors';
import { InvalidRecordError, parseRecord } from '../../src/db/validation-error';
import { profileSchema } from '../../src/db/profile-schema';

// Errors no screen expects, as a person reads them: what happened and what to
// do. The error's own words are for a collapsed "Details" line at most.

/** The error a query on a closed connection really gets (another tab's upgrade closes ours). */
async function closedDatabaseError(): Promise<unknown> {
  const database = new Dexie(`plain-failure-${crypto.randomUUID()}`);
  database.version(1).stores({ things: 'id' });
  await database.open();
  database.close({ disableAutoOpen: true });
  try {
    await database.table('things').toArray();
  } catch (error) {
    return error;
  } finally {
    await Dexie.delete(database.name);
  }
  throw new Error('the query on a closed database did not fail');
}

const FALLBACK = 'Sorry, that set could not be saved. Please try again.';

describe('each kind of raw error has a plain sentence that says what to do', () => {
  it('a closed database (Dexie’s own DatabaseClosedError): reload, nothing saved is lost', async () => {
    const error = await closedDatabaseError();
    expect((error as Error).name).toBe('DatabaseClosedError');
    expect(plainFailure(error)).toEqual({ message: CONNECTION_LOST, reload: true });
    expect(CONNECTION_LOST).toBe(
      'The app lost its connection to your saved data, usually because it was updated in another tab. Reload to carry on; nothing saved is lost.',
    );
  });

  it.each<[string, unknown, string]>([
    ['Dexie VersionChangeError', new Dexie.VersionChangeError('Database version changed by other database connection'), CONNECTION_LOST],
    ['the browser’s InvalidStateError', new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError'), CONNECTION_LOST],
    ['Dexie OpenFailedError (blocked by a tab on an older version)', new Dexie.OpenFailedError('Blocked'), CONNECTION_LOST],
    ['Chrome: a code file gone after an update', new TypeError('Failed to fetch dynamically imported module: https://regain.app/assets/entries-repository-CLC-qjL3.js'), CODE_NOT_LOADED],
    ['Firefox: a code file gone after an update', new TypeError('error loading dynamically imported module: https://regain.app/assets/x.js'), CODE_NOT_LOADED],
    ['Safari: a code file gone after an update', new TypeError('Importing a module script failed.'), CODE_NOT_LOADED],
    ['Vite: a stylesheet gone after an update', new Error('Unable to preload CSS for /assets/data-U8LaUxWU.css'), CODE_NOT_LOADED],
  ])('%s', (_name, error, message) => {
    expect(plainFailure(error)).toEqual({ message, reload: true });
    expect(message).not.toMatch(/Error|module|IDB|Dexie/);
  });

  it('a database that cannot open for lack of space says to free space, not just to reload', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(plainFailure(Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner: quota }))?.message).toBe(OUT_OF_SPACE);
    expect(plainFailure(Object.assign(new Error('open failed'), { name: 'OpenFailedError' }))?.message).toBe(CONNECTION_LOST);
  });

  it('looks inside an error Dexie wrapped around the browser’s', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', new DOMException('The database connection is closing.', 'InvalidStateError'));
    expect(plainFailure(wrapped)?.message).toBe(CONNECTION_LOST);
  });

  it('has no words for an error it does not know, so the screen keeps its own', () => {
    expect(plainFailure(new Error('boom'))).toBeNull();
    expect(plainFailure('a string')).toBeNull();
    expect(plainFailure(null)).toBeNull();
    const loop: { name: string; message: string; inner?: unknown } = { name: 'AbortError', message: 'x' };
    loop.inner = loop;
    expect(plainFailure(loop)).toBeNull();
  });
});

describe('a failed save says what happened, never the error’s own words', () => {
  it('a full disk', () => {
    expect(saveFailureMessage(new StorageFullError(), FALLBACK)).toMatch(/^Your phone is out of storage space/);
  });

  it('a value the schema refused: the sentence, without the field’s name in the code', () => {
    let refused: unknown;
    try {
      parseRecord(profileSchema, { id: 'profile', sex: 'female', units: 'metric', kidneyDisease: false, updatedAt: new Date().toISOString(), planLevel: 9 });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(InvalidRecordError);
    expect((refused as Error).message).toContain('planLevel'); // the developer's message names it…
    const message = saveFailureMessage(refused, FALLBACK);
    expect(message).toBe('Choose a plan level from 0 to 3.'); // …the person's does not
  });

  it('zod’s bare "Invalid input" is no sentence: the screen’s own words instead', () => {
    const bare = Object.assign(new Error('done: Invalid input'), { name: 'InvalidRecordError', sentence: 'Invalid input' });
    expect(saveFailureMessage(bare, FALLBACK)).toBe(FALLBACK);
  });

  it('anything else (a lost connection, code that did not load): the screen’s own words, and the error passed to the app’s banner', async () => {
    // The banner's words live off Today's path: tests/app/error-messages.test.tsx shows them.
    const passed: unknown[] = [];
    const dispatch = vi.fn((event: Event) => passed.push((event as CustomEvent).detail) > 0);
    vi.stubGlobal('dispatchEvent', dispatch);
    try {
      const closed = await closedDatabaseError();
      const notLoaded = new TypeError('Failed to fetch dynamically imported module: /assets/entries-repository-x.js');
      expect(saveFailureMessage(closed, FALLBACK)).toBe(FALLBACK);
      expect(saveFailureMessage(notLoaded, FALLBACK)).toBe(FALLBACK);
      expect(dispatch.mock.calls.map(([event]) => event.type)).toEqual([UNEXPLAINED_FAILURE, UNEXPLAINED_FAILURE]);
      expect(passed).toEqual([closed, notLoaded]);
      expect(passed.map((error) => plainFailure(error)?.message)).toEqual([CONNECTION_LOST, CODE_NOT_LOADED]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('never passes on what it has words for', () => {
    const dispatch = vi.fn(() => true);
    vi.stubGlobal('dispatchEvent', dispatch);
    try {
      saveFailureMessage(new StorageFullError(), FALLBACK);
      saveFailureMessage(Object.assign(new Error('kg: Enter a weight.'), { name: 'InvalidRecordError', sentence: 'Enter a weight.' }), FALLBACK);
      expect(dispatch).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
