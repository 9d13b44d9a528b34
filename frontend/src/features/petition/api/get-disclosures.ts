import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { DisclosurePage, DisclosuresQuery } from './types';

/** GET /api/v1/petition-identity-disclosures — for administrators: who saw a petitioner's identity, when and why, newest first. */
export async function getDisclosures(query: DisclosuresQuery): Promise<DisclosurePage> {
  return unwrap(await api.GET('/api/v1/petition-identity-disclosures', { params: { query } }));
}

export function disclosuresQueryOptions(query: DisclosuresQuery) {
  return queryOptions({ queryKey: petitionKeys.disclosureLog(query), queryFn: () => getDisclosures(query), placeholderData: keepPreviousData });
}

export function useDisclosures(query: DisclosuresQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...disclosuresQueryOptions(query), enabled });
}
