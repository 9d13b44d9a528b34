/** The ETag of a version, as the GET sends it and If-Match expects it: `"3"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}
