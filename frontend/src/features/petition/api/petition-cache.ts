import type { QueryClient } from '@tanstack/react-query';
import { petitionKeys, receptionKeys } from './keys';
import type { Petition } from './types';

/** After a step of the handling: keep the returned petition, let its history, the lists and the statistics fetch again. */
export async function petitionChanged(queryClient: QueryClient, petition: Petition): Promise<void> {
  queryClient.setQueryData(petitionKeys.detail(petition.id), petition);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: petitionKeys.history(petition.id) }),
    queryClient.invalidateQueries({ queryKey: petitionKeys.duplicates(petition.id) }),
    queryClient.invalidateQueries({ queryKey: petitionKeys.assignableHandlers(petition.id) }),
    queryClient.invalidateQueries({ queryKey: petitionKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: petitionKeys.cases() }),
    queryClient.invalidateQueries({ queryKey: petitionKeys.allStatistics() }),
    queryClient.invalidateQueries({ queryKey: receptionKeys.details() }),
  ]);
}
