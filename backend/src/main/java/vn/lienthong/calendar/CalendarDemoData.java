package vn.lienthong.calendar;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.demo.DemoDataLoaded;
import vn.lienthong.kernel.web.Sql;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Demo calendars for `make run`: Hà Nội's leaders; this month's published programmes of the standing board and the
 * People's Committee (so the week view has something today); next month's standing board programme submitted, the
 * People's Council standing board's submitted, and the People's Committee's draft with an item that clashes with the
 * secretary's schedule.
 */
@Singleton
@Requires(property = "lienthong.demo.enabled", value = "true")
public class CalendarDemoData implements ApplicationEventListener<DemoDataLoaded> {
    private final Sql sql;
    private final SubmissionDeadlines deadlines;
    private final Clock clock;

    CalendarDemoData(Sql sql, SubmissionDeadlines deadlines, Clock clock) {
        this.sql = sql;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void onApplicationEvent(DemoDataLoaded event) {
        UUID j = event.jurisdictionId();
        UUID secretary = leader(j, "TTTU", "Đinh Tiến Dũng", "Bí thư Thành ủy", "Secretary of the City Party Committee", 1);
        UUID deputy = leader(j, "TTTU", "Nguyễn Văn Phong", "Phó Bí thư Thường trực Thành ủy", "Standing Deputy Secretary", 2);
        UUID council = leader(j, "TTHDND", "Nguyễn Ngọc Tuấn", "Chủ tịch HĐND thành phố", "Chairman of the City People's Council", 3);
        UUID chairman = leader(j, "CT-UBND", "Trần Sỹ Thanh", "Chủ tịch UBND thành phố", "Chairman of the City People's Committee", 4);
        UUID vice = leader(j, "PCT-UBND", "Dương Đức Tuấn", "Phó Chủ tịch UBND thành phố", "Vice-chairman of the City People's Committee", 5);
        leader(j, "DDBQH", "Nguyễn Trọng Đông", "Phó Trưởng Đoàn ĐBQH thành phố", "Deputy Head of the National Assembly Delegation", 6);
        leader(j, "UBMTTQ", "Bùi Thị Minh Hoài", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chair of the City Fatherland Front Committee", 7);

        LocalDate today = LocalDate.now(clock.withZone(Zones.VIETNAM));
        LocalDate thisMonth = today.withDayOfMonth(1);
        LocalDate nextMonth = thisMonth.plusMonths(1);
        UUID vptu = office(j, "VPTU");
        UUID vpubnd = office(j, "VPUBND");
        UUID vphd = office(j, "VPDDBQH-HDND");
        UUID hoanKiem = id("SELECT id FROM unit WHERE jurisdiction_id = ? AND code = 'P-HOANKIEM'", j);
        UUID socSon = id("SELECT id FROM unit WHERE jurisdiction_id = ? AND code = 'X-SOCSON'", j);

        UUID standing = programme(j, "TTTU", vptu, thisMonth, "PUBLISHED");
        item(j, standing, "Giao ban Thường trực Thành ủy", today, "08:00", "10:00", "Phòng họp số 1, trụ sở Thành ủy", null, secretary, vptu, "INTERNAL");
        item(j, standing, "Hội nghị Ban Thường vụ Thành ủy", today, "14:00", "17:00", "Hội trường Thành ủy", null, secretary, vptu, "PUBLIC");
        UUID peoples = programme(j, "UBND", vpubnd, thisMonth, "PUBLISHED");
        item(j, peoples, "Tiếp công dân định kỳ của Chủ tịch UBND thành phố", today, "08:00", "11:30", "Trụ sở Tiếp công dân thành phố", hoanKiem, chairman, vpubnd, "PUBLIC");
        item(j, peoples, "Kiểm tra tiến độ dự án đường Vành đai 4", today, "14:00", "16:30", "Công trường Vành đai 4", socSon, vice, vpubnd, "PUBLIC");

        UUID standingNext = programme(j, "TTTU", vptu, nextMonth, "SUBMITTED");
        item(j, standingNext, "Hội nghị Ban Chấp hành Đảng bộ thành phố", nextMonth.plusDays(9), "08:00", "11:30", "Hội trường Thành ủy", null, secretary, vptu, "PUBLIC");
        item(j, standingNext, "Làm việc với Đảng ủy xã Sóc Sơn", nextMonth.plusDays(11), "14:00", "16:30", "Trụ sở Đảng ủy xã Sóc Sơn", socSon, deputy, vptu, "INTERNAL");
        UUID councilNext = programme(j, "TTHDND", vphd, nextMonth, "SUBMITTED");
        item(j, councilNext, "Giám sát việc giải quyết kiến nghị cử tri", nextMonth.plusDays(11), "08:00", "11:00", "Ủy ban nhân dân xã Sóc Sơn", socSon, council, vphd, "PUBLIC");
        UUID peoplesNext = programme(j, "UBND", vpubnd, nextMonth, "DRAFT");
        item(j, peoplesNext, "Báo cáo Thường trực Thành ủy về kế hoạch đầu tư công", nextMonth.plusDays(9), "09:00", "10:30", "Trụ sở Thành ủy", null, secretary, vpubnd,
                "INTERNAL");
        item(j, peoplesNext, "Đối thoại với doanh nghiệp", nextMonth.plusDays(14), "08:00", "11:00", "Trung tâm Hội nghị quốc gia", null, chairman, vpubnd, "PUBLIC");
    }

    private UUID leader(UUID j, String body, String name, String titleVi, String titleEn, int position) {
        UUID id = UUID.randomUUID();
        sql.exec("INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, created_at, updated_at) "
                + "SELECT ?, ?, id, ?, ?, ?, ?, now(), now() FROM leadership_body WHERE jurisdiction_id = ? AND code = ?", id, j, name, titleVi, titleEn, position, j, body);
        return id;
    }

    private UUID programme(UUID j, String body, UUID office, LocalDate start, String status) {
        UUID id = UUID.randomUUID();
        UUID calendar = id("SELECT c.id FROM calendar c JOIN leadership_body b ON b.id = c.body_id WHERE b.jurisdiction_id = ? AND b.code = ?", j, body);
        Timestamp now = Timestamp.from(clock.instant());
        boolean submitted = !status.equals("DRAFT");
        boolean published = status.equals("PUBLISHED");
        LocalDate deadline = deadlines.rule(j, PeriodKind.MONTH).deadlineFor(start);
        sql.exec("""
                INSERT INTO programme (id, jurisdiction_id, calendar_id, office_id, period_kind, period_start, period_end, title, status, deadline, submitted_at,
                                       consolidated_at, decision_reference, decided_on, approved_at, published_at, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'MONTH', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, j, calendar, office, start, PeriodKind.MONTH.endOf(start), "Chương trình công tác " + Programmes.periodLabel(PeriodKind.MONTH, start),
                status, deadline, submitted ? Timestamp.from(deadline.minusDays(1).atStartOfDay(Zones.VIETNAM).toInstant()) : null,
                published ? now : null, published ? "DEMO-TB/TU" : null, published ? start.minusDays(3) : null, published ? now : null, published ? now : null,
                new UUID(0, 0), now, now);
        return id;
    }

    private void item(UUID j, UUID programme, String title, LocalDate day, String from, String to, String venue, UUID locality, UUID leader, UUID office, String visibility) {
        Instant start = day.atTime(LocalTime.parse(from)).atZone(Zones.VIETNAM).toInstant();
        Instant end = day.atTime(LocalTime.parse(to)).atZone(Zones.VIETNAM).toInstant();
        Timestamp now = Timestamp.from(clock.instant());
        sql.exec("""
                INSERT INTO programme_item (id, jurisdiction_id, programme_id, calendar_id, period_kind, title, starts_at, ends_at, venue, locality_unit_id, leader_ids,
                                            participant_persons, serving_office_id, visibility, created_at, updated_at)
                SELECT ?, ?, p.id, p.calendar_id, p.period_kind, ?, ?, ?, ?, ?, ?, ARRAY['Lãnh đạo các sở, ngành liên quan'], ?, ?, ?, ? FROM programme p WHERE p.id = ?""",
                UUID.randomUUID(), j, title, start, end, venue, locality, new UUID[]{leader}, office, visibility, now, now, programme);
    }

    private UUID office(UUID j, String code) {
        return id("SELECT id FROM office WHERE jurisdiction_id = ? AND code = ?", j, code);
    }

    private UUID id(String query, Object... values) {
        return sql.scalar(query, UUID.class, values);
    }
}
