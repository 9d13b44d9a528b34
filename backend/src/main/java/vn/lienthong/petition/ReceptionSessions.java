package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.api.MeetingCalendar;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.petition.PetitionDtos.PetitionRequest;
import vn.lienthong.petition.PetitionDtos.PetitionSummary;
import vn.lienthong.petition.ReceptionDtos.ClashNote;
import vn.lienthong.petition.ReceptionDtos.LeaderRef;
import vn.lienthong.petition.ReceptionDtos.NamedRef;
import vn.lienthong.petition.ReceptionDtos.PublicLeader;
import vn.lienthong.petition.ReceptionDtos.PublicSession;
import vn.lienthong.petition.ReceptionDtos.SessionRequest;
import vn.lienthong.petition.ReceptionDtos.SessionResponse;
import vn.lienthong.petition.ReceptionDtos.SessionSummary;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Citizen reception (tiếp công dân): a leader's periodic reception day or a joint reception of several offices, PLANNED
 * → HELD or CANCELLED, hosted and edited by one office. A session with a leadership body keeps an item in that body's
 * weekly programme through {@link MeetingCalendar} — the calendar's "meeting slot" stands for any event that occupies the
 * leaders' time, here the session, so clash detection and the leaders' schedules cover reception days too. Petitions
 * received at a session are recorded through {@link Petitions#receive} and linked to it; the session itself never holds
 * a citizen's name.
 *
 * <p>Who sees what: the offices' staff (and administrators) read every session of the jurisdiction; a unit's officers
 * only the public ones; the e-portal only the public schedule. Only the host office writes; the staff of the host and
 * participating offices record petitions at it (each petition belongs to the office that records it).
 */
@Singleton
public class ReceptionSessions {
    static final String COLUMNS = "s.*, o.name_vi AS host_office_name, b.name_vi AS body_name";
    static final String FROM = "reception_session s JOIN office o ON o.id = s.host_office_id LEFT JOIN leadership_body b ON b.id = s.body_id";
    static final int MAX_DAYS = 31;

    private final Sql sql;
    private final SqlPages pages;
    private final Idempotency idempotency;
    private final MeetingCalendar calendar;
    private final Petitions petitions;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Clock clock;

    ReceptionSessions(Sql sql, SqlPages pages, Idempotency idempotency, MeetingCalendar calendar, Petitions petitions, AuditTrail audit, Notifier notifier,
                      Clock clock) {
        this.sql = sql;
        this.pages = pages;
        this.idempotency = idempotency;
        this.calendar = calendar;
        this.petitions = petitions;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** A session as stored. */
    record Row(UUID id, UUID jurisdictionId, ReceptionSessionKind kind, UUID hostOfficeId, String hostOfficeName, List<UUID> participatingOfficeIds,
               List<UUID> leaderIds, @Nullable UUID bodyId, @Nullable String bodyName, @Nullable String occasion, Instant startsAt, Instant endsAt,
               String venue, boolean publicSession, ReceptionSessionStatus status, @Nullable String cancelReason, @Nullable Integer citizensCount,
               @Nullable String outcome, @Nullable String issuesRaised, @Nullable Instant heldAt, @Nullable UUID calendarItemId, long version,
               Instant createdAt, Instant updatedAt) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), ReceptionSessionKind.valueOf(rs.getString("kind")),
                    SqlPages.uuid(rs, "host_office_id"), rs.getString("host_office_name"), uuids(rs.getArray("participating_office_ids")),
                    uuids(rs.getArray("leader_ids")), SqlPages.uuid(rs, "body_id"), rs.getString("body_name"), rs.getString("occasion"),
                    SqlPages.instant(rs, "starts_at"), SqlPages.instant(rs, "ends_at"), rs.getString("venue"), rs.getBoolean("public"),
                    ReceptionSessionStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"), rs.getObject("citizens_count", Integer.class),
                    rs.getString("outcome"), rs.getString("issues_raised"), SqlPages.instant(rs, "held_at"), SqlPages.uuid(rs, "calendar_item_id"),
                    rs.getLong("version"), SqlPages.instant(rs, "created_at"), SqlPages.instant(rs, "updated_at"));
        }

        SessionSummary summary(Map<UUID, LeaderRef> leaders) {
            return new SessionSummary(id, kind, new NamedRef(hostOfficeId, hostOfficeName), bodyId == null ? null : new NamedRef(bodyId, bodyName),
                    leaderIds.stream().map(leaders::get).filter(Objects::nonNull).toList(), occasion, at(startsAt), at(endsAt), venue, publicSession, status,
                    citizensCount, version, at(updatedAt));
        }

        LocalDate firstDay() {
            return startsAt.atZone(Zones.VIETNAM).toLocalDate();
        }

        LocalDate lastDay() {
            return endsAt.minusNanos(1000).atZone(Zones.VIETNAM).toLocalDate();
        }

        /** "07:30 thứ Ba, 15/12/2026" */
        String when() {
            return VietnameseDates.time(startsAt) + " " + VietnameseDates.weekdayAndDate(firstDay());
        }
    }

    static OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }

    static List<UUID> uuids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    // ---- who may do what ---------------------------------------------------------------------------------------

    static boolean isOfficeStaff(Caller caller) {
        return PetitionAccess.isOfficeStaff(caller);
    }

    static boolean isHost(Caller caller, Row row) {
        return isOfficeStaff(caller) && caller.officeId().equals(row.hostOfficeId());
    }

    static boolean takesPart(Caller caller, Row row) {
        return isHost(caller, row) || (isOfficeStaff(caller) && row.participatingOfficeIds().contains(caller.officeId()));
    }

    private static void requireHost(Caller caller, Row row) {
        if (!isHost(caller, row)) {
            throw ProblemException.forbidden("Only the office that hosts this reception session (" + row.hostOfficeName() + ") can change it.");
        }
    }

    /** Sessions `s` the caller may read. */
    private static String visible(Caller caller) {
        if (isOfficeStaff(caller) || (caller.isPerson() && caller.isAdmin())) {
            return "TRUE";
        }
        if (caller.isPerson() && caller.unitId() != null) {
            return "s.public";
        }
        return "FALSE";
    }

    static List<ReceptionSessionAction> actions(Caller caller, Row row) {
        List<ReceptionSessionAction> actions = new ArrayList<>();
        if (isHost(caller, row) && row.status() == ReceptionSessionStatus.PLANNED) {
            actions.add(ReceptionSessionAction.EDIT);
            actions.add(ReceptionSessionAction.HOLD);
            actions.add(ReceptionSessionAction.CANCEL);
        }
        if (takesPart(caller, row) && row.status() != ReceptionSessionStatus.CANCELLED) {
            actions.add(ReceptionSessionAction.RECORD_PETITION);
        }
        return actions;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    Row load(Caller caller, UUID id, boolean lock) {
        List<Row> rows = sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE s.id = ? AND s.jurisdiction_id = ? AND " + visible(caller)
                + (lock ? " FOR UPDATE OF s" : ""), Row::of, id, caller.jurisdictionId());
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Reception session");
        }
        return rows.get(0);
    }

    @Transactional(readOnly = true)
    public SessionResponse get(Caller caller, UUID id) {
        return response(caller, load(caller, id, false), null);
    }

    public record ListFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID officeId, @Nullable ReceptionSessionKind kind,
                             @Nullable ReceptionSessionStatus status) {
    }

    @Transactional(readOnly = true)
    public PageResponse<SessionSummary> list(Caller caller, PageParams page, ListFilter filter) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("The reception sessions are for the offices' staff; the e-portal reads GET /public/reception-sessions.");
        }
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM)
                .countFrom("reception_session s")
                .tieBreaker("s.id")
                .where("s.jurisdiction_id = ?", caller.jurisdictionId())
                .where(visible(caller))
                .whereIfPresent(startOf(filter.from()), "s.starts_at >= ?")
                .whereIfPresent(startOf(filter.to() == null ? null : filter.to().plusDays(1)), "s.starts_at < ?")
                .whereIfPresent(filter.kind(), "s.kind = ?")
                .whereIfPresent(filter.status(), "s.status = ?")
                .search("s.search_text", page.q())
                .updatedSince("s.updated_at", page.updatedSince())
                .sortable("startsAt", "s.starts_at").sortable("updatedAt", "s.updated_at")
                .defaultSort("startsAt");
        if (filter.officeId() != null) {
            query.where("(s.host_office_id = ? OR ? = ANY (s.participating_office_ids))", filter.officeId(), filter.officeId());
        }
        PageResponse<Row> rows = pages.page(query, page, Row::of);
        Map<UUID, LeaderRef> leaders = leaders(rows.items().stream().flatMap(r -> r.leaderIds().stream()).toList());
        return rows.map(r -> r.summary(leaders));
    }

    /** The e-portal's public schedule: public sessions that are planned or held, with when, where, who and the kind. */
    @Transactional(readOnly = true)
    public PageResponse<PublicSession> publicSchedule(Caller caller, PageParams page, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        SqlPages.Query query = new SqlPages.Query("s.id, s.kind, s.starts_at, s.ends_at, s.venue, s.leader_ids", "reception_session s")
                .tieBreaker("s.id")
                .where("s.jurisdiction_id = ?", caller.jurisdictionId())
                .where("s.public AND s.status <> 'CANCELLED'")
                .whereIfPresent(startOf(from), "s.starts_at >= ?")
                .whereIfPresent(startOf(to == null ? null : to.plusDays(1)), "s.starts_at < ?")
                .search("search_normalize(s.venue)", page.q())
                .updatedSince("s.updated_at", page.updatedSince())
                .sortable("startsAt", "s.starts_at")
                .defaultSort("startsAt");
        record Bare(ReceptionSessionKind kind, Instant startsAt, Instant endsAt, String venue, List<UUID> leaderIds) {
        }
        PageResponse<Bare> rows = pages.page(query, page, rs -> new Bare(ReceptionSessionKind.valueOf(rs.getString("kind")), SqlPages.instant(rs, "starts_at"),
                SqlPages.instant(rs, "ends_at"), rs.getString("venue"), uuids(rs.getArray("leader_ids"))));
        Map<UUID, LeaderRef> leaders = leaders(rows.items().stream().flatMap(r -> r.leaderIds().stream()).toList());
        return rows.map(r -> new PublicSession(r.kind(), at(r.startsAt()), at(r.endsAt()), r.venue(), r.leaderIds().stream().map(leaders::get)
                .filter(Objects::nonNull).map(l -> new PublicLeader(l.fullName(), l.title())).toList()));
    }

    private static Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(Zones.VIETNAM).toInstant();
    }

    private Map<UUID, LeaderRef> leaders(List<UUID> ids) {
        Map<UUID, LeaderRef> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Object[] l : sql.rows("SELECT id, full_name, title_vi FROM leader WHERE id = ANY (?)", (Object) new LinkedHashSet<>(ids).toArray(UUID[]::new))) {
            found.put((UUID) l[0], new LeaderRef((UUID) l[0], (String) l[1], (String) l[2]));
        }
        return found;
    }

    SessionResponse response(Caller caller, Row row, @Nullable List<ClashNote> clashes) {
        Map<UUID, LeaderRef> leaders = leaders(row.leaderIds());
        UUID[] participating = row.participatingOfficeIds().toArray(UUID[]::new);
        List<NamedRef> offices = sql.rows("SELECT id, name_vi FROM office WHERE id = ANY (?) ORDER BY array_position(?, id)", participating, participating).stream()
                .map(o -> new NamedRef((UUID) o[0], (String) o[1])).toList();
        long petitionCount = sql.scalar("SELECT count(*) FROM reception_session_petition WHERE session_id = ?", Long.class, row.id());
        List<ClashNote> found = clashes != null ? clashes
                : row.status() == ReceptionSessionStatus.PLANNED && row.bodyId() != null && isOfficeStaff(caller)
                ? notes(calendar.clashesOf(caller, row.id())) : List.of();
        SessionSummary s = row.summary(leaders);
        return new SessionResponse(s.id(), s.kind(), s.hostOffice(), s.body(), s.leaders(), s.occasion(), s.startsAt(), s.endsAt(), s.venue(), s.publicSession(),
                s.status(), s.citizensCount(), s.version(), s.updatedAt(), offices, row.cancelReason(), row.outcome(), row.issuesRaised(), at(row.heldAt()),
                row.calendarItemId(), petitionCount, found, actions(caller, row), at(row.createdAt()));
    }

    private static List<ClashNote> notes(List<MeetingCalendar.ClashNote> clashes) {
        return clashes.stream().map(x -> new ClashNote(x.severity(), x.kind(), x.message())).toList();
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    @Transactional
    public Idempotency.Outcome<SessionResponse> create(Caller caller, @Nullable String idempotencyKey, SessionRequest request) {
        if (!isOfficeStaff(caller)) {
            throw ProblemException.forbidden("Reception sessions are planned by the offices' staff.");
        }
        return idempotency.run(caller, idempotencyKey, "receptionSessions.create", request, SessionResponse.class, () -> {
            validate(caller, request, caller.officeId());
            UUID id = UUID.randomUUID();
            Instant now = now();
            sql.exec("""
                    INSERT INTO reception_session (id, jurisdiction_id, kind, host_office_id, participating_office_ids, leader_ids, body_id, occasion, starts_at,
                                                   ends_at, venue, public, status, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?)""",
                    id, caller.jurisdictionId(), request.kind(), caller.officeId(), distinct(request.participating()), distinct(request.leaders()),
                    request.bodyId(), blankToNull(request.occasion()), request.startsAt().toInstant(), request.endsAt().toInstant(), request.venue().strip(),
                    request.isPublic(), caller.id(), now, now);
            Row row = load(caller, id, true);
            List<ClashNote> clashes = place(caller, row, "Lịch tiếp công dân");
            SessionResponse created = response(caller, load(caller, id, false), clashes);
            audit.record(caller, "CREATE", "reception_session", id, null, created);
            tellParticipants(caller, row, row.participatingOfficeIds(), "RECEPTION_SESSION_PLANNED", "Phối hợp tiếp công dân",
                    row.hostOfficeName() + " đề nghị phối hợp tiếp công dân " + row.when() + " tại " + row.venue() + ".");
            return created;
        });
    }

    @Transactional
    public SessionResponse update(Caller caller, UUID id, @Nullable String ifMatch, SessionRequest request) {
        Row before = load(caller, id, true);
        requireHost(caller, before);
        Versions.requireIfMatch(ifMatch, before.version());
        if (before.status() != ReceptionSessionStatus.PLANNED) {
            throw ProblemException.conflict("A reception session that is " + before.status() + " can no longer be changed.");
        }
        validate(caller, request, before.hostOfficeId());
        sql.exec("""
                UPDATE reception_session SET kind = ?, participating_office_ids = ?, leader_ids = ?, body_id = ?, occasion = ?, starts_at = ?, ends_at = ?,
                       venue = ?, public = ?, version = version + 1, updated_at = ?
                WHERE id = ?""",
                request.kind(), distinct(request.participating()), distinct(request.leaders()), request.bodyId(), blankToNull(request.occasion()),
                request.startsAt().toInstant(), request.endsAt().toInstant(), request.venue().strip(), request.isPublic(), now(), id);
        Row after = load(caller, id, true);
        String reason = blankToNull(request.reason()) == null ? "Cập nhật lịch tiếp công dân" : request.reason().strip();
        if (before.bodyId() != null && after.bodyId() == null) {
            calendar.withdraw(caller, id, reason);
            sql.exec("UPDATE reception_session SET calendar_item_id = NULL WHERE id = ?", id);
        }
        List<ClashNote> clashes = place(caller, after, reason);
        SessionResponse response = response(caller, load(caller, id, false), clashes);
        audit.record(caller, "UPDATE", "reception_session", id, before.summary(leaders(before.leaderIds())), response);
        boolean moved = !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt()) || !before.venue().equals(after.venue());
        Set<UUID> told = new LinkedHashSet<>(after.participatingOfficeIds());
        if (moved) {
            tellParticipants(caller, after, List.copyOf(told), "RECEPTION_SESSION_CHANGED", "Thay đổi lịch tiếp công dân",
                    "Buổi tiếp công dân chuyển sang " + after.when() + " tại " + after.venue() + ". " + reason);
        } else {
            told.removeAll(before.participatingOfficeIds());
            tellParticipants(caller, after, List.copyOf(told), "RECEPTION_SESSION_PLANNED", "Phối hợp tiếp công dân",
                    after.hostOfficeName() + " đề nghị phối hợp tiếp công dân " + after.when() + " tại " + after.venue() + ".");
        }
        return response;
    }

    @Transactional
    public SessionResponse hold(Caller caller, UUID id, ReceptionDtos.HoldingRequest request) {
        Row row = load(caller, id, true);
        requireHost(caller, row);
        requireStatus(row, "recorded as held", ReceptionSessionStatus.PLANNED);
        if (row.firstDay().isAfter(today())) {
            throw ProblemException.conflict("The session is on " + VietnameseDates.format(row.firstDay()) + "; it can be recorded as held from that day on.");
        }
        Row before = row;
        sql.exec("UPDATE reception_session SET status = 'HELD', citizens_count = ?, outcome = ?, issues_raised = ?, held_at = ?, version = version + 1, "
                + "updated_at = ? WHERE id = ?", request.citizensCount(), request.outcome().strip(), blankToNull(request.issuesRaised()), now(), now(), id);
        Row after = load(caller, id, false);
        SessionResponse response = response(caller, after, List.of());
        audit.record(caller, "HOLD", "reception_session", id, before.summary(Map.of()), response);
        return response;
    }

    @Transactional
    public SessionResponse cancel(Caller caller, UUID id, String reason) {
        Row row = load(caller, id, true);
        requireHost(caller, row);
        requireStatus(row, "cancelled", ReceptionSessionStatus.PLANNED);
        sql.exec("UPDATE reception_session SET status = 'CANCELLED', cancel_reason = ?, calendar_item_id = NULL, version = version + 1, updated_at = ? WHERE id = ?",
                reason.strip(), now(), id);
        // the calendar item stands for this session (slot id = session id): removed from a draft, cancelled in a published programme
        calendar.withdraw(caller, id, "Hủy buổi tiếp công dân: " + reason.strip());
        Row after = load(caller, id, false);
        SessionResponse response = response(caller, after, List.of());
        audit.record(caller, "CANCEL", "reception_session", id, row.summary(Map.of()), response);
        tellParticipants(caller, after, after.participatingOfficeIds(), "RECEPTION_SESSION_CANCELLED", "Hủy buổi tiếp công dân",
                "Buổi tiếp công dân " + after.when() + " tại " + after.venue() + " không tổ chức. Lý do: " + reason.strip());
        return response;
    }

    // ---- petitions recorded at the session ---------------------------------------------------------------------

    /**
     * Records a petition received in person at the session, through the petition intake (identities sealed at once), and
     * links it to the session. The answer is the petition's summary — never an identity, also on an idempotent replay.
     */
    @Transactional
    public Idempotency.Outcome<PetitionSummary> recordPetition(Caller caller, UUID id, @Nullable String idempotencyKey, PetitionRequest request) {
        Row row = load(caller, id, true);
        if (!takesPart(caller, row)) {
            throw ProblemException.forbidden("Petitions at a reception session are recorded by the staff of its host and participating offices.");
        }
        return idempotency.run(caller, idempotencyKey, "receptionSessions.recordPetition:" + id, request, PetitionSummary.class, () -> {
            if (row.status() == ReceptionSessionStatus.CANCELLED) {
                throw ProblemException.conflict("The reception session was cancelled; no petition was received at it.");
            }
            List<Problem.FieldError> errors = new ArrayList<>();
            if (request.channel() != PetitionChannel.IN_PERSON) {
                errors.add(new Problem.FieldError("channel", "a petition received at a reception session is IN_PERSON"));
            }
            if (request.receivedOn().isBefore(row.firstDay()) || request.receivedOn().isAfter(row.lastDay())) {
                errors.add(new Problem.FieldError("receivedOn", "must be a day of the session (" + VietnameseDates.format(row.firstDay())
                        + (row.lastDay().equals(row.firstDay()) ? "" : " – " + VietnameseDates.format(row.lastDay())) + ")"));
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "The petition does not fit the reception session.", errors, Map.of());
            }
            UUID petitionId = petitions.receive(caller, null, request).body().id();
            sql.exec("INSERT INTO reception_session_petition (session_id, petition_id, linked_by, linked_at) VALUES (?, ?, ?, ?)", id, petitionId, caller.id(), now());
            audit.record(caller, "LINK_PETITION", "reception_session", id, null, Map.of("petitionId", petitionId));
            return petitionSummaries("p.id = ?", petitionId).get(0);
        });
    }

    /** The petitions recorded at the session that the caller's office received (another office's petitions are its own). */
    @Transactional(readOnly = true)
    public List<PetitionSummary> petitionsOf(Caller caller, UUID id) {
        Row row = load(caller, id, false);
        if (!isOfficeStaff(caller)) {
            throw ProblemException.forbidden("Petitions are read by the staff of the office that received them.");
        }
        return petitionSummaries("p.id IN (SELECT petition_id FROM reception_session_petition WHERE session_id = ?) AND p.office_id = ?", row.id(), caller.officeId());
    }

    /** Summaries as the petition list makes them (the same due dates), through the petition intake's own row mapping. */
    private List<PetitionSummary> petitionSummaries(String condition, Object... params) {
        LocalDate today = today();
        return sql.query("SELECT p.*, " + Petitions.DUE + " AS due_on FROM petition p WHERE " + condition + " ORDER BY p.received_on, p.number",
                rs -> Petitions.Row.of(rs).summary(today, rs.getObject("due_on", LocalDate.class)), params);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /**
     * Keeps the session's item in its body's weekly programme. {@link MeetingCalendar.MeetingSlot#meetingId()} names the
     * event the item stands for — a meeting or, here, a reception session — so the item is found again by the session's id
     * when the session moves or is cancelled. A session without a body (a joint reception of offices) has no item.
     */
    private List<ClashNote> place(Caller caller, Row row, String reason) {
        if (row.bodyId() == null) {
            return List.of();
        }
        MeetingCalendar.Placement placement = calendar.place(caller, new MeetingCalendar.MeetingSlot(row.id(), row.bodyId(), title(row), row.startsAt(),
                row.endsAt(), row.venue(), row.leaderIds(), List.of(), List.of(), row.hostOfficeId(), row.publicSession(), reason));
        sql.exec("UPDATE reception_session SET calendar_item_id = ? WHERE id = ?", placement.itemId(), row.id());
        return notes(placement.clashes());
    }

    /** "Tiếp công dân định kỳ: Nguyễn Văn An (Chủ tịch UBND tỉnh)" */
    private String title(Row row) {
        Map<UUID, LeaderRef> leaders = leaders(row.leaderIds());
        String who = String.join(", ", row.leaderIds().stream().map(leaders::get).filter(Objects::nonNull)
                .map(l -> l.fullName() + " (" + l.title() + ")").toList());
        String title = switch (row.kind()) {
            case REGULAR -> "Tiếp công dân định kỳ: " + who;
            case JOINT -> "Tiếp công dân phối hợp" + (row.occasion() == null ? "" : " " + row.occasion()) + (who.isEmpty() ? "" : ": " + who);
        };
        return title.length() <= 500 ? title : title.substring(0, 499) + "…";
    }

    private void validate(Caller caller, SessionRequest request, UUID host) {
        List<Problem.FieldError> errors = new ArrayList<>();
        OffsetDateTime startsAt = request.startsAt();
        OffsetDateTime endsAt = request.endsAt();
        if (!endsAt.isAfter(startsAt)) {
            errors.add(new Problem.FieldError("endsAt", "must be after startsAt"));
        } else if (startsAt.plusDays(MAX_DAYS).isBefore(endsAt)) {
            errors.add(new Problem.FieldError("endsAt", "a reception session lasts at most " + MAX_DAYS + " days"));
        }
        UUID j = caller.jurisdictionId();
        List<UUID> leaders = request.leaders();
        List<UUID> participating = request.participating();
        if (request.bodyId() != null && sql.scalar("SELECT count(*) FROM leadership_body WHERE id = ? AND jurisdiction_id = ?", Long.class, request.bodyId(), j) == 0) {
            errors.add(new Problem.FieldError("bodyId", "no such leadership body in your jurisdiction"));
        }
        if (request.kind() == ReceptionSessionKind.REGULAR) {
            if (request.bodyId() == null) {
                errors.add(new Problem.FieldError("bodyId", "a regular reception day names the leadership body of the receiving leader"));
            }
            if (leaders.isEmpty()) {
                errors.add(new Problem.FieldError("leaderIds", "a regular reception day names at least one receiving leader"));
            }
        }
        if (request.kind() == ReceptionSessionKind.JOINT && participating.isEmpty()) {
            errors.add(new Problem.FieldError("participatingOfficeIds", "a joint reception names at least one participating office"));
        }
        Set<UUID> distinctLeaders = new HashSet<>(leaders);
        if (!distinctLeaders.isEmpty()) {
            List<Object[]> found = sql.rows("SELECT id, body_id FROM leader WHERE jurisdiction_id = ? AND active AND id = ANY (?)", j, distinctLeaders.toArray(UUID[]::new));
            if (found.size() != distinctLeaders.size()) {
                errors.add(new Problem.FieldError("leaderIds", "refers to an unknown or inactive leader of your jurisdiction"));
            } else if (request.kind() == ReceptionSessionKind.REGULAR && request.bodyId() != null
                    && found.stream().anyMatch(l -> l[1] != null && !l[1].equals(request.bodyId()))) {
                errors.add(new Problem.FieldError("leaderIds", "the leaders of a regular reception day belong to its body"));
            }
        }
        Set<UUID> distinctOffices = new HashSet<>(participating);
        if (distinctOffices.contains(host)) {
            errors.add(new Problem.FieldError("participatingOfficeIds", "the host office does not participate in its own session"));
        } else if (!distinctOffices.isEmpty() && sql.scalar("SELECT count(*) FROM office WHERE jurisdiction_id = ? AND id = ANY (?)", Long.class, j,
                distinctOffices.toArray(UUID[]::new)) != distinctOffices.size()) {
            errors.add(new Problem.FieldError("participatingOfficeIds", "refers to an unknown office of your jurisdiction"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The reception session is inconsistent or refers to unknown data.", errors, Map.of());
        }
    }

    private static void requireStatus(Row row, String done, ReceptionSessionStatus allowed) {
        if (row.status() != allowed) {
            throw ProblemException.conflict("A reception session that is " + row.status() + " cannot be " + done + "; it must be " + allowed + ".");
        }
    }

    private void tellParticipants(Caller caller, Row row, List<UUID> offices, String kind, String title, String body) {
        notifier.sendAll(offices.stream().filter(o -> !o.equals(caller.officeId()))
                .map(o -> new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.OFFICE, o,
                        new Notifier.Message(kind, title, body, "/reception-sessions/" + row.id(), "reception_session", row.id().toString())))
                .toList());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return clock.instant().atZone(Zones.VIETNAM).toLocalDate();
    }

    private static UUID[] distinct(List<UUID> ids) {
        return new LinkedHashSet<>(ids).toArray(UUID[]::new);
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
