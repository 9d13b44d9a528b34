import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { authClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { LoginRequest, TokenResponse } from '@/lib/api/types';
import { tokenStore, tokensFromResponse } from '@/lib/auth/token-store';

/** POST /api/v1/auth/login */
export async function login(body: LoginRequest): Promise<TokenResponse> {
  return unwrap(await authClient.POST('/api/v1/auth/login', { body }));
}

export function loginMutationOptions(): UseMutationOptions<TokenResponse, Error, LoginRequest> {
  return {
    mutationKey: ['auth', 'login'],
    mutationFn: login,
    onSuccess: (tokens) => tokenStore.set(tokensFromResponse(tokens)),
  };
}

/** Signs in; on success the tokens are stored and the session starts. */
export function useLogin() {
  return useMutation(loginMutationOptions());
}
