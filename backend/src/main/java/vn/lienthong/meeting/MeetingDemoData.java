package vn.lienthong.meeting;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.demo.DemoDataLoaded;
import vn.lienthong.kernel.web.Sql;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo meetings for `make run`, made through the services as the demo users would (so they are audited, in the
 * calendars and in the inboxes): last week's standing-board meeting, held and closed with minutes and a notice of its
 * conclusions; today's standing-committee meeting, invited, with agenda and a sound-and-screens task for the People's
 * Committee Office still open in its inbox; next week's online conference with bridge points; a cancelled meeting; and
 * six online conferences of the past months for the statistics. Runs after the calendar demo data (its leaders).
 */
@Singleton
@Order(100)
@Requires(property = "lienthong.demo.enabled", value = "true")
public class MeetingDemoData implements ApplicationEventListener<DemoDataLoaded> {
    private final Sql sql;
    private final Meetings meetings;
    private final Agenda agenda;
    private final Checklist checklist;
    private final Invitations invitations;
    private final Minutes minutes;
    private final Clock clock;

    MeetingDemoData(Sql sql, Meetings meetings, Agenda agenda, Checklist checklist, Invitations invitations, Minutes minutes, Clock clock) {
        this.sql = sql;
        this.meetings = meetings;
        this.agenda = agenda;
        this.checklist = checklist;
        this.invitations = invitations;
        this.minutes = minutes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void onApplicationEvent(DemoDataLoaded event) {
        UUID j = event.jurisdictionId();
        Caller specialist = caller(j, "vptu.chuyenvien");
        Caller leader = caller(j, "vptu.lanhdao");
        UUID vpubnd = id("SELECT id FROM office WHERE jurisdiction_id = ? AND code = 'VPUBND'", j);
        UUID vphd = id("SELECT id FROM office WHERE jurisdiction_id = ? AND code = 'VPDDBQH-HDND'", j);
        UUID standingBoard = id("SELECT id FROM leadership_body WHERE jurisdiction_id = ? AND code = 'TTTU'", j);
        UUID standingCommittee = id("SELECT id FROM leadership_body WHERE jurisdiction_id = ? AND code = 'BTVTU'", j);
        UUID peoplesCommittee = id("SELECT id FROM leadership_body WHERE jurisdiction_id = ? AND code = 'UBND'", j);
        UUID secretary = id("SELECT id FROM leader WHERE jurisdiction_id = ? AND title_vi = 'Bí thư Thành ủy'", j);
        UUID deputy = id("SELECT id FROM leader WHERE jurisdiction_id = ? AND title_vi = 'Phó Bí thư Thường trực Thành ủy'", j);
        UUID homeAffairs = id("SELECT id FROM unit WHERE jurisdiction_id = ? AND kind = 'DEPARTMENT' ORDER BY code LIMIT 1", j);
        List<UUID> leaders = secretary == null ? List.of() : List.of(secretary);
        LocalDate today = LocalDate.now(clock.withZone(Zones.VIETNAM));

        // last week: held and closed
        LocalDate lastWeek = today.minusDays(7);
        UUID closed = meetings.create(specialist, null, request(kind("STANDING_BOARD"), "Hội nghị Thường trực Thành ủy nghe báo cáo tình hình kinh tế – xã hội",
                lastWeek, "08:00", "11:00", "Phòng họp số 1, trụ sở Thành ủy", MeetingFormat.IN_PERSON, standingBoard, leaders, List.of(vpubnd),
                Confidentiality.INTERNAL)).body().id();
        invitations.add(specialist, closed, new Invitations.InviteeRequest(Invitations.InviteeKind.BODY, null, null, null, null, peoplesCommittee, null));
        agenda.add(specialist, closed, new Agenda.ItemRequest(null, "Báo cáo tình hình kinh tế – xã hội", "Chủ tịch UBND thành phố", null, null, null));
        meetings.invite(specialist, closed);
        meetings.hold(specialist, closed);
        minutes.write(specialist, closed, null, new Minutes.MinutesRequest("Thường trực Thành ủy đã nghe UBND thành phố báo cáo tình hình kinh tế – xã hội; "
                + "thống nhất giao UBND thành phố hoàn thiện kế hoạch đầu tư công năm sau.", List.of()));
        meetings.close(leader, closed);
        minutes.notifyOutcome(specialist, closed, new Minutes.OutcomeNoticeRequest("Thường trực Thành ủy kết luận: giao UBND thành phố hoàn thiện kế hoạch đầu tư "
                + "công năm sau, báo cáo Ban Thường vụ trong tháng tới.", null, null));

        // today: invited, preparation under way
        UUID today1 = meetings.create(specialist, null, request(kind("STANDING_COMMITTEE"), "Hội nghị Ban Thường vụ Thành ủy cho ý kiến về quy hoạch Thủ đô",
                today, "14:00", "17:00", "Hội trường Thành ủy", MeetingFormat.IN_PERSON, standingCommittee, leaders, List.of(vpubnd, vphd),
                Confidentiality.INTERNAL)).body().id();
        agenda.add(specialist, today1, new Agenda.ItemRequest(null, "Khai mạc, giới thiệu đại biểu", "Phó Bí thư Thường trực Thành ủy", at(today, "14:00"), at(today, "14:10"), null));
        agenda.add(specialist, today1, new Agenda.ItemRequest(null, "Tờ trình về điều chỉnh quy hoạch chung Thủ đô", "Chủ tịch UBND thành phố", at(today, "14:10"),
                at(today, "15:30"), null));
        invitations.add(specialist, today1, new Invitations.InviteeRequest(Invitations.InviteeKind.BODY, null, null, null, null, peoplesCommittee, null));
        if (homeAffairs != null) {
            invitations.add(specialist, today1, new Invitations.InviteeRequest(Invitations.InviteeKind.UNIT, null, null, null, null, null, homeAffairs));
        }
        checklist.add(specialist, today1, new Checklist.TaskRequest(Checklist.Category.SOUND_AND_SCREENS, "Chuẩn bị âm thanh, màn hình trình chiếu quy hoạch",
                vpubnd, null, at(today, "13:00"), "Bản đồ quy hoạch khổ lớn do Sở Quy hoạch – Kiến trúc cung cấp"));
        UUID hall = checklist.add(specialist, today1, new Checklist.TaskRequest(Checklist.Category.HALL, "Bố trí hội trường, sơ đồ chỗ ngồi",
                specialist.officeId(), null, at(today, "12:00"), null)).id();
        checklist.complete(specialist, hall, "Đã bố trí 60 chỗ ngồi");
        meetings.invite(specialist, today1);

        // next week: an online conference with bridge points
        LocalDate nextWeek = today.plusDays(7);
        UUID online = meetings.create(specialist, null, request(kind("THEMATIC_CONFERENCE"), "Hội nghị trực tuyến quán triệt nghị quyết về chuyển đổi số",
                nextWeek, "08:00", "11:30", "Hội trường Thành ủy và các điểm cầu xã, phường", MeetingFormat.HYBRID, standingCommittee,
                deputy == null ? List.of() : List.of(deputy), List.of(vpubnd), Confidentiality.PUBLIC)).body().id();
        bridgePoints(j, online, 12, false);
        checklist.add(specialist, online, new Checklist.TaskRequest(Checklist.Category.CONNECTION, "Kiểm tra đường truyền tới 12 điểm cầu", vpubnd, null,
                at(nextWeek.minusDays(1), "16:00"), null));

        // a cancelled meeting
        UUID cancelled = meetings.create(specialist, null, request(kind("STANDING_BOARD"), "Hội nghị Thường trực Thành ủy làm việc với Đảng ủy Khối",
                today.plusDays(3), "08:00", "10:00", "Phòng họp số 2, trụ sở Thành ủy", MeetingFormat.IN_PERSON, standingBoard, leaders, List.of(),
                Confidentiality.PUBLIC)).body().id();
        meetings.cancel(specialist, cancelled, "Nội dung đã được xử lý tại hội nghị Ban Thường vụ");

        // six online conferences of the past months, held, with their bridge points and delegates
        for (int m = 1; m <= 6; m++) {
            LocalDate day = today.minusMonths(m).withDayOfMonth(10);
            UUID past = meetings.create(specialist, null, request(kind("THEMATIC_CONFERENCE"), "Hội nghị trực tuyến toàn thành phố tháng " + day.getMonthValue()
                    + "/" + day.getYear(), day, "08:00", "11:00", "Hội trường Thành ủy", MeetingFormat.ONLINE, standingCommittee, leaders, List.of(vpubnd),
                    Confidentiality.PUBLIC)).body().id();
            bridgePoints(j, past, 20 + 5 * m, true);
            invitations.add(specialist, past, new Invitations.InviteeRequest(Invitations.InviteeKind.BODY, null, null, null, null, peoplesCommittee, null));
            meetings.invite(specialist, past);
            meetings.hold(specialist, past);
        }
    }

    private MeetingDtos.MeetingRequest request(UUID kind, String title, LocalDate day, String from, String to, String venue, MeetingFormat format, UUID body,
                                               List<UUID> leaders, List<UUID> supporting, Confidentiality confidentiality) {
        return new MeetingDtos.MeetingRequest(kind, title, at(day, from), at(day, to), venue, format, body, leaders, null, supporting, confidentiality, null, null);
    }

    /** `count` bridge points, one per ward or commune in turn (several per locality when there are fewer of them). */
    private void bridgePoints(UUID j, UUID meeting, int count, boolean held) {
        sql.exec("""
                INSERT INTO meeting_bridge_point (id, meeting_id, position, name, unit_id, address, contact_name, contact_phone, expected_delegates, actual_delegates)
                SELECT gen_random_uuid(), ?, k, 'Điểm cầu số ' || k || ' – ' || u.name, u.id, 'Trụ sở ' || u.name, 'Cán bộ CNTT', '024 3825 ' || lpad(k::text, 4, '0'),
                       30 + (k * 7) % 40, CASE WHEN ? THEN 25 + (k * 7) % 40 END
                FROM generate_series(1, ?) k
                JOIN (SELECT id, name, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS total
                      FROM unit WHERE jurisdiction_id = ? AND kind IN ('WARD', 'COMMUNE')) u ON u.n = (k - 1) % u.total""", meeting, held, count, j);
    }

    private static OffsetDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(Zones.VIETNAM).toOffsetDateTime();
    }

    private UUID kind(String code) {
        return id("SELECT id FROM meeting_kind WHERE jurisdiction_id IS NULL AND code = ?", code);
    }

    private Caller caller(UUID j, String username) {
        Object[] user = sql.row("SELECT id, full_name, office_id, role FROM app_user WHERE jurisdiction_id = ? AND username = ?", j, username);
        return new Caller((UUID) user[0], (String) user[1], Caller.Kind.PERSON, j, (UUID) user[2], null, Role.valueOf((String) user[3]), Set.of());
    }

    private UUID id(String query, Object... values) {
        return sql.scalar(query, UUID.class, values);
    }
}
