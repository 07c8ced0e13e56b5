import { expect, type Page } from '@playwright/test';
import { ROUTE_HEADINGS } from '../src/app/route-list';
import { addDays, todayLocal } from '../src/domain/dates';
import { weekStart } from '../src/domain/weekly-aggregation';

export { ROUTE_HEADINGS };

/** Writes rows straight into one table of the app's IndexedDB database (the app has no test hooks), once the app has created it. */
export async function putRows(page: Page, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'regain'))).toBe(true);
  await page.evaluate(
    ({ table, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('regain');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, rows },
  );
}

/** Every row of one table of the app's IndexedDB database, read as the app stored it. */
export function storedRows(page: Page, table: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('regain');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Array<Record<string, unknown>>);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/**
 * Opens the app and waits until the service worker has installed (its
 * precache is complete) and controls the page: from then on the app must work
 * with the network off.
 */
export async function openWithServiceWorker(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit is not controlled until a reload (no clients.claim: the
  // 'prompt' update flow never takes over a page behind the person's back).
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The Monday `weeks` weeks before this week's, plus `plus` days, never after today. */
export function week(weeks: number, plus = 0): string {
  const day = addDays(weekStart(todayLocal()), -7 * weeks + plus);
  return day > todayLocal() ? todayLocal() : day;
}

/** An entry to write into IndexedDB for a test. */
export type Seed = Record<string, unknown> & { kind: string; day: string };

/**
 * Writes entries and the profile straight into IndexedDB once the app has
 * created its database (the app has no test hooks). The caller reloads, so
 * the app reads them.
 */
export async function seedEntries(page: Page, entries: Seed[], profile: { sex?: 'female' | 'male'; age?: number; heightCm?: number } = {}): Promise<void> {
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'regain'))).toBe(true);
  await page.evaluate(
    ({ entries, yearOfBirth, sex, heightCm }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('regain');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(['entries', 'profile'], 'readwrite');
          const stamp = new Date().toISOString();
          for (const e of entries) tx.objectStore('entries').put({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, ...e });
          tx.objectStore('profile').put({ id: 'profile', units: 'metric', sex, yearOfBirth, ...(heightCm ? { heightCm } : {}), kidneyDisease: false, updatedAt: stamp });
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { entries, yearOfBirth: new Date().getFullYear() - (profile.age ?? 72), sex: profile.sex ?? 'female', heightCm: profile.heightCm },
  );
}
