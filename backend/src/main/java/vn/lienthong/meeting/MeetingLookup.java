package vn.lienthong.meeting;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.meeting.api.MeetingDirectory;

import java.util.UUID;

@Singleton
class MeetingLookup implements MeetingDirectory {
    private final Sql sql;

    MeetingLookup(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(UUID jurisdictionId, UUID meetingId) {
        return sql.scalar("SELECT count(*) FROM meeting WHERE id = ? AND jurisdiction_id = ?", Long.class, meetingId, jurisdictionId) > 0;
    }
}
