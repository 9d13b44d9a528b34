/** The `attachmentIds` of a request body: left out when there are none. */
export function withAttachments(ids: readonly string[]): { attachmentIds?: string[] } {
  return ids.length > 0 ? { attachmentIds: [...ids] } : {};
}
