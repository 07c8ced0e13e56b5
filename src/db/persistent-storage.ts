/**
 * Asks the browser to keep our data even when the device runs low on space.
 * We ask after the first saved entry, not on load: browsers grant it more
 * readily once the person has used the site, and an unexplained prompt on
 * first open would be confusing.
 */
let asked = false;

export async function requestPersistentStorageOnce(storage: StorageManager | undefined = navigator.storage): Promise<boolean | null> {
  if (asked || !storage?.persist) return null;
  asked = true;
  return requestPersistentStorage(storage);
}

/** Asks whatever happened before: for when the app has just been installed (see install-prompt-store.ts). */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<boolean | null> {
  if (!storage?.persist) return null;
  if (await storage.persisted()) return true;
  return storage.persist();
}
