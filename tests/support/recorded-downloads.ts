import { vi } from 'vitest';

export interface RecordedDownload {
  name: string;
  text: () => Promise<string>;
}

/**
 * The test DOM has no object URLs and follows no download link: this records
 * each file the app hands over as a download instead. Call in beforeEach; the
 * returned list fills as the app downloads.
 */
export function recordDownloads(): RecordedDownload[] {
  const downloads: RecordedDownload[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    downloads.push({ name: this.download, text: () => blob.text() });
  });
  return downloads;
}
