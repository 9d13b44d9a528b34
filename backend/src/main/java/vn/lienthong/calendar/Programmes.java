package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.CalendarDtos.ApprovalRequest;
import vn.lienthong.calendar.CalendarDtos.ProgrammeRequest;
import vn.lienthong.calendar.CalendarDtos.ProgrammeResponse;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.notification.Outbox;
import vn.lienthong.kernel.office.OfficeDirectory;
import vn.lienthong.kernel.office.OfficeRef;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Work programmes and their workflow: DRAFT → SUBMITTED (the owning office's leader) → CONSOLIDATED (Party Committee
 * Office) → APPROVED (the standing board's decision, recorded by a Party Committee Office leader) → PUBLISHED, with
 * RETURNED sending a draft back. Each transition is an explicit, audited action that tells the other side.
 */
@Singleton
public class Programmes {
    static final String COLUMNS = "p.*, c.name_vi AS calendar_name, c.body_id, b.name_vi AS body_name, o.name_vi AS office_name, "
            + "(SELECT count(*) FROM programme_item i WHERE i.programme_id = p.id) AS item_count";
    static final String FROM = "programme p JOIN calendar c ON c.id = p.calendar_id JOIN leadership_body b ON b.id = c.body_id JOIN office o ON o.id = p.office_id";

    private final JdbcOperations jdbc;
    private final Sql sql;
    private final SqlPages pages;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final OfficeDirectory directory;
    private final SubmissionDeadlines deadlines;
    private final Clock clock;

    Programmes(JdbcOperations jdbc, Sql sql, SqlPages pages, AuditTrail audit, Notifier notifier, Outbox outbox, Idempotency idempotency,
               OfficeDirectory directory, SubmissionDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.pages = pages;
        this.audit = audit;
        this.notifier = notifier;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.directory = directory;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public Idempotency.Outcome<ProgrammeResponse> create(Caller caller, @Nullable String idempotencyKey, ProgrammeRequest request) {
        CalendarAccess.requireOfficeStaff(caller);
        return idempotency.run(caller, idempotencyKey, "programmes.create", request, ProgrammeResponse.class, () -> {
            Object[] calendar = sql.row("SELECT c.office_id, b.name_vi FROM calendar c JOIN leadership_body b ON b.id = c.body_id WHERE c.id = ? AND c.jurisdiction_id = ?",
                    request.calendarId(), caller.jurisdictionId());
            if (calendar == null) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "The programme refers to unknown data.",
                        List.of(new vn.lienthong.kernel.web.Problem.FieldError("calendarId", "no such calendar in your jurisdiction")), Map.of());
            }
            if (!caller.officeId().equals(calendar[0])) {
                throw ProblemException.forbidden("Only the office that serves this body drafts its programmes.");
            }
            if (!request.periodKind().isStart(request.periodStart())) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "The period does not start on that day.",
                        List.of(new vn.lienthong.kernel.web.Problem.FieldError("periodStart", "must be the first day of the " + request.periodKind().name().toLowerCase()
                                + " (" + request.periodKind().startOf(request.periodStart()) + ")")), Map.of());
            }
            UUID existing = sql.scalar("SELECT id FROM programme WHERE calendar_id = ? AND period_kind = ? AND period_start = ?", UUID.class,
                    request.calendarId(), request.periodKind(), request.periodStart());
            if (existing != null) {
                throw ProblemException.conflict("This calendar already has a programme for that period (" + existing + ").");
            }
            UUID id = UUID.randomUUID();
            LocalDate end = request.periodKind().endOf(request.periodStart());
            String title = request.title() == null || request.title().isBlank()
                    ? "Chương trình công tác " + periodLabel(request.periodKind(), request.periodStart()) + " của " + calendar[1]
                    : request.title().strip();
            Instant now = now();
            sql.exec("""
                    INSERT INTO programme (id, jurisdiction_id, calendar_id, office_id, period_kind, period_start, period_end, title, status, deadline,
                                           created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""",
                    id, caller.jurisdictionId(), request.calendarId(), caller.officeId(), request.periodKind(), request.periodStart(), end, title,
                    deadlines.rule(caller.jurisdictionId(), request.periodKind()).deadlineFor(request.periodStart()), caller.id(), now, now);
            ProgrammeResponse created = get(caller, id);
            audit.record(caller, "CREATE", "programme", id, null, created);
            return created;
        });
    }

    /** "tháng 12/2026", "quý I/2027", "năm 2027", "tuần 30/11/2026 – 06/12/2026". */
    static String periodLabel(PeriodKind kind, LocalDate start) {
        return switch (kind) {
            case YEAR -> "năm " + start.getYear();
            case QUARTER -> "quý " + new String[]{"I", "II", "III", "IV"}[(start.getMonthValue() - 1) / 3] + "/" + start.getYear();
            case MONTH -> "tháng " + start.getMonthValue() + "/" + start.getYear();
            case WEEK -> "tuần " + VietnameseDates.format(start) + " – " + VietnameseDates.format(kind.endOf(start));
        };
    }

    @Transactional(readOnly = true)
    public ProgrammeResponse get(Caller caller, UUID id) {
        Row row = load(caller, id, false);
        return row.response(actions(caller, row));
    }

    public record ListFilter(@Nullable UUID calendarId, @Nullable PeriodKind periodKind, @Nullable ProgrammeStatus status, @Nullable LocalDate periodFrom,
                             @Nullable LocalDate periodTo, @Nullable UUID officeId, @Nullable LocalDate deadlineFrom, @Nullable LocalDate deadlineTo,
                             @Nullable SubmissionTiming submission) {
    }

    @Transactional(readOnly = true)
    public PageResponse<ProgrammeResponse> list(Caller caller, PageParams page, ListFilter filter) {
        CalendarAccess.Condition visible = CalendarAccess.programmeVisible(caller);
        UUID pco = partyCommitteeOffice(caller);
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM)
                .tieBreaker("p.id")
                .where("p.jurisdiction_id = ?", caller.jurisdictionId())
                .where(visible.sql(), visible.params().toArray())
                .whereIfPresent(filter.calendarId(), "p.calendar_id = ?")
                .whereIfPresent(filter.periodKind(), "p.period_kind = ?")
                .whereIfPresent(filter.status(), "p.status = ?")
                .whereIfPresent(filter.periodFrom(), "p.period_end >= ?")
                .whereIfPresent(filter.periodTo(), "p.period_start <= ?")
                .whereIfPresent(filter.officeId(), "p.office_id = ?")
                .whereIfPresent(filter.deadlineFrom(), "p.deadline >= ?")
                .whereIfPresent(filter.deadlineTo(), "p.deadline <= ?")
                .search("search_normalize(p.title)", page.q())
                .updatedSince("p.updated_at", page.updatedSince())
                .sortable("periodStart", "p.period_start").sortable("deadline", "p.deadline").sortable("updatedAt", "p.updated_at")
                .defaultSort("-periodStart");
        if (filter.submission() == SubmissionTiming.MISSING) {
            query.where(filter.submission().condition, LocalDate.now(clock.withZone(Zones.VIETNAM)));
        } else if (filter.submission() != null) {
            query.where(filter.submission().condition);
        }
        return pages.page(query, page, rs -> {
            Row row = Row.of(rs);
            return row.response(actions(caller, row, pco));
        });
    }

    // ---- transitions -------------------------------------------------------------------------------------------

    @Transactional
    public ProgrammeResponse submit(Caller caller, UUID id) {
        Row row = load(caller, id, true);
        if (!row.officeId().equals(caller.officeId()) || !CalendarAccess.isLeader(caller)) {
            throw ProblemException.forbidden("Only a leader of the office that drafts this programme can submit it.");
        }
        requireStatus(row, "submit", ProgrammeStatus.DRAFT, ProgrammeStatus.RETURNED);
        Instant now = now();
        boolean onTime = !now.atZone(Zones.VIETNAM).toLocalDate().isAfter(row.deadline());
        ProgrammeResponse after = move(caller, row, ProgrammeStatus.SUBMITTED, "SUBMIT", "submitted_at = ?, submitted_by = ?, return_comment = NULL", now, caller.id());
        UUID pco = partyCommitteeOffice(caller);
        if (pco != null) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, pco, message("PROGRAMME_SUBMITTED", "Chương trình công tác đã được gửi",
                    row.officeName() + " đã gửi " + row.title() + (onTime ? " (đúng hạn)." : " (quá hạn " + VietnameseDates.format(row.deadline()) + ")."), id));
        }
        return after;
    }

    @Transactional
    public ProgrammeResponse returnToOffice(Caller caller, UUID id, String comment) {
        Row row = load(caller, id, true);
        requirePartyCommitteeOffice(caller, false);
        requireStatus(row, "return", ProgrammeStatus.SUBMITTED, ProgrammeStatus.CONSOLIDATED);
        ProgrammeResponse after = move(caller, row, ProgrammeStatus.RETURNED, "RETURN", "return_comment = ?, consolidated_at = NULL", comment.strip());
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, row.officeId(), message("PROGRAMME_RETURNED", "Chương trình công tác bị trả lại",
                row.title() + " được trả lại để chỉnh sửa: " + comment.strip(), id));
        return after;
    }

    @Transactional
    public ProgrammeResponse consolidate(Caller caller, UUID id) {
        Row row = load(caller, id, true);
        requirePartyCommitteeOffice(caller, false);
        requireStatus(row, "consolidate", ProgrammeStatus.SUBMITTED);
        ProgrammeResponse after = move(caller, row, ProgrammeStatus.CONSOLIDATED, "CONSOLIDATE", "consolidated_at = ?", now());
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, row.officeId(), message("PROGRAMME_CONSOLIDATED", "Chương trình công tác đã được tổng hợp",
                row.title() + " đã được Văn phòng Thành ủy tổng hợp để trình Thường trực quyết định.", id));
        return after;
    }

    @Transactional
    public ProgrammeResponse approve(Caller caller, UUID id, ApprovalRequest request) {
        Row row = load(caller, id, true);
        requirePartyCommitteeOffice(caller, true);
        requireStatus(row, "approve", ProgrammeStatus.CONSOLIDATED);
        ProgrammeResponse after = move(caller, row, ProgrammeStatus.APPROVED, "APPROVE", "decision_reference = ?, decided_on = ?, approved_at = ?",
                request.decisionReference().strip(), request.decidedOn(), now());
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, row.officeId(), message("PROGRAMME_APPROVED", "Chương trình công tác đã được phê duyệt",
                row.title() + " đã được Thường trực quyết định (" + request.decisionReference().strip() + ").", id));
        return after;
    }

    @Transactional
    public ProgrammeResponse publish(Caller caller, UUID id) {
        Row row = load(caller, id, true);
        requirePartyCommitteeOffice(caller, true);
        requireStatus(row, "publish", ProgrammeStatus.APPROVED);
        ProgrammeResponse after = move(caller, row, ProgrammeStatus.PUBLISHED, "PUBLISH", "published_at = ?", now());
        List<Notifier.Delivery> deliveries = new ArrayList<>();
        for (OfficeRef office : directory.offices(caller.jurisdictionId())) {
            deliveries.add(new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.OFFICE, office.id(),
                    message("PROGRAMME_PUBLISHED", "Chương trình công tác đã ban hành", row.title() + " đã được ban hành.", id)));
        }
        notifier.sendAll(deliveries);
        outbox.publish(caller.jurisdictionId(), "calendar.programme.published", "programme", id, Map.of("id", id, "title", row.title()));
        return after;
    }

    private ProgrammeResponse move(Caller caller, Row row, ProgrammeStatus to, String action, String set, Object... values) {
        ProgrammeResponse before = row.response(List.of());
        List<Object> params = new ArrayList<>(List.of(to, now()));
        params.addAll(Arrays.asList(values));
        params.add(row.id());
        sql.exec("UPDATE programme SET status = ?, updated_at = ?, version = version + 1, " + set + " WHERE id = ?", params.toArray());
        Row changed = select(caller.jurisdictionId(), row.id(), false).get(0);
        ProgrammeResponse after = changed.response(actions(caller, changed));
        audit.record(caller, action, "programme", row.id(), before, after);
        return after;
    }

    private static void requireStatus(Row row, String action, ProgrammeStatus... allowed) {
        if (!EnumSet.copyOf(Arrays.asList(allowed)).contains(row.status())) {
            throw ProblemException.conflict("A programme that is " + row.status() + " cannot be " + (action.endsWith("e") ? action + "d" : action + "ed")
                    + "; it must be " + String.join(" or ", Arrays.stream(allowed).map(Enum::name).toList()) + ".");
        }
    }

    private void requirePartyCommitteeOffice(Caller caller, boolean leadersOnly) {
        UUID pco = partyCommitteeOffice(caller);
        if (!CalendarAccess.isOfficeStaff(caller) || !caller.officeId().equals(pco) || (leadersOnly && !CalendarAccess.isLeader(caller))) {
            throw ProblemException.forbidden(leadersOnly ? "Only a leader of the Party Committee Office can do this."
                    : "Only the Party Committee Office consolidates or returns programmes.");
        }
    }

    @Nullable
    UUID partyCommitteeOffice(Caller caller) {
        return directory.partyCommitteeOffice(caller.jurisdictionId()).map(OfficeRef::id).orElse(null);
    }

    private static Notifier.Message message(String kind, String title, String body, UUID id) {
        return new Notifier.Message(kind, title, body, "/programmes/" + id, "programme", id.toString());
    }

    List<ProgrammeAction> actions(Caller caller, Row row) {
        return actions(caller, row, partyCommitteeOffice(caller));
    }

    static List<ProgrammeAction> actions(Caller caller, Row row, @Nullable UUID pco) {
        List<ProgrammeAction> actions = new ArrayList<>();
        if (!CalendarAccess.isOfficeStaff(caller)) {
            return actions;
        }
        boolean owner = caller.officeId().equals(row.officeId());
        boolean partyOffice = caller.officeId().equals(pco);
        boolean leader = CalendarAccess.isLeader(caller);
        ProgrammeStatus s = row.status();
        boolean editable = s == ProgrammeStatus.DRAFT || s == ProgrammeStatus.RETURNED;
        if (owner && editable) {
            actions.add(ProgrammeAction.EDIT_ITEMS);
        }
        if (owner && s == ProgrammeStatus.PUBLISHED) {
            actions.add(ProgrammeAction.AMEND);
        }
        if (owner && leader && editable) {
            actions.add(ProgrammeAction.SUBMIT);
        }
        if (partyOffice && (s == ProgrammeStatus.SUBMITTED || s == ProgrammeStatus.CONSOLIDATED)) {
            actions.add(ProgrammeAction.RETURN);
        }
        if (partyOffice && s == ProgrammeStatus.SUBMITTED) {
            actions.add(ProgrammeAction.CONSOLIDATE);
        }
        if (partyOffice && leader && s == ProgrammeStatus.CONSOLIDATED) {
            actions.add(ProgrammeAction.APPROVE);
        }
        if (partyOffice && leader && s == ProgrammeStatus.APPROVED) {
            actions.add(ProgrammeAction.PUBLISH);
        }
        return actions;
    }

    /** The programme if the caller may see it (404 otherwise); `lock` takes the row for a write. */
    Row load(Caller caller, UUID id, boolean lock) {
        List<Row> rows = select(caller.jurisdictionId(), id, lock);
        if (rows.isEmpty() || !CalendarAccess.sees(caller, rows.get(0).officeId(), rows.get(0).status())) {
            throw ProblemException.notFound("Programme");
        }
        return rows.get(0);
    }

    /** A returned programme leaves the consolidating office's view: the answer to its own action is read without the visibility check. */
    private List<Row> select(UUID jurisdictionId, UUID id, boolean lock) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM " + FROM + " WHERE p.id = ? AND p.jurisdiction_id = ?"
                + (lock ? " FOR UPDATE OF p" : ""), statement -> {
            SqlPages.bind(statement, List.of(id, jurisdictionId));
            List<Row> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(Row.of(rs));
                }
            }
            return found;
        });
    }

    /** A programme row as the services use it. */
    record Row(UUID id, UUID jurisdictionId, UUID calendarId, String calendarName, UUID bodyId, String bodyName, UUID officeId, String officeName,
               PeriodKind periodKind, LocalDate periodStart, LocalDate periodEnd, String title, ProgrammeStatus status, LocalDate deadline,
               @Nullable Instant submittedAt, @Nullable String returnComment, @Nullable String decisionReference, @Nullable LocalDate decidedOn,
               @Nullable Instant approvedAt, @Nullable Instant publishedAt, int revision, long itemCount, long version, Instant updatedAt) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), SqlPages.uuid(rs, "calendar_id"), rs.getString("calendar_name"),
                    SqlPages.uuid(rs, "body_id"), rs.getString("body_name"), SqlPages.uuid(rs, "office_id"), rs.getString("office_name"),
                    PeriodKind.valueOf(rs.getString("period_kind")), rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                    rs.getString("title"), ProgrammeStatus.valueOf(rs.getString("status")), rs.getObject("deadline", LocalDate.class),
                    SqlPages.instant(rs, "submitted_at"), rs.getString("return_comment"), rs.getString("decision_reference"),
                    rs.getObject("decided_on", LocalDate.class), SqlPages.instant(rs, "approved_at"), SqlPages.instant(rs, "published_at"),
                    rs.getInt("revision"), rs.getLong("item_count"), rs.getLong("version"), SqlPages.instant(rs, "updated_at"));
        }

        ProgrammeResponse response(List<ProgrammeAction> actions) {
            Boolean onTime = submittedAt == null ? null : !submittedAt.atZone(Zones.VIETNAM).toLocalDate().isAfter(deadline);
            return new ProgrammeResponse(id, calendarId, calendarName, bodyId, bodyName, officeId, officeName, periodKind, periodStart, periodEnd, title,
                    status, deadline, at(submittedAt), onTime, returnComment, decisionReference, decidedOn, at(approvedAt), at(publishedAt), revision, itemCount,
                    version, at(updatedAt), actions);
        }

        private static java.time.OffsetDateTime at(@Nullable Instant instant) {
            return instant == null ? null : instant.atZone(Zones.VIETNAM).toOffsetDateTime();
        }
    }
}
