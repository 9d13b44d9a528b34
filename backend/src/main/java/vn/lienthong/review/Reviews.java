package vn.lienthong.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.conclusion.api.ReviewTasks;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.numbering.ReferenceNumbers;
import vn.lienthong.kernel.office.OfficeDirectory;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.meeting.api.MeetingDirectory;
import vn.lienthong.review.ReviewDtos.FindingRequest;
import vn.lienthong.review.ReviewDtos.FindingResponse;
import vn.lienthong.review.ReviewDtos.Figures;
import vn.lienthong.review.ReviewDtos.OfficeRef;
import vn.lienthong.review.ReviewDtos.ProposalTaskRequest;
import vn.lienthong.review.ReviewDtos.ReviewRequest;
import vn.lienthong.review.ReviewDtos.ReviewResponse;
import vn.lienthong.review.ReviewDtos.ReviewSummary;
import vn.lienthong.review.ReviewDtos.TaskProgress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reviews of the offices' coordination: the host office records the period and the participants, reads the figures the
 * other features compute for it, writes the findings, turns proposals into tracked tasks, and a leader of the host office
 * finalises it, which freezes the figures in a snapshot.
 */
@Singleton
public class Reviews {
    static final int MAX_DAYS = 3660;

    private final Sql sql;
    private final SqlPages pages;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final ReferenceNumbers numbers;
    private final OfficeDirectory directory;
    private final HostRotation rotation;
    private final ReviewFigures figures;
    private final ReviewTasks tasks;
    private final MeetingDirectory meetings;
    private final Notifier notifier;
    private final JsonMapper json;
    private final Clock clock;

    Reviews(Sql sql, SqlPages pages, AuditTrail audit, Idempotency idempotency, ReferenceNumbers numbers, OfficeDirectory directory, HostRotation rotation,
            ReviewFigures figures, ReviewTasks tasks, MeetingDirectory meetings, Notifier notifier, JsonMapper json, Clock clock) {
        this.sql = sql;
        this.pages = pages;
        this.audit = audit;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.directory = directory;
        this.rotation = rotation;
        this.figures = figures;
        this.tasks = tasks;
        this.meetings = meetings;
        this.notifier = notifier;
        this.json = json;
        this.clock = clock;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.VIETNAM));
    }

    /** A review as stored. */
    record Row(UUID id, UUID jurisdictionId, String number, ReviewKind kind, String title, LocalDate periodFrom, LocalDate periodTo, UUID hostOfficeId,
               List<UUID> participatingOfficeIds, @Nullable UUID meetingId, ReviewStatus status, @Nullable String figures, @Nullable Instant finalisedAt,
               @Nullable String finalisedBy, long version, Instant createdAt, Instant updatedAt) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), rs.getString("number"), ReviewKind.valueOf(rs.getString("kind")),
                    rs.getString("title"), rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                    SqlPages.uuid(rs, "host_office_id"), Arrays.asList((UUID[]) rs.getArray("participating_office_ids").getArray()),
                    SqlPages.uuid(rs, "meeting_id"), ReviewStatus.valueOf(rs.getString("status")), rs.getString("figures"),
                    SqlPages.instant(rs, "finalised_at"), rs.getString("finalised_by_name"), rs.getLong("version"), SqlPages.instant(rs, "created_at"),
                    SqlPages.instant(rs, "updated_at"));
        }

        boolean draft() {
            return status == ReviewStatus.DRAFT;
        }
    }

    // ---- reviews -----------------------------------------------------------------------------------------------

    @Transactional
    public Idempotency.Outcome<ReviewResponse> create(Caller caller, @Nullable String idempotencyKey, ReviewRequest request) {
        ReviewAccess.requireReader(caller);
        if (!ReviewAccess.isHostStaff(caller, request.hostOfficeId())) {
            throw ProblemException.forbidden("The host office's own staff record its review.");
        }
        return idempotency.run(caller, idempotencyKey, "reviews.create", request, ReviewResponse.class, () -> {
            List<UUID> participants = checked(caller, request);
            UUID id = UUID.randomUUID();
            Instant now = now();
            String number = numbers.next(request.hostOfficeId(), "REVIEW", today().getYear()).display();
            sql.exec("""
                    INSERT INTO review (id, jurisdiction_id, number, kind, title, period_from, period_to, host_office_id, participating_office_ids, meeting_id,
                                        status, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""",
                    id, caller.jurisdictionId(), number, request.kind(), request.title().strip(), request.periodFrom(), request.periodTo(), request.hostOfficeId(),
                    participants.toArray(UUID[]::new), request.meetingId(), caller.id(), now, now);
            ReviewResponse created = get(caller, id);
            audit.record(caller, "CREATE", "review", id, null, created);
            for (UUID office : participants) {
                notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, office, new Notifier.Message("REVIEW_OPENED",
                        "Đánh giá công tác phối hợp", created.hostOffice().name() + " chủ trì: " + created.title(), "/reviews/" + id, "review", id.toString()));
            }
            return created;
        });
    }

    @Transactional
    public ReviewResponse update(Caller caller, UUID id, @Nullable String ifMatch, ReviewRequest request) {
        Row row = editable(caller, id);
        Versions.requireIfMatch(ifMatch, row.version());
        if (!request.hostOfficeId().equals(row.hostOfficeId())) {
            throw ProblemException.invalid("hostOfficeId", "the host office of a review does not change; record a new review instead");
        }
        List<UUID> participants = checked(caller, request);
        ReviewResponse before = get(caller, id);
        sql.exec("""
                UPDATE review SET kind = ?, title = ?, period_from = ?, period_to = ?, participating_office_ids = ?, meeting_id = ?, version = version + 1,
                                  updated_at = ?
                WHERE id = ?""", request.kind(), request.title().strip(), request.periodFrom(), request.periodTo(), participants.toArray(UUID[]::new),
                request.meetingId(), now(), id);
        ReviewResponse after = get(caller, id);
        audit.record(caller, "UPDATE", "review", id, before, after);
        return after;
    }

    /** The period, the offices and the meeting, checked; returns the participating offices (default: every other office). */
    private List<UUID> checked(Caller caller, ReviewRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.periodTo().isBefore(request.periodFrom())) {
            errors.add(new Problem.FieldError("periodTo", "the period must not end before it starts"));
        } else if (ChronoUnit.DAYS.between(request.periodFrom(), request.periodTo()) > MAX_DAYS) {
            errors.add(new Problem.FieldError("periodTo", "a review covers at most ten years"));
        }
        List<UUID> all = directory.offices(caller.jurisdictionId()).stream().map(vn.lienthong.kernel.office.OfficeRef::id).toList();
        List<UUID> participants;
        if (request.participatingOfficeIds() == null || request.participatingOfficeIds().isEmpty()) {
            participants = all.stream().filter(o -> !o.equals(request.hostOfficeId())).toList();
        } else {
            participants = request.participatingOfficeIds().stream().distinct().toList();
            if (!all.containsAll(participants)) {
                errors.add(new Problem.FieldError("participatingOfficeIds", "no such office in this jurisdiction"));
            } else if (participants.contains(request.hostOfficeId())) {
                errors.add(new Problem.FieldError("participatingOfficeIds", "the host office is not also a participant"));
            }
        }
        if (request.meetingId() != null && !meetings.exists(caller.jurisdictionId(), request.meetingId())) {
            errors.add(new Problem.FieldError("meetingId", "no such meeting in this jurisdiction"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The review's period, offices or meeting are not valid.", errors, Map.of());
        }
        return participants;
    }

    @Transactional(readOnly = true)
    public ReviewResponse get(Caller caller, UUID id) {
        Row row = load(caller, id, false);
        return response(caller, row);
    }

    @Transactional(readOnly = true)
    public PageResponse<ReviewSummary> list(Caller caller, PageParams page, @Nullable ReviewKind kind, @Nullable ReviewStatus status, @Nullable Integer year,
                                            @Nullable UUID hostOfficeId) {
        ReviewAccess.requireReader(caller);
        Map<UUID, OfficeRef> offices = offices(caller.jurisdictionId());
        SqlPages.Query query = new SqlPages.Query("r.*", "review r")
                .tieBreaker("r.id")
                .where("r.jurisdiction_id = ?", caller.jurisdictionId())
                .whereIfPresent(kind, "r.kind = ?")
                .whereIfPresent(status, "r.status = ?")
                .whereIfPresent(hostOfficeId, "r.host_office_id = ?")
                .search("r.search_text", page.q())
                .updatedSince("r.updated_at", page.updatedSince())
                .sortable("periodTo", "r.period_to").sortable("periodFrom", "r.period_from").sortable("updatedAt", "r.updated_at")
                .defaultSort("-periodTo");
        if (year != null) {
            query.where("r.period_from <= ? AND r.period_to >= ?", LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
        }
        return pages.page(query, page, rs -> {
            Row r = Row.of(rs);
            return new ReviewSummary(r.id(), r.number(), r.kind(), r.title(), r.periodFrom(), r.periodTo(), offices.get(r.hostOfficeId()), r.status(),
                    at(r.finalisedAt()), r.version(), at(r.updatedAt()));
        });
    }

    /** The review, 404 when it is not in the caller's jurisdiction (or the caller may not read reviews: 403). */
    Row load(Caller caller, UUID id, boolean forUpdate) {
        ReviewAccess.requireReader(caller);
        List<Row> rows = sql.query("SELECT * FROM review WHERE id = ? AND jurisdiction_id = ?" + (forUpdate ? " FOR UPDATE" : ""), Row::of, id,
                caller.jurisdictionId());
        if (rows.isEmpty()) {
            throw ProblemException.notFound("review");
        }
        return rows.get(0);
    }

    /** A draft the caller's office hosts, locked for the change. */
    private Row editable(Caller caller, UUID id) {
        Row row = load(caller, id, true);
        if (!ReviewAccess.isHostStaff(caller, row.hostOfficeId())) {
            throw ProblemException.forbidden("Only the host office's staff edit the review.");
        }
        if (!row.draft()) {
            throw ProblemException.conflict("The review is finalised: its report does not change any more.");
        }
        return row;
    }

    private Map<UUID, OfficeRef> offices(UUID jurisdictionId) {
        Map<UUID, OfficeRef> out = new LinkedHashMap<>();
        directory.offices(jurisdictionId).forEach(o -> out.put(o.id(), HostRotation.ref(o)));
        return out;
    }

    ReviewResponse response(Caller caller, Row row) {
        Map<UUID, OfficeRef> offices = offices(row.jurisdictionId());
        List<FindingRow> findingRows = sql.query("SELECT * FROM review_finding WHERE review_id = ? ORDER BY array_position(ARRAY['RESULT', 'SHORTCOMING', 'LESSON', "
                + "'PROPOSAL'], section), position", FindingRow::of, row.id());
        Map<UUID, ReviewTasks.Progress> progress = tasks.progress(row.jurisdictionId(),
                findingRows.stream().map(FindingRow::taskId).filter(Objects::nonNull).toList());
        List<FindingResponse> findings = findingRows.stream().map(f -> f.response(progress.get(f.taskId()))).toList();
        List<ReviewAction> actions = new ArrayList<>();
        if (row.draft() && ReviewAccess.isHostStaff(caller, row.hostOfficeId())) {
            actions.add(ReviewAction.EDIT);
        }
        if (row.draft() && ReviewAccess.isHostLeader(caller, row.hostOfficeId())) {
            actions.add(ReviewAction.FINALISE);
        }
        if (ReviewAccess.isHostStaff(caller, row.hostOfficeId()) && findingRows.stream().anyMatch(f -> f.section() == FindingSection.PROPOSAL && f.taskId() == null)) {
            actions.add(ReviewAction.CONVERT_PROPOSAL);
        }
        return new ReviewResponse(row.id(), row.number(), row.kind(), row.title(), row.periodFrom(), row.periodTo(), offices.get(row.hostOfficeId()),
                row.participatingOfficeIds().stream().map(offices::get).filter(Objects::nonNull).toList(), row.meetingId(), row.status(), at(row.finalisedAt()),
                row.finalisedBy(), findings, actions, row.version(), at(row.createdAt()), at(row.updatedAt()));
    }

    private static OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }

    // ---- figures ------------------------------------------------------------------------------------------------

    /** Computed afresh for a draft; the frozen snapshot for a finalised review. */
    @Transactional(readOnly = true)
    public Figures figures(Caller caller, UUID id) {
        Row row = load(caller, id, false);
        if (!row.draft()) {
            try {
                return json.readValue(row.figures(), Figures.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return compute(row);
    }

    private Figures compute(Row row) {
        Map<UUID, OfficeRef> all = offices(row.jurisdictionId());
        List<OfficeRef> offices = new ArrayList<>();
        offices.add(all.get(row.hostOfficeId()));
        // the participants in the hosting order, so that every review lists the offices alike
        for (OfficeRef office : rotation.order(row.jurisdictionId()).offices()) {
            if (row.participatingOfficeIds().contains(office.id())) {
                offices.add(office);
            }
        }
        return figures.compute(row.id(), row.jurisdictionId(), offices, row.periodFrom(), row.periodTo());
    }

    @Transactional
    public ReviewResponse finalise(Caller caller, UUID id) {
        Row row = load(caller, id, true);
        if (!ReviewAccess.isHostLeader(caller, row.hostOfficeId())) {
            throw ProblemException.forbidden("A leader of the host office finalises the review.");
        }
        if (!row.draft()) {
            throw ProblemException.conflict("The review is already finalised.");
        }
        Figures computed = compute(row);
        Figures frozen = new Figures(computed.reviewId(), computed.from(), computed.to(), computed.previousFrom(), computed.previousTo(), computed.computedAt(),
                true, computed.offices(), computed.sections());
        String snapshot;
        try {
            snapshot = json.writeValueAsString(frozen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = now();
        sql.exec("UPDATE review SET status = 'FINALISED', figures = ?::jsonb, finalised_at = ?, finalised_by = ?, finalised_by_name = ?, version = version + 1, "
                + "updated_at = ? WHERE id = ?", snapshot, now, caller.id(), caller.name(), now, id);
        audit.record(caller, "FINALISE", "review", id, Map.of("status", "DRAFT"), Map.of("status", "FINALISED", "figuresComputedAt", computed.computedAt().toString()));
        ReviewResponse after = get(caller, id);
        for (OfficeRef office : after.participatingOffices()) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, office.id(), new Notifier.Message("REVIEW_FINALISED",
                    "Báo cáo đánh giá đã hoàn thành", after.title(), "/reviews/" + id, "review", id.toString()));
        }
        return after;
    }

    // ---- findings -----------------------------------------------------------------------------------------------

    record FindingRow(UUID id, FindingSection section, int position, String content, @Nullable String cause, @Nullable UUID taskId, long version,
                      Instant updatedAt) {
        static FindingRow of(ResultSet rs) throws SQLException {
            return new FindingRow(SqlPages.uuid(rs, "id"), FindingSection.valueOf(rs.getString("section")), rs.getInt("position"), rs.getString("content"),
                    rs.getString("cause"), SqlPages.uuid(rs, "task_id"), rs.getLong("version"), SqlPages.instant(rs, "updated_at"));
        }

        FindingResponse response(@Nullable ReviewTasks.Progress p) {
            TaskProgress task = p == null ? null
                    : new TaskProgress(p.taskId(), p.status(), p.progressPercent(), p.deadline(), p.completedOn(), p.leadUnitId(), p.leadUnitName());
            return new FindingResponse(id, section, position, content, cause, task, version, at(updatedAt));
        }
    }

    private static void checkFinding(FindingRequest request) {
        if (request.cause() != null && !request.cause().isBlank() && request.section() != FindingSection.SHORTCOMING) {
            throw ProblemException.invalid("cause", "only a shortcoming (SHORTCOMING) has a cause");
        }
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Transactional
    public FindingResponse addFinding(Caller caller, UUID reviewId, FindingRequest request) {
        editable(caller, reviewId);
        checkFinding(request);
        UUID id = UUID.randomUUID();
        Instant now = now();
        sql.exec("""
                INSERT INTO review_finding (id, review_id, section, position, content, cause, created_by, created_at, updated_at)
                VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM review_finding WHERE review_id = ? AND section = ?), ?, ?, ?, ?, ?)""",
                id, reviewId, request.section(), reviewId, request.section(), request.content().strip(), blankToNull(request.cause()), caller.id(), now, now);
        touch(reviewId);
        FindingResponse created = finding(reviewId, id);
        audit.record(caller, "CREATE", "review_finding", id, null, created);
        return created;
    }

    @Transactional
    public FindingResponse updateFinding(Caller caller, UUID reviewId, UUID id, @Nullable String ifMatch, FindingRequest request) {
        editable(caller, reviewId);
        FindingResponse before = finding(reviewId, id);
        Versions.requireIfMatch(ifMatch, before.version());
        checkFinding(request);
        if (request.section() != before.section()) {
            throw ProblemException.invalid("section", "a finding stays in its part of the report; delete it and add it to the other part");
        }
        int updated = sql.exec("UPDATE review_finding SET content = ?, cause = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                request.content().strip(), blankToNull(request.cause()), now(), id, before.version());
        Versions.requireWritten(updated, () -> findingVersion(id), "finding");
        touch(reviewId);
        FindingResponse after = finding(reviewId, id);
        audit.record(caller, "UPDATE", "review_finding", id, before, after);
        return after;
    }

    @Transactional
    public void deleteFinding(Caller caller, UUID reviewId, UUID id, @Nullable String ifMatch) {
        editable(caller, reviewId);
        FindingResponse before = finding(reviewId, id);
        Versions.requireIfMatch(ifMatch, before.version());
        if (before.task() != null) {
            throw ProblemException.conflict("The proposal became a task; it stays in the review.");
        }
        Versions.requireWritten(sql.exec("DELETE FROM review_finding WHERE id = ? AND version = ?", id, before.version()), () -> findingVersion(id), "finding");
        // close the gap, so positions stay 1, 2, 3 …
        sql.exec("UPDATE review_finding SET position = position - 1 WHERE review_id = ? AND section = ? AND position > ?", reviewId, before.section(),
                before.position());
        touch(reviewId);
        audit.record(caller, "DELETE", "review_finding", id, before, null);
    }

    /** Turns a proposal into a task of the conclusions feature; allowed after finalising too (the report's text does not change). */
    @Transactional
    public FindingResponse convert(Caller caller, UUID reviewId, UUID id, ProposalTaskRequest request) {
        Row row = load(caller, reviewId, true);
        if (!ReviewAccess.isHostStaff(caller, row.hostOfficeId())) {
            throw ProblemException.forbidden("Only the host office's staff turn its proposals into tasks.");
        }
        FindingResponse proposal = finding(reviewId, id);
        if (proposal.section() != FindingSection.PROPOSAL) {
            throw ProblemException.conflict("Only a proposal (đề xuất, kiến nghị) becomes a task.");
        }
        if (proposal.task() != null) {
            throw ProblemException.conflict("The proposal is already a task.");
        }
        UUID taskId = tasks.assign(caller, new ReviewTasks.ReviewRef(reviewId, row.number(), row.title()), new ReviewTasks.NewTask(proposal.content(),
                request.expectedResult(), request.leadUnitId(), request.coordinatingUnitIds() == null ? List.of() : request.coordinatingUnitIds(),
                request.deadline(), request.focalOfficer()));
        Instant now = now();
        sql.exec("UPDATE review_finding SET task_id = ?, converted_by = ?, converted_at = ?, version = version + 1, updated_at = ? WHERE id = ?", taskId,
                caller.id(), now, now, id);
        touch(reviewId);
        FindingResponse after = finding(reviewId, id);
        audit.record(caller, "CONVERT", "review_finding", id, proposal, after);
        return after;
    }

    private Long findingVersion(UUID id) {
        return sql.scalar("SELECT version FROM review_finding WHERE id = ?", Long.class, id);
    }

    FindingResponse finding(UUID reviewId, UUID id) {
        // the finding with its review's jurisdiction, which the task's progress is read in
        List<Map.Entry<FindingRow, UUID>> rows = sql.query("SELECT f.*, r.jurisdiction_id AS review_jurisdiction_id FROM review_finding f "
                + "JOIN review r ON r.id = f.review_id WHERE f.id = ? AND f.review_id = ?",
                rs -> Map.entry(FindingRow.of(rs), SqlPages.uuid(rs, "review_jurisdiction_id")), id, reviewId);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("finding");
        }
        FindingRow row = rows.get(0).getKey();
        Map<UUID, ReviewTasks.Progress> progress = row.taskId() == null ? new HashMap<>() : tasks.progress(rows.get(0).getValue(), List.of(row.taskId()));
        return row.response(progress.get(row.taskId()));
    }

    private void touch(UUID reviewId) {
        sql.exec("UPDATE review SET version = version + 1, updated_at = ? WHERE id = ?", now(), reviewId);
    }
}
