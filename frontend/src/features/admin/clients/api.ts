import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CreatedBody, OkBody, Query, RequestBody } from '@/lib/api/operations';
import type { paths } from '@/lib/api/schema';

// Aliases of the generated OpenAPI types of /api/v1/machine-clients.
export type MachineClient = OkBody<paths['/api/v1/machine-clients/{id}']['get']>;
export type MachineClientPage = OkBody<paths['/api/v1/machine-clients']['get']>;
export type MachineClientQuery = Query<paths['/api/v1/machine-clients']['get']>;
export type MachineClientRegistration = RequestBody<paths['/api/v1/machine-clients']['post']>;
export type MachineClientUpdate = RequestBody<paths['/api/v1/machine-clients/{id}']['put']>;
/** A client with its new secret: the answer of a registration or a rotation, the only time the secret is shown. */
export type MachineClientSecret = CreatedBody<paths['/api/v1/machine-clients']['post']>;
export type Scope = MachineClientRegistration['scopes'][number];

export const SCOPES: readonly Scope[] = ['public:read', 'petitions:submit'];

export const machineClientKeys = {
  all: ['machine-clients'] as const,
  list: (query: MachineClientQuery) => [...machineClientKeys.all, 'list', query] as const,
};

const etagOf = (version: number) => `"${version}"`;

/** GET /api/v1/machine-clients — the jurisdiction's clients, never their secrets. */
export async function getMachineClients(query: MachineClientQuery): Promise<MachineClientPage> {
  return unwrap(await api.GET('/api/v1/machine-clients', { params: { query } }));
}

export function useMachineClients(query: MachineClientQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: machineClientKeys.list(query), queryFn: () => getMachineClients(query), placeholderData: keepPreviousData, enabled });
}

/** POST /api/v1/machine-clients with an Idempotency-Key — the answer holds the generated secret, once. */
export async function registerMachineClient({ body, key }: { body: MachineClientRegistration; key: string }): Promise<MachineClientSecret> {
  return unwrap(await api.POST('/api/v1/machine-clients', { params: { header: { 'Idempotency-Key': key } }, body }));
}

/** PUT /api/v1/machine-clients/{id} with If-Match — 412 when someone changed the client meanwhile. */
export async function updateMachineClient({ id, version, body }: { id: string; version: number; body: MachineClientUpdate }): Promise<MachineClient> {
  return unwrap(await api.PUT('/api/v1/machine-clients/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(version) } }, body }));
}

/** POST …/deactivation or …/reactivation — a deactivated client gets no token and its current tokens are refused. */
export async function setMachineClientActive({ id, active }: { id: string; active: boolean }): Promise<MachineClient> {
  return active
    ? unwrap(await api.POST('/api/v1/machine-clients/{id}/reactivation', { params: { path: { id } } }))
    : unwrap(await api.POST('/api/v1/machine-clients/{id}/deactivation', { params: { path: { id } } }));
}

/** POST …/secret-rotations — a new secret, shown once; the old one stops working at once. */
export async function rotateMachineClientSecret(id: string): Promise<MachineClientSecret> {
  return unwrap(await api.POST('/api/v1/machine-clients/{id}/secret-rotations', { params: { path: { id } } }));
}

function useClientMutation<TVariables, TResult>(name: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...machineClientKeys.all, name],
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: machineClientKeys.all }),
  });
}

export const useRegisterMachineClient = () => useClientMutation('register', registerMachineClient);
export const useUpdateMachineClient = () => useClientMutation('update', updateMachineClient);
export const useSetMachineClientActive = () => useClientMutation('active', setMachineClientActive);
export const useRotateMachineClientSecret = () => useClientMutation('rotate', rotateMachineClientSecret);
