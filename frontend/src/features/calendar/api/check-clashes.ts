import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { Clash, ClashCheckRequest } from './types';

/** POST /api/v1/clash-checks — what an activity would clash with; nothing is saved. */
export async function checkClashes(body: ClashCheckRequest, signal?: AbortSignal): Promise<Clash[]> {
  return unwrap(await api.POST('/api/v1/clash-checks', { body, signal })).clashes;
}

export function clashCheckQueryOptions(body: ClashCheckRequest) {
  return queryOptions({
    queryKey: calendarKeys.clashCheck(body),
    queryFn: ({ signal }) => checkClashes(body, signal),
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
}

/** The live check of the item form: `body` null (times not valid yet) checks nothing. */
export function useClashCheck(body: ClashCheckRequest | null) {
  return useQuery({
    ...clashCheckQueryOptions(body ?? ({} as ClashCheckRequest)),
    enabled: body !== null,
  });
}
