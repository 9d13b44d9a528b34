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

/**
 * The file name a response's Content-Disposition gives (RFC 6266): the UTF-8 `filename*` when there is one, else the
 * plain `filename`; undefined when it names none.
 */
export function fileNameFrom(response: Response): string | undefined {
  const header = response.headers.get('Content-Disposition') ?? '';
  const utf8 = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (utf8 !== undefined) {
    try {
      return decodeURIComponent(utf8.trim());
    } catch {
      // a malformed encoding: fall back to the plain name
    }
  }
  const plain = (/filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header))?.[1]?.trim();
  return plain ? plain : undefined;
}
