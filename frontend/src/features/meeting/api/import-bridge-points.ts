import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { BridgePointImportResult, ImportMode } from './types';

/** At most 5 MiB; the server checks it too. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const IMPORT_ACCEPT = '.xlsx,.csv';

export type ImportBridgePointsInput = { meetingId: string; file: File; mode: ImportMode };

/**
 * POST /api/v1/meetings/{id}/bridge-points/import?mode — multipart with one part `file` (XLSX or CSV). All or nothing:
 * a 422 lists every wrong row as `rows[N].field`.
 */
export async function importBridgePoints({ meetingId, file, mode }: ImportBridgePointsInput): Promise<BridgePointImportResult> {
  return unwrap(
    await api.POST('/api/v1/meetings/{id}/bridge-points/import', {
      params: { path: { id: meetingId }, query: { mode } },
      body: { file: file.name },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

export function importBridgePointsMutationOptions(): UseMutationOptions<BridgePointImportResult, Error, ImportBridgePointsInput> {
  return { mutationKey: [...meetingKeys.all, 'bridge-points', 'import'], mutationFn: importBridgePoints };
}

export function useImportBridgePoints() {
  const queryClient = useQueryClient();
  return useMutation({
    ...importBridgePointsMutationOptions(),
    onSuccess: (_result, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.bridgePoints(meetingId)),
  });
}
