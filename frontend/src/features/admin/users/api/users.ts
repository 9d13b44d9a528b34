import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import type { components, paths } from '@/lib/api/schema';
import type { Query } from '@/lib/api/operations';

export type User = components['schemas']['UserResponse'];
export type UserWithPassword = components['schemas']['UserWithPasswordResponse'];
export type CreateUserRequest = components['schemas']['CreateUserRequest'];
export type UpdateUserRequest = components['schemas']['UpdateUserRequest'];
export type UserQuery = Query<paths['/api/v1/users']['get']>;
export type Office = components['schemas']['OfficeRef'];

export const userKeys = {
  all: ['admin', 'users'] as const,
  list: (query: UserQuery) => ['admin', 'users', 'list', query] as const,
};

/** GET /api/v1/users — q ignores diacritics */
export function usersQueryOptions(query: UserQuery) {
  return queryOptions({
    queryKey: userKeys.list(query),
    queryFn: async () => unwrap(await api.GET('/api/v1/users', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: UserQuery) {
  return useQuery(usersQueryOptions(query));
}

/** GET /api/v1/offices — the jurisdiction's offices, for the office of an account */
export function useOffices() {
  return useQuery({
    queryKey: ['admin', 'offices'],
    queryFn: async () => unwrap(await api.GET('/api/v1/offices')),
    staleTime: 5 * 60_000,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

/** POST /api/v1/users — answers with the one-time password, shown once */
export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: async (body: CreateUserRequest): Promise<UserWithPassword> =>
      unwrap(await api.POST('/api/v1/users', { params: { header: { 'Idempotency-Key': newIdempotencyKey() } }, body })),
    onSuccess: invalidate,
  });
}

/** PUT /api/v1/users/{id} with If-Match */
export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: async ({ user, body }: { user: User; body: UpdateUserRequest }): Promise<User> =>
      unwrap(await api.PUT('/api/v1/users/{id}', { params: { path: { id: user.id }, header: { 'If-Match': `"${user.version}"` } }, body })),
    onSuccess: invalidate,
  });
}

export type UserAction = 'deactivation' | 'reactivation' | 'unlock';

/** POST /api/v1/users/{id}/deactivation | reactivation | unlock */
export function useUserAction() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: UserAction }): Promise<User> => {
      const path = { params: { path: { id } } };
      if (action === 'deactivation') return unwrap(await api.POST('/api/v1/users/{id}/deactivation', path));
      if (action === 'reactivation') return unwrap(await api.POST('/api/v1/users/{id}/reactivation', path));
      return unwrap(await api.POST('/api/v1/users/{id}/unlock', path));
    },
    onSuccess: invalidate,
  });
}

/** POST /api/v1/users/{id}/password-reset — a new one-time password, shown once */
export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: async (id: string): Promise<UserWithPassword> => unwrap(await api.POST('/api/v1/users/{id}/password-reset', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
