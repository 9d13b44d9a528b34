package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.numbering.ReferenceNumbers;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.petition.VoterRecommendationDtos.AnswerRequest;
import vn.lienthong.petition.VoterRecommendationDtos.AssignmentRequest;
import vn.lienthong.petition.VoterRecommendationDtos.Counts;
import vn.lienthong.petition.VoterRecommendationDtos.NamedRef;
import vn.lienthong.petition.VoterRecommendationDtos.PublicRecommendation;
import vn.lienthong.petition.VoterRecommendationDtos.RecommendationRequest;
import vn.lienthong.petition.VoterRecommendationDtos.RecommendationResponse;
import vn.lienthong.petition.VoterRecommendationDtos.RecommendationSummary;
import vn.lienthong.petition.VoterRecommendationDtos.Statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Voters' recommendations (kiến nghị cử tri, seed 002): gathered at a voter meeting of the NA delegation or the People's
 * Council and recorded by the office serving them (GATHERED), assigned to the competent body with a deadline (ASSIGNED),
 * answered by it (ANSWERED), then published with the answer. The default deadline is the statutory one of
 * {@link StatutoryDeadlines} (kind VOTER_RECOMMENDATION, stage ANSWER: 40 days, 50 for the lead agency on a shared matter —
 * Decision 33/2017/QĐ-TTg, art. 12, counted as the rule's day type says).
 *
 * <p>Who may do what: every office of the jurisdiction reads them (the offices follow up voters' recommendations
 * together, seed 002), administrators too; a unit's officers read those assigned to their unit and answer them. The
 * recording office edits, assigns, answers on the body's behalf and publishes.
 */
@Singleton
public class VoterRecommendations {
    static final String SERIES = "KNCT";
    static final String COLUMNS = "v.*, o.name_vi AS office_name, u.name AS unit_name";
    static final String FROM = "voter_recommendation v JOIN office o ON o.id = v.office_id LEFT JOIN unit u ON u.id = v.assigned_unit_id";

    private final Sql sql;
    private final SqlPages pages;
    private final Idempotency idempotency;
    private final ReferenceNumbers numbers;
    private final StatutoryDeadlines deadlines;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Clock clock;

    VoterRecommendations(Sql sql, SqlPages pages, Idempotency idempotency, ReferenceNumbers numbers, StatutoryDeadlines deadlines, AuditTrail audit,
                         Notifier notifier, Clock clock) {
        this.sql = sql;
        this.pages = pages;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    record Row(UUID id, UUID jurisdictionId, UUID officeId, String officeName, String number, VoterMeetingHost gatheredBy, LocalDate meetingDate,
               String meetingPlace, @Nullable String delegates, String content, @Nullable String topic, @Nullable String note, @Nullable UUID unitId,
               @Nullable String unitName, @Nullable String authority, boolean sharedMatter, @Nullable LocalDate assignedOn, @Nullable LocalDate dueOn,
               @Nullable String dueRule, VoterRecommendationStatus status, @Nullable String answer, @Nullable LocalDate answeredOn,
               @Nullable String answerDocumentNumber, @Nullable String answeredByName, boolean published, @Nullable Instant publishedAt, long version,
               Instant createdAt, Instant updatedAt) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), SqlPages.uuid(rs, "office_id"), rs.getString("office_name"),
                    rs.getString("number"), VoterMeetingHost.valueOf(rs.getString("gathered_by")), rs.getObject("meeting_date", LocalDate.class),
                    rs.getString("meeting_place"), rs.getString("delegates"), rs.getString("content"), rs.getString("topic"), rs.getString("note"),
                    SqlPages.uuid(rs, "assigned_unit_id"), rs.getString("unit_name"), rs.getString("assigned_authority"), rs.getBoolean("shared_matter"),
                    rs.getObject("assigned_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getString("due_rule"),
                    VoterRecommendationStatus.valueOf(rs.getString("status")), rs.getString("answer"), rs.getObject("answered_on", LocalDate.class),
                    rs.getString("answer_document_number"), rs.getString("answered_by_name"), rs.getBoolean("published"), SqlPages.instant(rs, "published_at"),
                    rs.getLong("version"), SqlPages.instant(rs, "created_at"), SqlPages.instant(rs, "updated_at"));
        }

        boolean overdue(LocalDate today) {
            return status == VoterRecommendationStatus.ASSIGNED && dueOn != null && dueOn.isBefore(today);
        }

        @Nullable
        NamedRef unit() {
            return unitId == null ? null : new NamedRef(unitId, unitName);
        }

        RecommendationSummary summary(LocalDate today) {
            return new RecommendationSummary(id, number, gatheredBy, meetingDate, content, topic, unit(), authority, dueOn, status, overdue(today), published,
                    version, at(updatedAt));
        }
    }

    static OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }

    // ---- who may do what ---------------------------------------------------------------------------------------

    private static boolean isOfficeStaff(Caller caller) {
        return PetitionAccess.isOfficeStaff(caller);
    }

    private static boolean isRecordingOffice(Caller caller, Row row) {
        return isOfficeStaff(caller) && caller.officeId().equals(row.officeId());
    }

    private static boolean isAssignedUnitOfficer(Caller caller, Row row) {
        return caller.isPerson() && caller.hasRole(Role.UNIT_OFFICER) && row.unitId() != null && row.unitId().equals(caller.unitId());
    }

    private static void requireRecordingOffice(Caller caller, Row row) {
        if (!isRecordingOffice(caller, row)) {
            throw ProblemException.forbidden("Only the office that recorded this recommendation (" + row.officeName() + ") can do this.");
        }
    }

    /** The recommendations `v` the caller may read, as a condition and its parameters. */
    private static Object[] visible(Caller caller) {
        if (isOfficeStaff(caller) || (caller.isPerson() && caller.isAdmin())) {
            return new Object[]{"TRUE"};
        }
        if (caller.isPerson() && caller.hasRole(Role.UNIT_OFFICER) && caller.unitId() != null) {
            return new Object[]{"v.assigned_unit_id = ?", caller.unitId()};
        }
        return new Object[]{"FALSE"};
    }

    private static List<VoterRecommendationAction> actions(Caller caller, Row row) {
        List<VoterRecommendationAction> actions = new ArrayList<>();
        boolean office = isRecordingOffice(caller, row);
        if (office && row.status() != VoterRecommendationStatus.ANSWERED) {
            actions.add(VoterRecommendationAction.EDIT);
            actions.add(VoterRecommendationAction.ASSIGN);
        }
        if (row.status() == VoterRecommendationStatus.ASSIGNED && (office || isAssignedUnitOfficer(caller, row))) {
            actions.add(VoterRecommendationAction.ANSWER);
        }
        if (office && row.status() == VoterRecommendationStatus.ANSWERED && !row.published()) {
            actions.add(VoterRecommendationAction.PUBLISH);
        }
        return actions;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    Row load(Caller caller, UUID id, boolean lock) {
        Object[] visible = visible(caller);
        List<Object> params = new ArrayList<>(List.of(id, caller.jurisdictionId()));
        params.addAll(List.of(visible).subList(1, visible.length));
        List<Row> rows = sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE v.id = ? AND v.jurisdiction_id = ? AND " + visible[0]
                + (lock ? " FOR UPDATE OF v" : ""), Row::of, params.toArray());
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Voters' recommendation");
        }
        return rows.get(0);
    }

    @Transactional(readOnly = true)
    public RecommendationResponse get(Caller caller, UUID id) {
        return response(caller, load(caller, id, false));
    }

    RecommendationResponse response(Caller caller, Row row) {
        LocalDate today = today();
        return new RecommendationResponse(row.id(), row.number(), row.gatheredBy(), row.meetingDate(), row.content(), row.topic(), row.unit(), row.authority(),
                row.dueOn(), row.status(), row.overdue(today), row.published(), row.version(), at(row.updatedAt()), new NamedRef(row.officeId(), row.officeName()),
                row.meetingPlace(), row.delegates(), row.note(), row.sharedMatter(), row.assignedOn(), row.dueRule(), row.answer(), row.answeredOn(),
                row.answerDocumentNumber(), row.answeredByName(), row.answeredOn() == null || row.dueOn() == null ? null : !row.answeredOn().isAfter(row.dueOn()),
                at(row.publishedAt()), actions(caller, row), at(row.createdAt()));
    }

    public record ListFilter(@Nullable VoterRecommendationStatus status, @Nullable UUID unitId, @Nullable UUID officeId, boolean overdue,
                             @Nullable Boolean published, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    @Transactional(readOnly = true)
    public PageResponse<RecommendationSummary> list(Caller caller, PageParams page, ListFilter filter) {
        requireReader(caller);
        requirePeriod(filter.from(), filter.to());
        LocalDate today = today();
        Object[] visible = visible(caller);
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM)
                .countFrom("voter_recommendation v")
                .tieBreaker("v.id")
                .where("v.jurisdiction_id = ?", caller.jurisdictionId())
                .where((String) visible[0], List.of(visible).subList(1, visible.length).toArray())
                .whereIfPresent(filter.status(), "v.status = ?")
                .whereIfPresent(filter.unitId(), "v.assigned_unit_id = ?")
                .whereIfPresent(filter.officeId(), "v.office_id = ?")
                .whereIfPresent(filter.published(), "v.published = ?")
                .whereIfPresent(filter.from(), "v.meeting_date >= ?")
                .whereIfPresent(filter.to(), "v.meeting_date <= ?")
                .search("v.search_text", page.q())
                .updatedSince("v.updated_at", page.updatedSince())
                .sortable("meetingDate", "v.meeting_date").sortable("dueOn", "v.due_on").sortable("updatedAt", "v.updated_at").sortable("number", "v.number")
                .defaultSort("-meetingDate");
        if (filter.overdue()) {
            query.where("v.status = 'ASSIGNED' AND v.due_on < ?", today);
        }
        return pages.page(query, page, rs -> Row.of(rs).summary(today));
    }

    /** Counts by competent body and in total, for the voter meetings held from `from` to `to`, computed in one query. */
    @Transactional(readOnly = true)
    public Statistics statistics(Caller caller, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID officeId) {
        requireReader(caller);
        requirePeriod(from, to);
        LocalDate today = today();
        List<Object> params = new ArrayList<>(List.of(today, caller.jurisdictionId()));
        StringBuilder where = new StringBuilder("v.jurisdiction_id = ?");
        if (from != null) {
            where.append(" AND v.meeting_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND v.meeting_date <= ?");
            params.add(to);
        }
        if (officeId != null) {
            where.append(" AND v.office_id = ?");
            params.add(officeId);
        }
        if (!isOfficeStaff(caller) && !caller.isAdmin()) {
            where.append(" AND v.assigned_unit_id = ?");
            params.add(caller.unitId());
        }
        List<Object[]> rows = sql.rows("""
                SELECT grouping(v.assigned_unit_id, search_normalize(btrim(v.assigned_authority))) AS total_row,
                       v.assigned_unit_id, min(u.name) AS unit_name, min(v.assigned_authority) AS authority,
                       count(*) AS gathered,
                       count(*) FILTER (WHERE v.status <> 'GATHERED') AS assigned,
                       count(*) FILTER (WHERE v.status = 'ANSWERED') AS answered,
                       count(*) FILTER (WHERE v.status = 'ANSWERED' AND v.answered_on <= v.due_on) AS on_time,
                       count(*) FILTER (WHERE v.status = 'ANSWERED' AND v.answered_on > v.due_on) AS late,
                       count(*) FILTER (WHERE v.status = 'ASSIGNED' AND v.due_on < ?) AS overdue
                FROM voter_recommendation v LEFT JOIN unit u ON u.id = v.assigned_unit_id
                WHERE\s""" + where + """
                \sGROUP BY GROUPING SETS ((v.assigned_unit_id, search_normalize(btrim(v.assigned_authority))), ())
                ORDER BY 1, (v.assigned_unit_id IS NULL AND min(v.assigned_authority) IS NULL), min(u.name), min(v.assigned_authority)""", params.toArray());
        Counts total = new Counts(null, null, 0, 0, 0, 0, 0, 0);
        List<Counts> byAssignee = new ArrayList<>();
        for (Object[] r : rows) {
            UUID unit = (UUID) r[1];
            Counts counts = new Counts(unit == null ? null : new NamedRef(unit, (String) r[2]), (String) r[3], n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]));
            if (n(r[0]) != 0) {
                total = new Counts(null, null, counts.gathered(), counts.assigned(), counts.answered(), counts.answeredOnTime(), counts.answeredLate(),
                        counts.overdue());
            } else {
                byAssignee.add(counts);
            }
        }
        return new Statistics(from, to, today, total, byAssignee);
    }

    /** Published recommendations with their answers, for the e-portal: content and answer, nothing internal. */
    @Transactional(readOnly = true)
    public PageResponse<PublicRecommendation> published(Caller caller, PageParams page, @Nullable LocalDate from, @Nullable LocalDate to) {
        requirePeriod(from, to);
        SqlPages.Query query = new SqlPages.Query("v.id, v.meeting_date, v.topic, v.content, coalesce(u.name, v.assigned_authority) AS answered_by, v.answer, "
                + "v.answered_on, v.answer_document_number", "voter_recommendation v LEFT JOIN unit u ON u.id = v.assigned_unit_id")
                .countFrom("voter_recommendation v")
                .tieBreaker("v.id")
                .where("v.jurisdiction_id = ?", caller.jurisdictionId())
                .where("v.published")
                .whereIfPresent(from, "v.meeting_date >= ?")
                .whereIfPresent(to, "v.meeting_date <= ?")
                .search("search_normalize(v.content || ' ' || coalesce(v.topic, '') || ' ' || v.answer)", page.q())
                .updatedSince("v.updated_at", page.updatedSince())
                .sortable("meetingDate", "v.meeting_date").sortable("answeredOn", "v.answered_on")
                .defaultSort("-meetingDate");
        return pages.page(query, page, rs -> new PublicRecommendation(rs.getObject("meeting_date", LocalDate.class), rs.getString("topic"),
                rs.getString("content"), rs.getString("answered_by"), rs.getString("answer"), rs.getObject("answered_on", LocalDate.class),
                rs.getString("answer_document_number")));
    }

    private static void requireReader(Caller caller) {
        if (!caller.isPerson() || (!isOfficeStaff(caller) && !caller.isAdmin() && caller.unitId() == null)) {
            throw ProblemException.forbidden("Voters' recommendations are followed by the offices and the units they are assigned to.");
        }
    }

    private static void requirePeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    @Transactional
    public Idempotency.Outcome<RecommendationResponse> create(Caller caller, @Nullable String idempotencyKey, RecommendationRequest request) {
        if (!isOfficeStaff(caller)) {
            throw ProblemException.forbidden("Voters' recommendations are recorded by the offices' staff.");
        }
        return idempotency.run(caller, idempotencyKey, "voterRecommendations.create", request, RecommendationResponse.class, () -> {
            validate(request);
            UUID id = UUID.randomUUID();
            Instant now = now();
            String number = numbers.next(caller.officeId(), SERIES, request.meetingDate().getYear()).display();
            sql.exec("""
                    INSERT INTO voter_recommendation (id, jurisdiction_id, office_id, number, gathered_by, meeting_date, meeting_place, delegates, content, topic,
                                                      note, status, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GATHERED', ?, ?, ?)""",
                    id, caller.jurisdictionId(), caller.officeId(), number, request.gatheredBy(), request.meetingDate(), request.meetingPlace().strip(),
                    blankToNull(request.delegates()), request.content().strip(), blankToNull(request.topic()), blankToNull(request.note()), caller.id(), now, now);
            RecommendationResponse created = response(caller, load(caller, id, false));
            audit.record(caller, "CREATE", "voter_recommendation", id, null, created);
            return created;
        });
    }

    @Transactional
    public RecommendationResponse update(Caller caller, UUID id, @Nullable String ifMatch, RecommendationRequest request) {
        Row before = load(caller, id, true);
        requireRecordingOffice(caller, before);
        Versions.requireIfMatch(ifMatch, before.version());
        if (before.status() == VoterRecommendationStatus.ANSWERED) {
            throw ProblemException.conflict("An answered recommendation is not changed any more.");
        }
        validate(request);
        if (before.assignedOn() != null && request.meetingDate().isAfter(before.assignedOn())) {
            throw ProblemException.invalid("meetingDate", "must not be after the day it was assigned (" + VietnameseDates.format(before.assignedOn()) + ")");
        }
        sql.exec("""
                UPDATE voter_recommendation SET gathered_by = ?, meeting_date = ?, meeting_place = ?, delegates = ?, content = ?, topic = ?, note = ?,
                       version = version + 1, updated_at = ?
                WHERE id = ?""",
                request.gatheredBy(), request.meetingDate(), request.meetingPlace().strip(), blankToNull(request.delegates()), request.content().strip(),
                blankToNull(request.topic()), blankToNull(request.note()), now(), id);
        RecommendationResponse after = response(caller, load(caller, id, false));
        audit.record(caller, "UPDATE", "voter_recommendation", id, response(caller, before), after);
        return after;
    }

    @Transactional
    public RecommendationResponse assign(Caller caller, UUID id, AssignmentRequest request) {
        Row before = load(caller, id, true);
        requireRecordingOffice(caller, before);
        if (before.status() == VoterRecommendationStatus.ANSWERED) {
            throw ProblemException.conflict("The recommendation is answered already; it is not assigned again.");
        }
        LocalDate today = today();
        LocalDate assignedOn = request.assignedOn() == null ? today : request.assignedOn();
        boolean shared = Boolean.TRUE.equals(request.sharedMatter());
        String authority = blankToNull(request.authority());
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((request.unitId() == null) == (authority == null)) {
            errors.add(new Problem.FieldError(request.unitId() == null ? "unitId" : "authority", "give the competent body either as a unit (unitId) or in words (authority)"));
        }
        String unitName = null;
        if (request.unitId() != null) {
            Object[] unit = sql.row("SELECT name, valid_from, valid_to FROM unit WHERE id = ? AND jurisdiction_id = ?", request.unitId(), caller.jurisdictionId());
            if (unit == null) {
                errors.add(new Problem.FieldError("unitId", "no such unit in your jurisdiction"));
            } else if (((LocalDate) unit[1]).isAfter(assignedOn) || (unit[2] != null && ((LocalDate) unit[2]).isBefore(assignedOn))) {
                errors.add(new Problem.FieldError("unitId", "the unit does not exist on " + VietnameseDates.format(assignedOn)));
            } else {
                unitName = (String) unit[0];
            }
        }
        if (assignedOn.isAfter(today)) {
            errors.add(new Problem.FieldError("assignedOn", "must not be in the future"));
        } else if (assignedOn.isBefore(before.meetingDate())) {
            errors.add(new Problem.FieldError("assignedOn", "must not be before the voter meeting (" + VietnameseDates.format(before.meetingDate()) + ")"));
        }
        if (request.dueOn() != null && request.dueOn().isBefore(assignedOn)) {
            errors.add(new Problem.FieldError("dueOn", "must not be before the day of the assignment"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The assignment is incomplete or refers to unknown data.", errors, Map.of());
        }
        LocalDate dueOn = request.dueOn();
        String dueRule = null;
        if (dueOn == null) {
            // Decision 33/2017/QĐ-TTg, art. 12: 40 days for the competent body, 50 for the lead agency on a shared matter (rule data, V14)
            StatutoryDeadlines.Due due = deadlines.due(caller.jurisdictionId(), "VOTER_RECOMMENDATION", "ANSWER", null, shared ? "COMPLEX" : "NORMAL", false, assignedOn);
            dueOn = due.dueOn();
            dueRule = due.legalReference();
        }
        sql.exec("""
                UPDATE voter_recommendation SET assigned_unit_id = ?, assigned_authority = ?, shared_matter = ?, assigned_on = ?, due_on = ?, due_rule = ?,
                       status = 'ASSIGNED', version = version + 1, updated_at = ?
                WHERE id = ?""", request.unitId(), authority, shared, assignedOn, dueOn, dueRule, now(), id);
        RecommendationResponse after = response(caller, load(caller, id, false));
        audit.record(caller, "ASSIGN", "voter_recommendation", id, response(caller, before), after);
        if (request.unitId() != null && !request.unitId().equals(before.unitId())) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.UNIT, request.unitId(), new Notifier.Message("VOTER_RECOMMENDATION_ASSIGNED",
                    "Kiến nghị cử tri cần trả lời", before.officeName() + " chuyển kiến nghị cử tri số " + before.number() + " đến " + unitName
                    + " để trả lời trước ngày " + VietnameseDates.format(dueOn) + ".", "/voter-recommendations/" + id, "voter_recommendation", id.toString()));
        }
        return after;
    }

    @Transactional
    public RecommendationResponse answer(Caller caller, UUID id, AnswerRequest request) {
        Row before = load(caller, id, true);
        boolean office = isRecordingOffice(caller, before);
        if (!office && !isAssignedUnitOfficer(caller, before)) {
            throw ProblemException.forbidden("The answer is recorded by the office that follows the recommendation or by an officer of the unit it is assigned to.");
        }
        if (before.status() != VoterRecommendationStatus.ASSIGNED) {
            throw ProblemException.conflict(before.status() == VoterRecommendationStatus.GATHERED
                    ? "Assign the recommendation to the competent body before recording its answer."
                    : "The recommendation is answered already.");
        }
        if (request.answeredOn().isAfter(today())) {
            throw ProblemException.invalid("answeredOn", "must not be in the future");
        }
        if (request.answeredOn().isBefore(before.assignedOn())) {
            throw ProblemException.invalid("answeredOn", "must not be before the day it was assigned (" + VietnameseDates.format(before.assignedOn()) + ")");
        }
        sql.exec("""
                UPDATE voter_recommendation SET status = 'ANSWERED', answer = ?, answered_on = ?, answer_document_number = ?, answered_by_name = ?,
                       version = version + 1, updated_at = ?
                WHERE id = ?""", request.answer().strip(), request.answeredOn(), blankToNull(request.documentNumber()), caller.name(), now(), id);
        RecommendationResponse after = response(caller, load(caller, id, false));
        audit.record(caller, "ANSWER", "voter_recommendation", id, response(caller, before), after);
        if (!office) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, before.officeId(), new Notifier.Message("VOTER_RECOMMENDATION_ANSWERED",
                    "Kiến nghị cử tri đã được trả lời", before.unitName() + " đã trả lời kiến nghị cử tri số " + before.number() + " ngày "
                    + VietnameseDates.format(request.answeredOn()) + ".", "/voter-recommendations/" + id, "voter_recommendation", id.toString()));
        }
        return after;
    }

    @Transactional
    public RecommendationResponse publish(Caller caller, UUID id) {
        Row before = load(caller, id, true);
        requireRecordingOffice(caller, before);
        if (before.status() != VoterRecommendationStatus.ANSWERED) {
            throw ProblemException.conflict("A recommendation is published with its answer: record the answer first.");
        }
        if (before.published()) {
            throw ProblemException.conflict("The recommendation is published already.");
        }
        sql.exec("UPDATE voter_recommendation SET published = true, published_at = ?, version = version + 1, updated_at = ? WHERE id = ?", now(), now(), id);
        RecommendationResponse after = response(caller, load(caller, id, false));
        audit.record(caller, "PUBLISH", "voter_recommendation", id, response(caller, before), after);
        return after;
    }

    private void validate(RecommendationRequest request) {
        if (request.meetingDate().isAfter(today())) {
            throw ProblemException.invalid("meetingDate", "must not be in the future: a recommendation is recorded after the voter meeting");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return clock.instant().atZone(Zones.VIETNAM).toLocalDate();
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
