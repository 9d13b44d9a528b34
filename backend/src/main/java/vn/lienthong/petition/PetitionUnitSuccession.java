package vn.lienthong.petition;

import jakarta.inject.Singleton;
import vn.lienthong.kernel.office.OrgDtos.MovedWork;
import vn.lienthong.kernel.office.UnitSuccession;
import vn.lienthong.kernel.web.Sql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A merged unit's open petition work goes to the successor: verifications it has not reported on and forwardings it has
 * not answered, of petitions still being handled (RECEIVED, ACCEPTED, FORWARDED), and voters' recommendations awaiting
 * its answer (ASSIGNED). What was reported, answered, filed, guided or resolved keeps the unit it was given to.
 */
@Singleton
class PetitionUnitSuccession implements UnitSuccession {
    private static final String OPEN_PETITION = "SELECT id FROM petition WHERE jurisdiction_id = ? AND status IN ('RECEIVED', 'ACCEPTED', 'FORWARDED')";

    private final Sql sql;

    PetitionUnitSuccession(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<MovedWork> moveOpenWork(UUID jurisdictionId, UUID from, UUID to, Instant now) {
        int verifications = sql.exec("UPDATE petition_unit_assignment SET unit_id = ? WHERE unit_id = ? AND reported_at IS NULL AND petition_id IN (" + OPEN_PETITION + ")",
                to, from, jurisdictionId);
        int forwardings = sql.exec("UPDATE petition_forwarding SET authority_unit_id = ? WHERE authority_unit_id = ? AND replied_on IS NULL AND petition_id IN ("
                + OPEN_PETITION + ")", to, from, jurisdictionId);
        int recommendations = sql.exec("UPDATE voter_recommendation SET assigned_unit_id = ?, version = version + 1, updated_at = ? "
                + "WHERE jurisdiction_id = ? AND assigned_unit_id = ? AND status = 'ASSIGNED'", to, now, jurisdictionId, from);
        return List.of(new MovedWork("PETITION_VERIFICATION", verifications), new MovedWork("PETITION_FORWARDING", forwardings),
                new MovedWork("VOTER_RECOMMENDATION", recommendations));
    }
}
