/**
 * For `mutation.mutateAsync(…).then(onDone, shownByTheMutation)`: a failure is shown from the mutation's own state, the
 * promise only says when it worked. (The callbacks given to `mutate` are dropped when the form unmounts first — as a
 * handling form does when its step is no longer allowed once the new petition is in the cache.)
 */
export const shownByTheMutation = (): void => undefined;
