package vn.lienthong.kernel.office;

import vn.lienthong.kernel.office.OrgDtos.MovedWork;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a feature does when a unit is merged into its successor (sáp nhập): it moves its open work assigned to the
 * merged unit to the successor, in the caller's transaction, and says how much moved per kind. Nothing closed changes.
 * The kernel does not know the features: each implements this in its own package and {@link UnitMerger} collects them.
 */
public interface UnitSuccession {
    List<MovedWork> moveOpenWork(UUID jurisdictionId, UUID from, UUID to, Instant now);
}
