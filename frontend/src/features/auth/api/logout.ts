import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { authClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { tokenStore } from '@/lib/auth/token-store';

/** POST /api/v1/auth/logout — revokes the refresh token. */
export async function logout(refreshToken: string): Promise<void> {
  unwrap(await authClient.POST('/api/v1/auth/logout', { body: { refreshToken } }));
}

export function logoutMutationOptions(): UseMutationOptions<void, Error, void> {
  return {
    mutationKey: ['auth', 'logout'],
    mutationFn: async () => {
      const refreshToken = tokenStore.get()?.refreshToken;
      if (refreshToken) await logout(refreshToken);
    },
  };
}

/**
 * Logs out: revokes the refresh token on the server, then — whether or not that
 * worked — forgets the tokens and cached data and goes to /login.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    ...logoutMutationOptions(),
    onSettled: () => {
      tokenStore.clear({ loggedOut: true });
      queryClient.clear();
      navigate('/login', { replace: true });
    },
  });
}
