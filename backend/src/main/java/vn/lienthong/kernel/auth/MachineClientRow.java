package vn.lienthong.kernel.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One machine_client row as the store reads it; never carries the secret's hash (see {@link MachineClientStore.Credentials}). */
record MachineClientRow(UUID id, UUID jurisdictionId, String clientId, String name, List<String> scopes, boolean active,
                        long version, int tokenGeneration, Instant createdAt, Instant updatedAt, Instant secretRotatedAt) {
}
