import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { ClashAcceptanceRequest } from './types';

/** POST /api/v1/clash-acceptances — "accept with a note": the two items may overlap. */
export async function acceptClash(body: ClashAcceptanceRequest): Promise<void> {
  unwrap(await api.POST('/api/v1/clash-acceptances', { body }));
}

export function acceptClashMutationOptions(): UseMutationOptions<void, Error, ClashAcceptanceRequest> {
  return { mutationKey: [...calendarKeys.clashes(), 'accept'], mutationFn: acceptClash };
}

export function useAcceptClash() {
  const queryClient = useQueryClient();
  return useMutation({
    ...acceptClashMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.clashes() }),
  });
}
