import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, isProblem } from '@/lib/api/errors';
import type { paths } from '@/lib/api/schema';
import type { RequestBody } from '@/lib/api/operations';

export type ChangePasswordRequest = RequestBody<paths['/api/v1/me/password']['put']>;

/** PUT /api/v1/me/password (204) */
export async function changePassword(body: ChangePasswordRequest): Promise<void> {
  const { response, error } = await api.PUT('/api/v1/me/password', { body });
  if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : null);
}

/** Changes the signed-in person's password; afterwards /me is read again (a one-time password no longer holds them back). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'change-password'],
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['auth', 'me'] }),
  });
}
