/** Hands a downloaded file to the browser under `fileName` (object URL + <a download>). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // give the browser time to start the download before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
