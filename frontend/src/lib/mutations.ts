/**
 * For `mutation.mutateAsync(…).then(onDone, shownByTheMutation)`: a failure is shown from the mutation's own state
 * (`error`), the promise only says when it worked, and its rejection is swallowed here so it is never left unhandled.
 *
 * Why not `mutation.mutate(…, { onSuccess })`: TanStack Query drops the callbacks given to `mutate` when the component
 * that called it unmounts before the mutation settles — as a petition's handling form does when its step is no longer
 * allowed once the new petition is in the cache, or a meeting's cancel dialog once the cancelled meeting has no header
 * actions left. The promise of `mutateAsync` settles either way.
 */
export const shownByTheMutation = (): void => undefined;
