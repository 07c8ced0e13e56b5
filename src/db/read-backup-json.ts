import { createBackupAssembler, parseBackupJson, type BackupJsonMessage, type ParsedJson } from './backup-json';

/**
 * Reads a backup file and parses its JSON in a worker, so the screen stays
 * live; where workers are missing (tests in Node) it parses in the page.
 */
export async function readBackupJson(file: Blob): Promise<ParsedJson> {
  if (typeof Worker === 'undefined') return readInPage(file);
  const worker = new Worker(new URL('./backup-json-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ParsedJson>((resolve) => {
      const assembler = createBackupAssembler();
      worker.onmessage = (event: MessageEvent<BackupJsonMessage>) => {
        const message = event.data;
        if (message.type === 'failed') resolve(message.parsed);
        else if (message.type === 'end') resolve({ ok: true, value: assembler.value() });
        else assembler.add(message);
      };
      // The worker's code could not load, or it failed: read it here instead (slower, but it works).
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(readInPage(file));
      };
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}

async function readInPage(file: Blob): Promise<ParsedJson> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return parseBackupJson(text);
}
