/** How much the app stores and whether the browser has promised to keep it (Settings → Your data). Apart from persistent-storage.ts, which every start-up loads. */
export async function storageStatus(storage: StorageManager | undefined = navigator.storage) {
  if (!storage?.estimate) return null;
  const [persisted, estimate] = await Promise.all([storage.persisted?.() ?? false, storage.estimate()]);
  return { persisted, usageBytes: estimate.usage ?? 0, quotaBytes: estimate.quota ?? 0 };
}
