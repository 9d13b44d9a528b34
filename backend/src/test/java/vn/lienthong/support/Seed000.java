package vn.lienthong.support;

import java.util.UUID;

/**
 * The meetings of seed 000 (báo cáo sơ kết, 19/9/2024): 45 online conferences from 3 October 2022 to 30 June 2024 with
 * 10,306 bridge points and 419,949 delegates; 76 standing-board, 36 standing-committee and 8 plenum meetings from
 * 1 January 2023 to 30 June 2024; 4 People's Committee sessions. Inserted by SQL in a fresh world, with meetings that
 * must not count around them (cancelled, postponed, planned, just outside the period). The Party Committee Office hosts
 * them all but the sessions; the People's Committee Office supports the first ten conferences and hosts the sessions.
 */
public final class Seed000 {
    private Seed000() {
    }

    /** The world, the standing board (TTTU) whose meetings these are, and the specialist recorded as their creator. */
    public record Meetings(Fixtures.World w, UUID standingBoard, UUID creator) {
    }

    private static UUID kind(Fixtures fixtures, String code) {
        return fixtures.id("SELECT id FROM meeting_kind WHERE jurisdiction_id IS NULL AND code = ?", code);
    }

    /** One INSERT of `count` meetings from generate_series(0, count - 1) i; `startsAt` and `supporting` are SQL over i. */
    private static void meetings(Fixtures fixtures, Meetings s, String tag, int count, String kind, UUID body, UUID host, String format, String status, String startsAt, String supporting) {
        fixtures.update("""
                INSERT INTO meeting (id, jurisdiction_id, kind_id, title, starts_at, ends_at, format, body_id, host_office_id, supporting_office_ids,
                                     confidentiality, status, status_reason, created_by, created_at, updated_at)
                SELECT md5(?::text || ? || i)::uuid, ?, ?, ? || ' số ' || (i + 1), %1$s, %1$s + interval '3 hours', ?, ?, ?, %2$s,
                       'INTERNAL', ?, CASE WHEN ? IN ('CANCELLED', 'POSTPONED') THEN 'Thay đổi kế hoạch' END, ?, now(), now()
                FROM generate_series(0, ? - 1) i""".formatted(startsAt, supporting),
                s.w().jurisdictionId().toString(), tag, s.w().jurisdictionId(), kind(fixtures, kind), tag, format, body, host, status, status, s.creator(), count);
    }

    public static UUID meetingId(Fixtures fixtures, Meetings s, String tag, int i) {
        return fixtures.id("SELECT md5(?::text || ? || ?)::uuid", s.w().jurisdictionId().toString(), tag, i);
    }

    public static Meetings meetings(Fixtures fixtures) {
        Fixtures.World w = fixtures.world();
        UUID standingBoard = UUID.randomUUID();
        fixtures.update("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'TTTU', 'Thường trực Tỉnh ủy', 'Standing Board', now(), now())", standingBoard, w.jurisdictionId(), w.partyOffice());
        Meetings s = new Meetings(w, standingBoard, fixtures.id("SELECT id FROM app_user WHERE username = ?", w.specialist()));
        Meetings mw = s;
        UUID party = w.partyOffice();
        UUID ubnd = w.peoplesCommitteeOffice();
        String noSupport = "'{}'::uuid[]";
        // 45 online conferences, every 14 days from 00:30 on 3 October 2022 (Vietnam time: 2 October in UTC); one in three hybrid;
        // the first ten supported by the People's Committee Office
        meetings(fixtures, s, "Hội nghị trực tuyến", 45, "THEMATIC_CONFERENCE", mw.standingBoard(), party, "ONLINE", "HELD",
                "timestamptz '2022-10-03 00:30+07' + i * interval '14 days'", "CASE WHEN i < 10 THEN ARRAY['" + ubnd + "']::uuid[] ELSE '{}' END");
        fixtures.update("UPDATE meeting SET format = 'HYBRID', status = 'CLOSED' WHERE jurisdiction_id = ? AND title LIKE 'Hội nghị trực tuyến số %' "
                + "AND split_part(title, ' số ', 2)::int % 3 = 0", w.jurisdictionId());
        // 229 bridge points each, 230 at the first: 10,306; 40 delegates present at each, 41 at the first 7,709: 419,949
        fixtures.update("""
                INSERT INTO meeting_bridge_point (id, meeting_id, position, name, expected_delegates, actual_delegates)
                SELECT gen_random_uuid(), md5(?::text || 'Hội nghị trực tuyến' || i)::uuid, p, 'Điểm cầu số ' || p, 45,
                       40 + CASE WHEN row_number() OVER (ORDER BY i, p) <= 7709 THEN 1 ELSE 0 END
                FROM generate_series(0, 44) i, generate_series(1, 229 + CASE WHEN i = 0 THEN 1 ELSE 0 END) p""", w.jurisdictionId().toString());
        // in person, in 2023 and the first half of 2024
        meetings(fixtures, s, "Hội nghị Thường trực", 76, "STANDING_BOARD", mw.standingBoard(), party, "IN_PERSON", "HELD",
                "timestamptz '2023-01-02 08:00+07' + i * interval '7 days'", noSupport);
        meetings(fixtures, s, "Hội nghị Ban Thường vụ", 36, "STANDING_COMMITTEE", mw.standingBoard(), party, "IN_PERSON", "CLOSED",
                "timestamptz '2023-01-05 14:00+07' + i * interval '15 days'", noSupport);
        meetings(fixtures, s, "Hội nghị Ban Chấp hành", 8, "EXECUTIVE_COMMITTEE_PLENUM", mw.standingBoard(), party, "IN_PERSON", "HELD",
                "timestamptz '2023-01-20 08:00+07' + i * interval '70 days'", noSupport);
        meetings(fixtures, s, "Phiên họp UBND", 4, "PEOPLES_COMMITTEE_SESSION", w.body(), ubnd, "IN_PERSON", "HELD",
                "timestamptz '2023-03-01 08:00+07' + i * interval '30 days'", noSupport);
        // must not count: cancelled, postponed and planned ones (with bridge points), held ones just outside the period
        meetings(fixtures, s, "Hội nghị đã hủy", 5, "STANDING_BOARD", mw.standingBoard(), party, "ONLINE", "CANCELLED",
                "timestamptz '2023-02-01 08:00+07' + i * interval '20 days'", noSupport);
        meetings(fixtures, s, "Hội nghị hoãn", 2, "STANDING_BOARD", mw.standingBoard(), party, "HYBRID", "POSTPONED",
                "timestamptz '2024-06-20 08:00+07' + i * interval '2 days'", noSupport);
        meetings(fixtures, s, "Hội nghị sắp tới", 3, "THEMATIC_CONFERENCE", mw.standingBoard(), party, "ONLINE", "PLANNED",
                "timestamptz '2024-06-25 08:00+07' + i * interval '1 day'", noSupport);
        meetings(fixtures, s, "Hội nghị trước kỳ", 1, "STANDING_BOARD", mw.standingBoard(), party, "ONLINE", "HELD",
                "timestamptz '2022-10-02 23:30+07'", noSupport);
        meetings(fixtures, s, "Hội nghị sau kỳ", 1, "STANDING_BOARD", mw.standingBoard(), party, "ONLINE", "HELD",
                "timestamptz '2024-07-01 00:00+07'", noSupport);
        fixtures.update("""
                INSERT INTO meeting_bridge_point (id, meeting_id, position, name, expected_delegates, actual_delegates)
                SELECT gen_random_uuid(), m.id, p, 'Điểm cầu ' || p, 50, 50
                FROM meeting m, generate_series(1, 10) p
                WHERE m.jurisdiction_id = ? AND m.title NOT LIKE 'Hội nghị trực tuyến số %' AND m.format <> 'IN_PERSON'""", w.jurisdictionId());
        // attendance: taken at the first standing-board meeting (8 of 10 present), not at the second (5 invited), not counted at a cancelled one
        invitees(fixtures, meetingId(fixtures, s, "Hội nghị Thường trực", 0), 10, "i <= 8");
        invitees(fixtures, meetingId(fixtures, s, "Hội nghị Thường trực", 1), 5, "NULL");
        invitees(fixtures, meetingId(fixtures, s, "Hội nghị đã hủy", 0), 3, "true");
        return s;
    }

    private static void invitees(Fixtures fixtures, UUID meeting, int count, String attended) {
        fixtures.update("INSERT INTO meeting_invitee (id, meeting_id, kind, person_name, attended, created_at) "
                + "SELECT gen_random_uuid(), ?, 'PERSON', 'Đại biểu ' || i, " + attended + ", now() FROM generate_series(1, ?) i",
                meeting, count);
    }

}
