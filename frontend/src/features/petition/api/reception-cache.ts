import type { QueryClient } from '@tanstack/react-query';
import { receptionKeys } from './keys';
import type { ReceptionSession } from './types';

/** After a change of a session: keep the returned one, let the lists fetch again. */
export async function sessionChanged(queryClient: QueryClient, session: ReceptionSession): Promise<void> {
  queryClient.setQueryData(receptionKeys.detail(session.id), session);
  await queryClient.invalidateQueries({ queryKey: receptionKeys.lists() });
}
