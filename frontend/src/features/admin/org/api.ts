import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import type { OkBody, RequestBody } from '@/lib/api/operations';
import type { paths } from '@/lib/api/schema';

export type Jurisdiction = OkBody<paths['/api/v1/jurisdictions/{id}']['get']>;
export type JurisdictionRequest = RequestBody<paths['/api/v1/jurisdictions']['post']>;
export type Office = OkBody<paths['/api/v1/offices/{id}']['get']>;
export type OfficeRequest = RequestBody<paths['/api/v1/offices']['post']>;
export type Body = OkBody<paths['/api/v1/bodies/{id}']['get']>;
export type BodyRequest = RequestBody<paths['/api/v1/bodies']['post']>;
export type Leader = OkBody<paths['/api/v1/leaders/{id}']['get']>;
export type LeaderCreateRequest = RequestBody<paths['/api/v1/leaders']['post']>;
export type LeaderUpdateRequest = RequestBody<paths['/api/v1/leaders/{id}']['put']>;
export type LeaderPosition = OkBody<paths['/api/v1/leaders/{id}/positions']['get']>[number];
export type LeaderPositionRequest = RequestBody<paths['/api/v1/leaders/{id}/positions']['post']>;
export type Unit = OkBody<paths['/api/v1/units/{id}']['get']>;
export type UnitRequest = RequestBody<paths['/api/v1/units']['post']>;
export type UnitMergeRequest = RequestBody<paths['/api/v1/units/{id}/merger']['post']>;
export type UnitMergeResponse = OkBody<paths['/api/v1/units/{id}/merger']['post']>;

/** One query key per list of the organisation's administration (kept apart from the features' reference caches). */
export const orgKeys = {
  all: ['admin-org'] as const,
  jurisdictions: () => [...orgKeys.all, 'jurisdictions'] as const,
  offices: () => [...orgKeys.all, 'offices'] as const,
  bodies: () => [...orgKeys.all, 'bodies'] as const,
  leaders: (q: string) => [...orgKeys.all, 'leaders', q] as const,
  positions: (id: string) => [...orgKeys.all, 'positions', id] as const,
  units: (q: string, page: number) => [...orgKeys.all, 'units', q, page] as const,
};

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
const idempotent = () => ({ 'Idempotency-Key': newIdempotencyKey() });

export const useJurisdictions = (enabled: boolean) =>
  useQuery({ queryKey: orgKeys.jurisdictions(), queryFn: async () => unwrap(await api.GET('/api/v1/jurisdictions')), enabled });
export const useOffices = () =>
  useQuery({ queryKey: orgKeys.offices(), queryFn: async () => unwrap(await api.GET('/api/v1/offices')) });
export const useBodies = () =>
  useQuery({ queryKey: orgKeys.bodies(), queryFn: async () => unwrap(await api.GET('/api/v1/bodies')) });
export const useLeaders = (q: string) =>
  useQuery({
    queryKey: orgKeys.leaders(q),
    queryFn: async () => unwrap(await api.GET('/api/v1/leaders', { params: { query: { q: q || undefined, includeInactive: true, size: 100 } } })),
  });
export const usePositions = (id: string) =>
  useQuery({ queryKey: orgKeys.positions(id), queryFn: async () => unwrap(await api.GET('/api/v1/leaders/{id}/positions', { params: { path: { id } } })) });
export const useUnits = (q: string, page: number) =>
  useQuery({
    queryKey: orgKeys.units(q, page),
    queryFn: async () => unwrap(await api.GET('/api/v1/units', { params: { query: { q: q || undefined, page, size: 50, sort: 'name' } } })),
  });

/** A mutation that refreshes every list of the administration when it succeeds (the lists are short). */
function useOrgMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }) });
}

export const useSaveJurisdiction = () =>
  useOrgMutation(async ({ id, version, body }: { id?: string; version?: number; body: JurisdictionRequest }) =>
    id === undefined
      ? unwrap(await api.POST('/api/v1/jurisdictions', { params: { header: idempotent() }, body }))
      : unwrap(await api.PUT('/api/v1/jurisdictions/{id}', { params: { path: { id }, header: ifMatch(version ?? 0) }, body })),
  );
export const useSaveOffice = () =>
  useOrgMutation(async ({ id, version, body }: { id?: string; version?: number; body: OfficeRequest }) =>
    id === undefined
      ? unwrap(await api.POST('/api/v1/offices', { params: { header: idempotent() }, body }))
      : unwrap(await api.PUT('/api/v1/offices/{id}', { params: { path: { id }, header: ifMatch(version ?? 0) }, body })),
  );
export const useSaveBody = () =>
  useOrgMutation(async ({ id, version, body }: { id?: string; version?: number; body: BodyRequest }) =>
    id === undefined
      ? unwrap(await api.POST('/api/v1/bodies', { params: { header: idempotent() }, body }))
      : unwrap(await api.PUT('/api/v1/bodies/{id}', { params: { path: { id }, header: ifMatch(version ?? 0) }, body })),
  );
export const useCreateLeader = () =>
  useOrgMutation(async (body: LeaderCreateRequest) => unwrap(await api.POST('/api/v1/leaders', { params: { header: idempotent() }, body })));
export const useUpdateLeader = () =>
  useOrgMutation(async ({ id, version, body }: { id: string; version: number; body: LeaderUpdateRequest }) =>
    unwrap(await api.PUT('/api/v1/leaders/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
  );
export const useMoveLeader = () =>
  useOrgMutation(async ({ id, body }: { id: string; body: LeaderPositionRequest }) =>
    unwrap(await api.POST('/api/v1/leaders/{id}/positions', { params: { path: { id }, header: idempotent() }, body })),
  );
export const useSaveUnit = () =>
  useOrgMutation(async ({ id, version, body }: { id?: string; version?: number; body: UnitRequest }) =>
    id === undefined
      ? unwrap(await api.POST('/api/v1/units', { params: { header: idempotent() }, body }))
      : unwrap(await api.PUT('/api/v1/units/{id}', { params: { path: { id }, header: ifMatch(version ?? 0) }, body })),
  );
export const useMergeUnit = () =>
  useOrgMutation(async ({ id, body }: { id: string; body: UnitMergeRequest }) =>
    unwrap(await api.POST('/api/v1/units/{id}/merger', { params: { path: { id } }, body })),
  );
