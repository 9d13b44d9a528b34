import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { receptionKeys } from './keys';
import type { PetitionSummary } from './types';

/** GET /api/v1/reception-sessions/{id}/petitions — those of the caller's office recorded at the session; never an identity. */
export async function getReceptionPetitions(id: string): Promise<PetitionSummary[]> {
  return unwrap(await api.GET('/api/v1/reception-sessions/{id}/petitions', { params: { path: { id } } }));
}

export function receptionPetitionsQueryOptions(id: string) {
  return queryOptions({ queryKey: receptionKeys.petitions(id), queryFn: () => getReceptionPetitions(id) });
}

export function useReceptionPetitions(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...receptionPetitionsQueryOptions(id), enabled });
}
