package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.api.MeetingCalendar;
import vn.lienthong.conclusion.api.MeetingConclusions;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.notification.Outbox;
import vn.lienthong.kernel.office.LeaderTitles;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.meeting.MeetingDtos.ClashNote;
import vn.lienthong.meeting.MeetingDtos.ConclusionRef;
import vn.lienthong.meeting.MeetingDtos.Counts;
import vn.lienthong.meeting.MeetingDtos.EventResponse;
import vn.lienthong.meeting.MeetingDtos.LeaderRef;
import vn.lienthong.meeting.MeetingDtos.MeetingRequest;
import vn.lienthong.meeting.MeetingDtos.MeetingResponse;
import vn.lienthong.meeting.MeetingDtos.MeetingSummary;
import vn.lienthong.meeting.MeetingDtos.NamedRef;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Meetings and their lifecycle: PLANNED → INVITED → HELD → CLOSED, or POSTPONED / CANCELLED before being held. Each
 * action is explicit, audited, recorded in the meeting's history and told to everyone it affects; the meeting keeps its
 * item in the body's calendar (calendar feature) so clash detection covers it.
 */
@Singleton
public class Meetings {
    static final String COLUMNS = """
            m.*, k.code AS kind_code, k.name_vi AS kind_name, b.name_vi AS body_name, o.name_vi AS host_office_name""";
    /** The list's count needs none of the joins: every filter is on the meeting. */
    static final String COUNT_FROM = "meeting m";
    static final String FROM = """
            meeting m JOIN meeting_kind k ON k.id = m.kind_id JOIN leadership_body b ON b.id = m.body_id JOIN office o ON o.id = m.host_office_id""";

    private final Sql sql;
    private final SqlPages pages;
    private final Idempotency idempotency;
    private final MeetingCalendar calendar;
    private final MeetingConclusions conclusions;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Outbox outbox;
    private final Clock clock;
    private final LeaderTitles titles;

    Meetings(Sql sql, SqlPages pages, Idempotency idempotency, MeetingCalendar calendar, MeetingConclusions conclusions, AuditTrail audit, Notifier notifier,
             Outbox outbox, Clock clock, LeaderTitles titles) {
        this.titles = titles;
        this.sql = sql;
        this.pages = pages;
        this.idempotency = idempotency;
        this.calendar = calendar;
        this.conclusions = conclusions;
        this.audit = audit;
        this.notifier = notifier;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A meeting row as the services use it. */
    record Row(UUID id, UUID jurisdictionId, UUID kindId, String kindCode, String kindName, String title, Instant startsAt, Instant endsAt,
               @Nullable String venue, MeetingFormat format, UUID bodyId, String bodyName, List<UUID> leaderIds, UUID hostOfficeId, String hostOfficeName,
               List<UUID> supportingOfficeIds, Confidentiality confidentiality, MeetingStatus status, @Nullable String statusReason,
               @Nullable String description, @Nullable UUID calendarItemId, long version, Instant createdAt, Instant updatedAt,
               Totals totals) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), SqlPages.uuid(rs, "kind_id"), rs.getString("kind_code"),
                    rs.getString("kind_name"), rs.getString("title"), SqlPages.instant(rs, "starts_at"), SqlPages.instant(rs, "ends_at"), rs.getString("venue"),
                    MeetingFormat.valueOf(rs.getString("format")), SqlPages.uuid(rs, "body_id"), rs.getString("body_name"), uuids(rs.getArray("leader_ids")),
                    SqlPages.uuid(rs, "host_office_id"), rs.getString("host_office_name"), uuids(rs.getArray("supporting_office_ids")),
                    Confidentiality.valueOf(rs.getString("confidentiality")), MeetingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                    rs.getString("description"), SqlPages.uuid(rs, "calendar_item_id"), rs.getLong("version"), SqlPages.instant(rs, "created_at"),
                    SqlPages.instant(rs, "updated_at"), new Totals(rs.getLong("bridge_points"), rs.getLong("expected_delegates"),
                            rs.getLong("actual_delegates"), rs.getLong("invitees"), rs.getLong("attended")));
        }

        MeetingSummary summary() {
            return new MeetingSummary(id, new NamedRef(kindId, kindName), kindCode, title, at(startsAt), at(endsAt), venue, format,
                    new NamedRef(bodyId, bodyName), new NamedRef(hostOfficeId, hostOfficeName), status, confidentiality, version, at(updatedAt));
        }

        /** "08:00 thứ Sáu, 27/11/2026" */
        String when() {
            return VietnameseDates.time(startsAt) + " " + VietnameseDates.weekdayAndDate(startsAt.atZone(Zones.VIETNAM).toLocalDate());
        }
    }

    /** The totals the meeting row keeps of its bridge points and invitees (triggers of V12). */
    record Totals(long bridgePoints, long expectedDelegates, long actualDelegates, long invitees, long attended) {
    }

    static OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }

    static List<UUID> uuids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** The meeting if the caller may see it (404 otherwise); `lock` takes the row for a write. */
    Row load(Caller caller, UUID id, boolean lock) {
        MeetingAccess.Condition visible = MeetingAccess.visible(caller);
        List<Object> params = new ArrayList<>(List.of(id, caller.jurisdictionId()));
        params.addAll(visible.params());
        List<Row> rows = sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE m.id = ? AND m.jurisdiction_id = ? AND " + visible.sql()
                + (lock ? " FOR UPDATE OF m" : ""), Row::of, params.toArray());
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Meeting");
        }
        return rows.get(0);
    }

    /** Whether the caller may read the meeting's documents and minutes. */
    boolean documentsVisible(Caller caller, Row meeting) {
        if (meeting.confidentiality() == Confidentiality.PUBLIC) {
            return MeetingAccess.isOfficeStaff(caller) || caller.unitId() != null;
        }
        MeetingAccess.Condition involved = MeetingAccess.involved(caller);
        List<Object> params = new ArrayList<>(involved.params());
        params.add(meeting.id());
        return Boolean.TRUE.equals(sql.scalar("SELECT " + involved.sql() + " FROM meeting m WHERE m.id = ?", Boolean.class, params.toArray()));
    }

    void requireDocumentsVisible(Caller caller, Row meeting) {
        if (!documentsVisible(caller, meeting)) {
            throw ProblemException.forbidden("The documents of this meeting are internal (lưu hành nội bộ): only the host and supporting offices and the invitees read them.");
        }
    }

    @Transactional(readOnly = true)
    public MeetingResponse get(Caller caller, UUID id) {
        return response(caller, load(caller, id, false), null);
    }

    public record ListFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID kindId, @Nullable UUID bodyId, @Nullable UUID hostOfficeId,
                             @Nullable UUID officeId, @Nullable MeetingFormat format, @Nullable MeetingStatus status, @Nullable UUID leaderId,
                             boolean invitedOnly, boolean heldOnly, boolean onlineOnly) {
    }

    @Transactional(readOnly = true)
    public PageResponse<MeetingSummary> list(Caller caller, PageParams page, ListFilter filter) {
        MeetingAccess.Condition visible = MeetingAccess.visible(caller);
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM)
                .countFrom(COUNT_FROM)
                .tieBreaker("m.id")
                .where("m.jurisdiction_id = ?", caller.jurisdictionId())
                .where(visible.sql(), visible.params().toArray())
                .whereIfPresent(filter.from() == null ? null : filter.from().atStartOfDay(Zones.VIETNAM).toInstant(), "m.starts_at >= ?")
                .whereIfPresent(filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant(), "m.starts_at < ?")
                .whereIfPresent(filter.kindId(), "m.kind_id = ?")
                .whereIfPresent(filter.bodyId(), "m.body_id = ?")
                .whereIfPresent(filter.hostOfficeId(), "m.host_office_id = ?")
                .whereIfPresent(filter.format(), "m.format = ?")
                .whereIfPresent(filter.status(), "m.status = ?")
                .whereIfPresent(filter.leaderId(), "? = ANY (m.leader_ids)")
                .search("search_normalize(m.title || ' ' || coalesce(m.venue, ''))", page.q())
                .updatedSince("m.updated_at", page.updatedSince())
                .sortable("startsAt", "m.starts_at").sortable("updatedAt", "m.updated_at").sortable("title", "m.title")
                .defaultSort("startsAt");
        if (filter.officeId() != null) {
            query.where("(m.host_office_id = ? OR ? = ANY (m.supporting_office_ids))", filter.officeId(), filter.officeId());
        }
        if (filter.heldOnly()) {
            query.where("m.status IN ('HELD', 'CLOSED')");
        }
        if (filter.onlineOnly()) {
            query.where("m.format <> 'IN_PERSON'");
        }
        if (filter.invitedOnly()) {
            query.where("EXISTS (SELECT 1 FROM meeting_invitee v LEFT JOIN leadership_body ib ON ib.id = v.body_id WHERE v.meeting_id = m.id "
                    + "AND (v.user_id = ? OR v.unit_id = ? OR ib.office_id = ?))", caller.id(), caller.unitId(), caller.officeId());
        }
        return pages.page(query, page, rs -> Row.of(rs).summary());
    }

    @Transactional(readOnly = true)
    public List<EventResponse> history(Caller caller, UUID id) {
        load(caller, id, false);
        return sql.query("SELECT * FROM meeting_event WHERE meeting_id = ? ORDER BY at, id", rs -> new EventResponse(rs.getString("action"),
                rs.getString("from_status") == null ? null : MeetingStatus.valueOf(rs.getString("from_status")), MeetingStatus.valueOf(rs.getString("to_status")),
                rs.getString("reason"), at(SqlPages.instant(rs, "starts_at")), at(SqlPages.instant(rs, "ends_at")), rs.getString("actor_name"),
                at(SqlPages.instant(rs, "at"))), id);
    }

    MeetingResponse response(Caller caller, Row row, @Nullable List<ClashNote> clashes) {
        Map<UUID, LeaderRef> leaders = new LinkedHashMap<>();
        LocalDate day = row.startsAt().atZone(Zones.VIETNAM).toLocalDate();
        Map<LeaderTitles.LeaderOnDay, String> then = titles.titlesOn(row.leaderIds().stream().map(l -> new LeaderTitles.LeaderOnDay(l, day)).toList());
        for (LeaderRef l : sql.query("SELECT id, full_name, title_vi FROM leader WHERE id = ANY (?)",
                rs -> new LeaderRef(SqlPages.uuid(rs, "id"), rs.getString("full_name"), rs.getString("title_vi")), (Object) row.leaderIds().toArray(UUID[]::new))) {
            leaders.put(l.id(), new LeaderRef(l.id(), l.fullName(), then.getOrDefault(new LeaderTitles.LeaderOnDay(l.id(), day), l.title())));
        }
        List<NamedRef> supporting = sql.rows("SELECT id, name_vi FROM office WHERE id = ANY (?) ORDER BY array_position(?, id)",
                row.supportingOfficeIds().toArray(UUID[]::new), row.supportingOfficeIds().toArray(UUID[]::new)).stream()
                .map(o -> new NamedRef((UUID) o[0], (String) o[1])).toList();
        Object[] c = sql.row("""
                SELECT t.total, t.open, t.overdue, v.attending, v.absent, v.substitutes, v.pending,
                       (SELECT count(*) FROM meeting_agenda_item WHERE meeting_id = ?), (SELECT count(*) FROM meeting_document WHERE meeting_id = ?)
                FROM (SELECT count(*) AS total, count(*) FILTER (WHERE done_at IS NULL) AS open,
                             count(*) FILTER (WHERE done_at IS NULL AND due_at < ?) AS overdue
                      FROM meeting_task WHERE meeting_id = ?) t,
                     (SELECT count(*) FILTER (WHERE reply = 'ATTEND') AS attending, count(*) FILTER (WHERE reply = 'ABSENT') AS absent,
                             count(*) FILTER (WHERE reply = 'SUBSTITUTE') AS substitutes, count(*) FILTER (WHERE reply = 'PENDING') AS pending
                      FROM meeting_invitee WHERE meeting_id = ?) v""", row.id(), row.id(), now(), row.id(), row.id());
        Totals totals = row.totals();
        Counts counts = new Counts(n(c[0]), n(c[1]), n(c[2]), totals.invitees(), n(c[3]), n(c[4]), n(c[5]), n(c[6]), totals.attended(), n(c[7]), n(c[8]),
                totals.bridgePoints(), totals.expectedDelegates(), totals.actualDelegates());
        List<ClashNote> found = clashes != null ? clashes : row.status().upcoming() && MeetingAccess.isOfficeStaff(caller)
                ? calendar.clashesOf(caller, row.id()).stream().map(x -> new ClashNote(x.severity(), x.kind(), x.message())).toList() : List.of();
        List<ConclusionRef> notices = conclusions.ofMeeting(caller.jurisdictionId(), row.id()).stream()
                .map(r -> new ConclusionRef(r.id(), r.number(), r.issuedOn(), r.summary())).toList();
        return new MeetingResponse(row.id(), new NamedRef(row.kindId(), row.kindName()), row.kindCode(), row.title(), at(row.startsAt()), at(row.endsAt()),
                row.venue(), row.format(), new NamedRef(row.bodyId(), row.bodyName()), new NamedRef(row.hostOfficeId(), row.hostOfficeName()), row.status(),
                row.confidentiality(), row.version(), at(row.updatedAt()), row.leaderIds().stream().map(leaders::get).filter(java.util.Objects::nonNull).toList(),
                supporting, row.statusReason(), row.description(), row.calendarItemId(), counts, found, notices, documentsVisible(caller, row),
                actions(caller, row), at(row.createdAt()));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    static List<MeetingAction> actions(Caller caller, Row row) {
        List<MeetingAction> actions = new ArrayList<>();
        if (!MeetingAccess.isHost(caller, row)) {
            return actions;
        }
        MeetingStatus s = row.status();
        if (s.upcoming()) {
            actions.addAll(List.of(MeetingAction.EDIT, MeetingAction.POSTPONE, MeetingAction.CANCEL));
        }
        if (s == MeetingStatus.PLANNED || s == MeetingStatus.POSTPONED) {
            actions.add(MeetingAction.INVITE);
        }
        if (s == MeetingStatus.INVITED) {
            actions.add(MeetingAction.HOLD);
        }
        if (s == MeetingStatus.INVITED || s == MeetingStatus.HELD) {
            actions.add(MeetingAction.TAKE_ATTENDANCE);
        }
        if (s == MeetingStatus.HELD) {
            actions.add(MeetingAction.WRITE_MINUTES);
            if (MeetingAccess.isLeader(caller)) {
                actions.add(MeetingAction.CLOSE);
            }
        }
        if (s == MeetingStatus.HELD || s == MeetingStatus.CLOSED) {
            actions.add(MeetingAction.NOTIFY_OUTCOME);
        }
        if (row.format().hasBridgePoints() && s != MeetingStatus.CANCELLED && s != MeetingStatus.CLOSED) {
            actions.add(MeetingAction.MANAGE_BRIDGE_POINTS);
        }
        return actions;
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    @Transactional
    public Idempotency.Outcome<MeetingResponse> create(Caller caller, @Nullable String idempotencyKey, MeetingRequest request) {
        MeetingAccess.requireOfficeStaff(caller);
        return idempotency.run(caller, idempotencyKey, "meetings.create", request, MeetingResponse.class, () -> {
            UUID host = request.hostOfficeId() == null ? caller.officeId() : request.hostOfficeId();
            if (!host.equals(caller.officeId())) {
                throw ProblemException.forbidden("An office plans the meetings it hosts; ask the host office to create this one.");
            }
            validate(caller, request, host);
            UUID id = UUID.randomUUID();
            Instant now = now();
            sql.exec("""
                    INSERT INTO meeting (id, jurisdiction_id, kind_id, title, starts_at, ends_at, venue, format, body_id, leader_ids, host_office_id,
                                         supporting_office_ids, confidentiality, status, description, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?)""",
                    id, caller.jurisdictionId(), request.kindId(), request.title().strip(), request.startsAt().toInstant(), request.endsAt().toInstant(),
                    blankToNull(request.venue()), request.format(), request.bodyId(), distinct(request.leaders()), host, distinct(request.supporting()),
                    request.confidentiality(), blankToNull(request.description()), caller.id(), now, now);
            Row row = load(caller, id, true);
            MeetingCalendar.Placement placement = place(caller, row, "Lập kế hoạch cuộc họp");
            event(caller, id, "CREATE", null, MeetingStatus.PLANNED, null, null, null);
            Row saved = load(caller, id, false);
            MeetingResponse created = response(caller, saved, notes(placement));
            audit.record(caller, "CREATE", "meeting", id, null, created);
            List<Notifier.Delivery> deliveries = new ArrayList<>();
            Notifier.Message message = message(saved, "MEETING_SUPPORT_REQUESTED", "Đề nghị phối hợp phục vụ cuộc họp",
                    saved.hostOfficeName() + " đề nghị phối hợp phục vụ «" + saved.title() + "», " + saved.when() + ".");
            saved.supportingOfficeIds().forEach(o -> deliveries.add(new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.OFFICE, o, message)));
            notifier.sendAll(deliveries);
            return created;
        });
    }

    @Transactional
    public MeetingResponse update(Caller caller, UUID id, @Nullable String ifMatch, MeetingRequest request) {
        Row before = load(caller, id, true);
        MeetingAccess.requireHost(caller, before);
        Versions.requireIfMatch(ifMatch, before.version());
        if (!before.status().upcoming()) {
            throw ProblemException.conflict("A meeting that is " + before.status() + " can no longer be changed.");
        }
        if (request.hostOfficeId() != null && !request.hostOfficeId().equals(before.hostOfficeId())) {
            throw ProblemException.invalid("hostOfficeId", "the host office of a meeting does not change; cancel it and let the other office plan it");
        }
        validate(caller, request, before.hostOfficeId());
        if (!request.format().hasBridgePoints()
                && sql.scalar("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?", Long.class, id) > 0) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The meeting has bridge points; remove them before making it an in-person meeting.",
                    List.of(new Problem.FieldError("format", "has bridge points: it stays ONLINE or HYBRID")), Map.of());
        }
        sql.exec("""
                UPDATE meeting SET kind_id = ?, title = ?, starts_at = ?, ends_at = ?, venue = ?, format = ?, body_id = ?, leader_ids = ?,
                       supporting_office_ids = ?, confidentiality = ?, description = ?, version = version + 1, updated_at = ?
                WHERE id = ?""",
                request.kindId(), request.title().strip(), request.startsAt().toInstant(), request.endsAt().toInstant(), blankToNull(request.venue()),
                request.format(), request.bodyId(), distinct(request.leaders()), distinct(request.supporting()), request.confidentiality(),
                blankToNull(request.description()), now(), id);
        Row after = load(caller, id, true);
        boolean moved = !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt()) || !java.util.Objects.equals(before.venue(), after.venue());
        if (moved) {
            sql.exec("UPDATE meeting SET sequence = sequence + 1 WHERE id = ?", id);
        }
        String reason = request.reason() == null || request.reason().isBlank() ? "Cập nhật thông tin cuộc họp" : request.reason().strip();
        MeetingCalendar.Placement placement = place(caller, after, reason);
        MeetingResponse response = response(caller, load(caller, id, false), notes(placement));
        audit.record(caller, "UPDATE", "meeting", id, before.summary(), response);
        if (moved && before.status() != MeetingStatus.PLANNED) {
            notifyAffected(caller, after, message(after, "MEETING_CHANGED", "Thay đổi thời gian, địa điểm cuộc họp",
                    "«" + after.title() + "» chuyển sang " + after.when() + (after.venue() == null ? "" : " tại " + after.venue()) + ". " + reason));
        }
        Set<UUID> newSupport = new LinkedHashSet<>(after.supportingOfficeIds());
        newSupport.removeAll(before.supportingOfficeIds());
        Notifier.Message support = message(after, "MEETING_SUPPORT_REQUESTED", "Đề nghị phối hợp phục vụ cuộc họp",
                after.hostOfficeName() + " đề nghị phối hợp phục vụ «" + after.title() + "», " + after.when() + ".");
        notifier.sendAll(newSupport.stream().map(o -> new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.OFFICE, o, support)).toList());
        return response;
    }

    // ---- lifecycle ---------------------------------------------------------------------------------------------

    @Transactional
    public MeetingResponse invite(Caller caller, UUID id) {
        Row row = load(caller, id, true);
        MeetingAccess.requireHost(caller, row);
        requireStatus(row, "invited", MeetingStatus.PLANNED, MeetingStatus.POSTPONED);
        Long invitees = sql.scalar("SELECT count(*) FROM meeting_invitee WHERE meeting_id = ?", Long.class, id);
        if (invitees == 0) {
            throw ProblemException.conflict("Add the invitees (persons, bodies or units) before sending the invitations.");
        }
        sql.exec("UPDATE meeting_invitee SET reply = 'PENDING', reply_reason = NULL, substitute_name = NULL, replied_at = NULL, replied_by_name = NULL, "
                + "version = version + 1 WHERE meeting_id = ? AND ? = 'POSTPONED'", id, row.status().name());
        Row after = transition(caller, row, "INVITE", MeetingStatus.INVITED, null);
        notifyAffected(caller, after, message(after, "MEETING_INVITATION", "Giấy mời họp",
                "Kính mời dự «" + after.title() + "», " + after.when() + (after.venue() == null ? "" : " tại " + after.venue())
                        + ". Đề nghị xác nhận tham dự (dự, vắng có lý do hoặc cử người dự thay)."));
        outbox.publish(caller.jurisdictionId(), "meeting.invited", "meeting", id, after.summary());
        return response(caller, after, null);
    }

    @Transactional
    public MeetingResponse postpone(Caller caller, UUID id, MeetingDtos.PostponementRequest request) {
        Row row = load(caller, id, true);
        MeetingAccess.requireHost(caller, row);
        requireStatus(row, "postponed", MeetingStatus.PLANNED, MeetingStatus.INVITED, MeetingStatus.POSTPONED);
        List<Problem.FieldError> errors = new ArrayList<>();
        checkTimes(errors, request.startsAt(), request.endsAt());
        if (errors.isEmpty() && request.startsAt().toInstant().equals(row.startsAt()) && request.endsAt().toInstant().equals(row.endsAt())) {
            errors.add(new Problem.FieldError("startsAt", "is the current time of the meeting; a postponement moves it"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The new time is not valid.", errors, Map.of());
        }
        sql.exec("UPDATE meeting SET starts_at = ?, ends_at = ?, sequence = sequence + 1 WHERE id = ?", request.startsAt().toInstant(), request.endsAt().toInstant(), id);
        Row after = transition(caller, row, "POSTPONE", MeetingStatus.POSTPONED, request.reason().strip());
        sql.exec("UPDATE meeting_event SET starts_at = ?, ends_at = ? WHERE id = (SELECT id FROM meeting_event WHERE meeting_id = ? ORDER BY at DESC, id LIMIT 1)",
                request.startsAt().toInstant(), request.endsAt().toInstant(), id);
        MeetingCalendar.Placement placement = place(caller, after, "Hoãn cuộc họp: " + request.reason().strip());
        notifyAffected(caller, after, message(after, "MEETING_POSTPONED", "Hoãn cuộc họp",
                "«" + after.title() + "» được hoãn, dời sang " + after.when() + ". Lý do: " + request.reason().strip()));
        return response(caller, after, notes(placement));
    }

    @Transactional
    public MeetingResponse cancel(Caller caller, UUID id, String reason) {
        Row row = load(caller, id, true);
        MeetingAccess.requireHost(caller, row);
        requireStatus(row, "cancelled", MeetingStatus.PLANNED, MeetingStatus.INVITED, MeetingStatus.POSTPONED);
        sql.exec("UPDATE meeting SET sequence = sequence + 1 WHERE id = ?", id);
        Row after = transition(caller, row, "CANCEL", MeetingStatus.CANCELLED, reason.strip());
        calendar.withdraw(caller, id, "Hủy cuộc họp: " + reason.strip());
        sql.exec("UPDATE meeting SET calendar_item_id = NULL WHERE id = ?", id);
        notifyAffected(caller, after, message(after, "MEETING_CANCELLED", "Hủy cuộc họp",
                "«" + after.title() + "» (" + after.when() + ") không tổ chức. Lý do: " + reason.strip()));
        outbox.publish(caller.jurisdictionId(), "meeting.cancelled", "meeting", id, after.summary());
        return response(caller, load(caller, id, false), List.of());
    }

    @Transactional
    public MeetingResponse hold(Caller caller, UUID id) {
        Row row = load(caller, id, true);
        MeetingAccess.requireHost(caller, row);
        requireStatus(row, "held", MeetingStatus.INVITED);
        LocalDate today = clock.instant().atZone(Zones.VIETNAM).toLocalDate();
        if (row.startsAt().atZone(Zones.VIETNAM).toLocalDate().isAfter(today)) {
            throw ProblemException.conflict("The meeting is on " + VietnameseDates.format(row.startsAt().atZone(Zones.VIETNAM).toLocalDate())
                    + "; it can be marked as held from that day on.");
        }
        Row after = transition(caller, row, "HOLD", MeetingStatus.HELD, null);
        return response(caller, after, List.of());
    }

    /** Approving the minutes closes the meeting: a leader of the host office. */
    @Transactional
    public MeetingResponse close(Caller caller, UUID id) {
        Row row = load(caller, id, true);
        MeetingAccess.requireHost(caller, row);
        if (!MeetingAccess.isLeader(caller)) {
            throw ProblemException.forbidden("The minutes are approved, and the meeting closed, by a leader of the host office.");
        }
        requireStatus(row, "closed", MeetingStatus.HELD);
        int minutes = sql.exec("UPDATE meeting_minutes SET approved_by_name = ?, approved_at = ?, version = version + 1 WHERE meeting_id = ?",
                caller.name(), now(), id);
        if (minutes == 0) {
            throw ProblemException.conflict("Write the minutes (biên bản) before closing the meeting.");
        }
        Row after = transition(caller, row, "CLOSE", MeetingStatus.CLOSED, null);
        return response(caller, after, List.of());
    }

    private Row transition(Caller caller, Row row, String action, MeetingStatus to, @Nullable String reason) {
        sql.exec("UPDATE meeting SET status = ?, status_reason = ?, version = version + 1, updated_at = ? WHERE id = ?", to,
                reason == null ? (to == MeetingStatus.INVITED || to == MeetingStatus.HELD || to == MeetingStatus.CLOSED ? null : row.statusReason()) : reason,
                now(), row.id());
        event(caller, row.id(), action, row.status(), to, reason, null, null);
        Row after = load(caller, row.id(), false);
        audit.record(caller, action, "meeting", row.id(), row.summary(), after.summary());
        return after;
    }

    private void event(Caller caller, UUID meetingId, String action, @Nullable MeetingStatus from, MeetingStatus to, @Nullable String reason,
                       @Nullable Instant startsAt, @Nullable Instant endsAt) {
        sql.exec("""
                INSERT INTO meeting_event (id, meeting_id, action, from_status, to_status, reason, starts_at, ends_at, actor_id, actor_name, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), meetingId, action, from, to, reason, startsAt, endsAt, caller.id(), caller.name(), now());
    }

    private static void requireStatus(Row row, String done, MeetingStatus... allowed) {
        if (!EnumSet.copyOf(Arrays.asList(allowed)).contains(row.status())) {
            throw ProblemException.conflict("A meeting that is " + row.status() + " cannot be " + done + "; it must be "
                    + String.join(" or ", Arrays.stream(allowed).map(Enum::name).toList()) + ".");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private MeetingCalendar.Placement place(Caller caller, Row row, String reason) {
        List<UUID> bodies = sql.rows("SELECT DISTINCT body_id FROM meeting_invitee WHERE meeting_id = ? AND body_id IS NOT NULL", row.id()).stream()
                .map(r -> (UUID) r[0]).toList();
        List<UUID> units = sql.rows("SELECT DISTINCT unit_id FROM meeting_invitee WHERE meeting_id = ? AND unit_id IS NOT NULL", row.id()).stream()
                .map(r -> (UUID) r[0]).toList();
        MeetingCalendar.Placement placement = calendar.place(caller, new MeetingCalendar.MeetingSlot(row.id(), row.bodyId(), row.title(), row.startsAt(),
                row.endsAt(), row.venue(), row.leaderIds(), bodies, units, row.hostOfficeId(), row.confidentiality() == Confidentiality.PUBLIC, reason));
        sql.exec("UPDATE meeting SET calendar_item_id = ? WHERE id = ?", placement.itemId(), row.id());
        return placement;
    }

    /** Re-places the meeting's calendar item after its invitees changed (participating bodies and units). */
    void replace(Caller caller, UUID meetingId) {
        Row row = load(caller, meetingId, false);
        if (row.status().upcoming()) {
            place(caller, row, "Cập nhật thành phần dự họp");
        }
    }

    private static List<ClashNote> notes(MeetingCalendar.Placement placement) {
        return placement.clashes().stream().map(x -> new ClashNote(x.severity(), x.kind(), x.message())).toList();
    }

    private void validate(Caller caller, MeetingRequest request, UUID host) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkTimes(errors, request.startsAt(), request.endsAt());
        UUID j = caller.jurisdictionId();
        if (sql.scalar("SELECT count(*) FROM meeting_kind WHERE id = ? AND (jurisdiction_id IS NULL OR jurisdiction_id = ?)", Long.class, request.kindId(), j) == 0) {
            errors.add(new Problem.FieldError("kindId", "no such meeting kind (GET /meeting-kinds)"));
        }
        if (sql.scalar("SELECT count(*) FROM leadership_body WHERE id = ? AND jurisdiction_id = ?", Long.class, request.bodyId(), j) == 0) {
            errors.add(new Problem.FieldError("bodyId", "no such leadership body in your jurisdiction"));
        }
        unknown(errors, "leaderIds", request.leaders(), "SELECT count(*) FROM leader WHERE jurisdiction_id = ? AND active AND id = ANY (?)", j, "leader");
        unknown(errors, "supportingOfficeIds", request.supporting(), "SELECT count(*) FROM office WHERE jurisdiction_id = ? AND id = ANY (?)", j, "office");
        if (request.supporting().contains(host)) {
            errors.add(new Problem.FieldError("supportingOfficeIds", "the host office does not support its own meeting"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The meeting is inconsistent or refers to unknown data.", errors, Map.of());
        }
    }

    private static void checkTimes(List<Problem.FieldError> errors, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            errors.add(new Problem.FieldError("endsAt", "must be after startsAt"));
        } else if (startsAt.plusDays(92).isBefore(endsAt)) {
            errors.add(new Problem.FieldError("endsAt", "a meeting lasts at most 92 days"));
        }
    }

    private void unknown(List<Problem.FieldError> errors, String field, List<UUID> ids, String countSql, UUID jurisdictionId, String what) {
        Set<UUID> distinct = new HashSet<>(ids);
        if (distinct.isEmpty()) {
            return;
        }
        Long found = sql.scalar(countSql, Long.class, jurisdictionId, distinct.toArray(UUID[]::new));
        if (found == null || found != distinct.size()) {
            errors.add(new Problem.FieldError(field, "refers to an unknown " + what + " of your jurisdiction"));
        }
    }

    static Notifier.Message message(Row row, String kind, String title, String body) {
        return new Notifier.Message(kind, title, body, "/meetings/" + row.id(), "meeting", row.id().toString());
    }

    /**
     * Everyone a change of the meeting affects: supporting offices, the offices of invited bodies, invited persons with an
     * account, invited units, and whoever holds a preparation task (the host office acted, so it is not told).
     */
    void notifyAffected(Caller caller, Row row, Notifier.Message message) {
        Set<UUID> offices = new LinkedHashSet<>(row.supportingOfficeIds());
        Set<UUID> units = new LinkedHashSet<>();
        Set<UUID> users = new LinkedHashSet<>();
        for (Object[] r : sql.rows("""
                SELECT ib.office_id, v.unit_id, v.user_id FROM meeting_invitee v LEFT JOIN leadership_body ib ON ib.id = v.body_id WHERE v.meeting_id = ?
                UNION ALL SELECT assignee_office_id, assignee_unit_id, NULL FROM meeting_task WHERE meeting_id = ?""", row.id(), row.id())) {
            if (r[0] != null) {
                offices.add((UUID) r[0]);
            }
            if (r[1] != null) {
                units.add((UUID) r[1]);
            }
            if (r[2] != null) {
                users.add((UUID) r[2]);
            }
        }
        offices.remove(caller.officeId());
        List<Notifier.Delivery> deliveries = new ArrayList<>();
        offices.forEach(o -> deliveries.add(new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.OFFICE, o, message)));
        units.forEach(u -> deliveries.add(new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.UNIT, u, message)));
        users.forEach(u -> deliveries.add(new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.USER, u, message)));
        notifier.sendAll(deliveries);
    }

    void touch(UUID meetingId) {
        sql.exec("UPDATE meeting SET updated_at = ?, version = version + 1 WHERE id = ?", now(), meetingId);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static UUID[] distinct(List<UUID> ids) {
        return new LinkedHashSet<>(ids).toArray(UUID[]::new);
    }

    static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
