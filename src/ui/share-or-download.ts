// Hands a file to the person: the phone's share sheet where it can take files
// (save to Files, send to yourself), a download everywhere else. Chrome on
// Android shares CSV but not JSON, and desktop browsers often share nothing,
// so canShare decides per file.

export type HandOver = 'shared' | 'downloaded' | 'cancelled';

export function canShareFile(file: File): boolean {
  try {
    return typeof navigator.canShare === 'function' && typeof navigator.share === 'function' && navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click returns: give them time.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function shareOrDownload(file: File, how: 'share-if-possible' | 'download'): Promise<HandOver> {
  if (how === 'share-if-possible' && canShareFile(file)) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError (the tap's permission ran out while the file was made) and
      // the like: a download still gets the file to the person.
    }
  }
  downloadFile(file);
  return 'downloaded';
}
