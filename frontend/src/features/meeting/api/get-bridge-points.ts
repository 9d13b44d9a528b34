import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { BridgePoint } from './types';

const PAGE_SIZE = 100;
const MAX_PAGES = 60;

/** GET /api/v1/meetings/{id}/bridge-points — every page, in their order (a conference may have thousands). */
export async function getBridgePoints(id: string): Promise<BridgePoint[]> {
  const points: BridgePoint[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = unwrap(await api.GET('/api/v1/meetings/{id}/bridge-points', { params: { path: { id }, query: { page, size: PAGE_SIZE } } }));
    points.push(...data.items);
    if (page + 1 >= data.totalPages) break;
  }
  return points;
}

export function bridgePointsQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.bridgePoints(id), queryFn: () => getBridgePoints(id) });
}

export function useBridgePoints(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...bridgePointsQueryOptions(id), enabled });
}
