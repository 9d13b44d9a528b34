import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { Unit } from './types';

const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/** GET /api/v1/units?size=100&activeOn=… — every page, sorted by name (the pickers of the notice form). */
export async function getUnits(activeOn: string): Promise<Unit[]> {
  const units: Unit[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = unwrap(
      await api.GET('/api/v1/units', { params: { query: { page, size: PAGE_SIZE, sort: 'name', activeOn } } }),
    );
    units.push(...data.items);
    if (page + 1 >= data.totalPages) break;
  }
  return units.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export function unitsQueryOptions(activeOn: string) {
  return queryOptions({ queryKey: conclusionKeys.units(activeOn), queryFn: () => getUnits(activeOn), staleTime: 10 * 60_000 });
}

export function useUnits(activeOn: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...unitsQueryOptions(activeOn), enabled });
}
