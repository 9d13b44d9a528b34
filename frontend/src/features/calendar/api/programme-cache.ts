import type { QueryClient } from '@tanstack/react-query';
import { calendarKeys } from './keys';
import type { Programme } from './types';

/** After a transition: keep the returned programme, let the lists, boards and views fetch again. */
export async function programmeChanged(queryClient: QueryClient, programme: Programme): Promise<void> {
  queryClient.setQueryData(calendarKeys.programme(programme.id), programme);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...calendarKeys.programmes(), 'list'] }),
    queryClient.invalidateQueries({ queryKey: [...calendarKeys.programmes(), 'deadlines'] }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.amendments(programme.id) }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.programmeItems(programme.id) }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.items() }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.clashes() }),
  ]);
}

/** After an item was added, changed or removed: its programme (item count, revision), its items and the views. */
export async function itemsChanged(queryClient: QueryClient, programmeId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: calendarKeys.programme(programmeId) }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.programmeItems(programmeId) }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.amendments(programmeId) }),
    queryClient.invalidateQueries({ queryKey: [...calendarKeys.programmes(), 'list'] }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.items() }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.clashes() }),
  ]);
}
