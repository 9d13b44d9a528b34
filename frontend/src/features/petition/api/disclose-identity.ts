import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { Disclosure, DisclosureRequest } from './types';

export type DiscloseIdentityInput = { id: string; body: DisclosureRequest };

/**
 * POST /api/v1/petitions/{id}/identity-disclosures — an assigned handler sees the petitioners' identities, with a reason;
 * the server records who, when and why.
 */
export async function discloseIdentity({ id, body }: DiscloseIdentityInput): Promise<Disclosure> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/identity-disclosures', { params: { path: { id } }, body }));
}

export function discloseIdentityMutationOptions(): UseMutationOptions<Disclosure, Error, DiscloseIdentityInput> {
  // gcTime 0: the identities leave the mutation cache as soon as the dialog that shows them is gone
  return { mutationKey: [...petitionKeys.all, 'identity-disclosure'], mutationFn: discloseIdentity, gcTime: 0 };
}

/**
 * The identities live in this mutation's result only, for the dialog that asked for them: never in the query cache (the
 * petition's page keeps showing them redacted), never in storage. The dialog resets it when it closes.
 */
export function useDiscloseIdentity() {
  return useMutation(discloseIdentityMutationOptions());
}
