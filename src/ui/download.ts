/** Saves text as a file through a Blob URL and a temporary <a download>; the URL is revoked once the click is done. */

/** Options of {@link downloadText}. */
export const defaultDownloadOptions = {
  /** Delay before revoking the object URL, ms (Chromium starts the download asynchronously). */
  revokeAfterMs: 10_000,
};

/** Offer `text` as a download named `fileName` with the given MIME type. */
export function downloadText(text: string, fileName: string, mimeType: string, options: Partial<typeof defaultDownloadOptions> = {}): void {
  const { revokeAfterMs } = { ...defaultDownloadOptions, ...options };
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
