import { onTestFinished, vi } from 'vitest';

/** jsdom has no object URLs: records the blobs handed to URL.createObjectURL until the test ends. */
export function stubObjectUrls(url: string) {
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  const createObjectURL = vi.fn((_blob: Blob) => url);
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = vi.fn();
  onTestFinished(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
  return createObjectURL;
}
