package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.CalendarDtos.DeadlineDashboardResponse;
import vn.lienthong.calendar.CalendarDtos.DeadlineRuleRequest;
import vn.lienthong.calendar.CalendarDtos.DeadlineRuleResponse;
import vn.lienthong.calendar.CalendarDtos.DeadlineStatusRow;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.office.OfficeDirectory;
import vn.lienthong.kernel.office.OfficeRef;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.Versions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Submission deadlines as data (one rule per jurisdiction and period kind, defaults from the coordination regulation),
 * the dashboard of who submitted what and when, and the reminders before and on the day.
 */
@Singleton
public class SubmissionDeadlines {
    private final Sql sql;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final OfficeDirectory directory;
    private final Clock clock;

    SubmissionDeadlines(Sql sql, AuditTrail audit, Notifier notifier, OfficeDirectory directory, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.notifier = notifier;
        this.directory = directory;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.VIETNAM));
    }

    @Transactional(readOnly = true)
    public List<DeadlineRule> rules(UUID jurisdictionId) {
        return sql.rows("SELECT period_kind, months_before_start, day_of_month, days_before_start, weekend_shift, reminder_days_before, source, version "
                + "FROM programme_deadline_rule WHERE jurisdiction_id = ? ORDER BY array_position(ARRAY['YEAR','QUARTER','MONTH','WEEK'], period_kind)", jurisdictionId)
                .stream().map(SubmissionDeadlines::rule).toList();
    }

    @Transactional(readOnly = true)
    public DeadlineRule rule(UUID jurisdictionId, PeriodKind kind) {
        return rules(jurisdictionId).stream().filter(r -> r.periodKind() == kind).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "No submission deadline rule for " + kind + " programmes in this jurisdiction."));
    }

    private static DeadlineRule rule(Object[] row) {
        return new DeadlineRule(PeriodKind.valueOf((String) row[0]), (Integer) row[1], (Integer) row[2], (Integer) row[3], WeekendShift.valueOf((String) row[4]),
                (Integer) row[5], (String) row[6], (Long) row[7]);
    }

    @Transactional
    public DeadlineRuleResponse update(Caller caller, PeriodKind kind, @Nullable String ifMatch, DeadlineRuleRequest request) {
        UUID pco = directory.partyCommitteeOffice(caller.jurisdictionId()).map(OfficeRef::id).orElse(null);
        boolean allowed = caller.isAdmin() || (CalendarAccess.isLeader(caller) && caller.officeId() != null && caller.officeId().equals(pco));
        if (!allowed) {
            throw ProblemException.forbidden("Only an administrator or a leader of the Party Committee Office can change deadline rules.");
        }
        DeadlineRule current = rule(caller.jurisdictionId(), kind);
        Versions.requireIfMatch(ifMatch, current.version());
        boolean monthly = request.monthsBeforeStart() != null && request.dayOfMonth() != null && request.daysBeforeStart() == null;
        boolean daily = request.monthsBeforeStart() == null && request.dayOfMonth() == null && request.daysBeforeStart() != null;
        if (!monthly && !daily) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "A rule is either a day of a month before the period or a number of days before it.",
                    List.of(new Problem.FieldError("daysBeforeStart", "give monthsBeforeStart with dayOfMonth, or daysBeforeStart alone")), Map.of());
        }
        int updated = sql.exec("""
                UPDATE programme_deadline_rule SET months_before_start = ?, day_of_month = ?, days_before_start = ?, weekend_shift = ?, reminder_days_before = ?,
                       source = ?, version = version + 1, updated_at = ? WHERE jurisdiction_id = ? AND period_kind = ? AND version = ?""",
                request.monthsBeforeStart(), request.dayOfMonth(), request.daysBeforeStart(), request.weekendShift(), request.reminderDaysBefore(),
                request.source().strip(), Timestamp.from(clock.instant()), caller.jurisdictionId(), kind, current.version());
        Versions.requireWritten(updated, () -> sql.scalar("SELECT version FROM programme_deadline_rule WHERE jurisdiction_id = ? AND period_kind = ?", Long.class,
                caller.jurisdictionId(), kind), "Deadline rule");
        DeadlineRuleResponse after = DeadlineRuleResponse.of(rule(caller.jurisdictionId(), kind));
        audit.record(caller, "UPDATE", "programme_deadline_rule", kind, DeadlineRuleResponse.of(current), after);
        return after;
    }

    /** For every calendar and period kind: the current period and the next, their deadlines and submissions. */
    @Transactional(readOnly = true)
    public DeadlineDashboardResponse dashboard(Caller caller, @Nullable LocalDate on) {
        LocalDate today = on == null ? today() : on;
        List<DeadlineStatusRow> rows = new ArrayList<>();
        List<Object[]> calendars = sql.rows("SELECT c.id, c.name_vi, b.name_vi, c.office_id, o.name_vi FROM calendar c JOIN leadership_body b ON b.id = c.body_id "
                + "JOIN office o ON o.id = c.office_id WHERE c.jurisdiction_id = ? ORDER BY o.code, b.code", caller.jurisdictionId());
        List<DeadlineRule> rules = rules(caller.jurisdictionId());
        Map<String, Object[]> programmes = new HashMap<>();
        LocalDate earliest = today.minusYears(1);
        for (Object[] p : sql.rows("SELECT calendar_id, period_kind, period_start, id, status, submitted_at FROM programme WHERE jurisdiction_id = ? AND period_start >= ?",
                caller.jurisdictionId(), earliest)) {
            programmes.put(p[0] + "|" + p[1] + "|" + p[2], p);
        }
        for (Object[] calendar : calendars) {
            for (DeadlineRule rule : rules) {
                LocalDate current = rule.periodKind().startOf(today);
                for (LocalDate start : List.of(current, rule.periodKind().next(current))) {
                    rows.add(row(calendar, rule, start, today, programmes.get(calendar[0] + "|" + rule.periodKind() + "|" + start)));
                }
            }
        }
        // what is due next first, then what is overdue, then what was submitted; each by deadline
        List<String> order = List.of("DUE", "OVERDUE", "SUBMITTED_LATE", "SUBMITTED_ON_TIME");
        rows.sort(Comparator.comparing((DeadlineStatusRow r) -> order.indexOf(r.state())).thenComparing(DeadlineStatusRow::deadline)
                .thenComparing(DeadlineStatusRow::officeName).thenComparing(DeadlineStatusRow::bodyName));
        return new DeadlineDashboardResponse(today, rows);
    }

    private static DeadlineStatusRow row(Object[] calendar, DeadlineRule rule, LocalDate start, LocalDate today, @Nullable Object[] programme) {
        LocalDate deadline = rule.deadlineFor(start);
        ProgrammeStatus status = programme == null ? null : ProgrammeStatus.valueOf((String) programme[4]);
        Timestamp submitted = programme == null ? null : (Timestamp) programme[5];
        String state;
        if (status != null && status.sharedWithOtherOffices() && submitted != null) {
            state = submitted.toInstant().atZone(Zones.VIETNAM).toLocalDate().isAfter(deadline) ? "SUBMITTED_LATE" : "SUBMITTED_ON_TIME";
        } else {
            state = deadline.isBefore(today) ? "OVERDUE" : "DUE";
        }
        return new DeadlineStatusRow((UUID) calendar[0], (String) calendar[1], (String) calendar[2], (UUID) calendar[3], (String) calendar[4], rule.periodKind(),
                start, rule.periodKind().endOf(start), deadline, ChronoUnit.DAYS.between(today, deadline), programme == null ? null : (UUID) programme[3], status,
                submitted == null ? null : submitted.toInstant().atZone(Zones.VIETNAM).toOffsetDateTime(), state);
    }

    /**
     * The daily reminder: for each calendar whose next programme is not yet submitted, tell its office `reminderDaysBefore`
     * days before the deadline and on the day; once per calendar, period and day. Returns how many reminders went out.
     */
    @Transactional
    public int remind() {
        LocalDate today = today();
        int sent = 0;
        for (Object[] jurisdiction : sql.rows("SELECT id FROM jurisdiction")) {
            UUID j = (UUID) jurisdiction[0];
            DeadlineDashboardResponse board = dashboard(Caller.system(j, "Nhắc hạn gửi chương trình công tác"), today);
            List<Notifier.Delivery> deliveries = new ArrayList<>();
            for (DeadlineStatusRow row : board.rows()) {
                if (!row.state().equals("DUE")) {
                    continue;
                }
                int before = rule(j, row.periodKind()).reminderDaysBefore();
                if (row.daysLeft() != before && row.daysLeft() != 0) {
                    continue;
                }
                int fresh = sql.exec("INSERT INTO programme_deadline_reminder (calendar_id, period_kind, period_start, reminded_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        row.calendarId(), row.periodKind(), row.periodStart(), today);
                if (fresh == 0) {
                    continue;
                }
                String label = Programmes.periodLabel(row.periodKind(), row.periodStart());
                String when = row.daysLeft() == 0 ? "hôm nay (" + VietnameseDates.format(row.deadline()) + ")"
                        : "ngày " + VietnameseDates.format(row.deadline()) + " (còn " + row.daysLeft() + " ngày)";
                deliveries.add(new Notifier.Delivery(j, Notifier.Recipient.OFFICE, row.officeId(), new Notifier.Message("PROGRAMME_DEADLINE",
                        "Sắp đến hạn gửi chương trình công tác", "Chương trình công tác " + label + " của " + row.bodyName()
                        + " cần gửi Văn phòng Thành ủy trước hạn " + when + ".", "/programmes", "calendar", row.calendarId().toString())));
            }
            notifier.sendAll(deliveries);
            sent += deliveries.size();
        }
        return sent;
    }
}
