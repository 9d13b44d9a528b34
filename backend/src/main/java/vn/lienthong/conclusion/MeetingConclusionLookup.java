package vn.lienthong.conclusion;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.conclusion.api.MeetingConclusions;
import vn.lienthong.kernel.web.Sql;

import java.util.List;
import java.util.UUID;

@Singleton
class MeetingConclusionLookup implements MeetingConclusions {
    private final Sql sql;

    MeetingConclusionLookup(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConclusionRef> ofMeeting(UUID jurisdictionId, UUID meetingId) {
        return sql.rows("SELECT id, number, issued_on, summary FROM conclusion_document WHERE jurisdiction_id = ? AND meeting_id = ? ORDER BY issued_on, created_at",
                jurisdictionId, meetingId).stream()
                .map(r -> new ConclusionRef((UUID) r[0], (String) r[1], (java.time.LocalDate) r[2], (String) r[3])).toList();
    }
}
