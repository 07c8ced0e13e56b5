// Reads and parses a backup file off the page's thread: JSON.parse of a 35 MB
// file takes about a second on a phone, and the screen would freeze for it.
import { backupMessages, isTooDeep, parseBackupJson, type BackupJsonMessage } from './backup-json';

const post = (message: BackupJsonMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<Blob>) => {
  let text: string;
  try {
    text = await event.data.text();
  } catch {
    post({ type: 'failed', parsed: { ok: false, reason: 'unreadable' } });
    return;
  }
  const parsed = parseBackupJson(text);
  if (!parsed.ok) {
    post({ type: 'failed', parsed });
    return;
  }
  try {
    for (const message of backupMessages(parsed.value)) post(message);
  } catch (error) {
    // A value too deep to copy to the page is too deep to check there too.
    post({ type: 'failed', parsed: { ok: false, reason: isTooDeep(error) ? 'too-deep' : 'not-json' } });
  }
};
