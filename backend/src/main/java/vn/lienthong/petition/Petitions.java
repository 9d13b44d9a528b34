package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.attachment.AttachmentService;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.numbering.ReferenceNumbers;
import vn.lienthong.kernel.numbering.TimeOrderedIds;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.petition.PetitionDtos.DisclosureLogEntry;
import vn.lienthong.petition.PetitionDtos.DisclosureRequest;
import vn.lienthong.petition.PetitionDtos.DisclosureResponse;
import vn.lienthong.petition.PetitionDtos.EventView;
import vn.lienthong.petition.PetitionDtos.HandlerRequest;
import vn.lienthong.petition.PetitionDtos.HandlerView;
import vn.lienthong.petition.PetitionDtos.IdentityView;
import vn.lienthong.petition.PetitionDtos.PetitionRequest;
import vn.lienthong.petition.PetitionDtos.PetitionResponse;
import vn.lienthong.petition.PetitionDtos.PetitionSummary;
import vn.lienthong.petition.PetitionDtos.PetitionerRequest;
import vn.lienthong.petition.PetitionDtos.PetitionerView;
import vn.lienthong.petition.PetitionDtos.PortalPetitionRequest;
import vn.lienthong.petition.PetitionDtos.PortalReceipt;
import vn.lienthong.petition.PetitionDtos.PublicStage;
import vn.lienthong.petition.PetitionDtos.PublicStatus;
import vn.lienthong.petition.PetitionDtos.StatusLookup;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Petitions received by an office or submitted through the e-portal; their handlers; the disclosure of a petitioner's
 * identity to a handler with a reason; the citizen's status lookup. Identities are sealed before they reach the
 * database and are never part of a summary, a search, an audit record, a notification or an idempotent replay.
 */
@Singleton
public class Petitions {
    private final Sql sql;
    private final SqlPages pages;
    private final IdentityVault vault;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final AttachmentService attachments;
    private final Notifier notifier;
    private final HandlingViews handlingViews;
    private final StatutoryDeadlines deadlines;
    private final Clock clock;

    Petitions(Sql sql, SqlPages pages, IdentityVault vault, AuditTrail audit, Idempotency idempotency, AttachmentService attachments,
              Notifier notifier, HandlingViews handlingViews, StatutoryDeadlines deadlines, Clock clock) {
        this.handlingViews = handlingViews;
        this.deadlines = deadlines;
        this.sql = sql;
        this.pages = pages;
        this.vault = vault;
        this.audit = audit;
        this.idempotency = idempotency;
        this.attachments = attachments;
        this.notifier = notifier;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.VIETNAM));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }

    /** A petition as stored. */
    record Row(UUID id, UUID jurisdictionId, UUID officeId, String number, PetitionKind kind, PetitionChannel channel, LocalDate receivedOn, String subject,
               String content, @Nullable String contestedAct, @Nullable String addressedTo, @Nullable String transferredFrom, int petitionerCount, boolean crowd,
               PetitionStatus status, @Nullable String trackingCode, @Nullable UUID addressedBodyId, @Nullable UUID caseId, long version, Instant createdAt,
               Instant updatedAt) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), SqlPages.uuid(rs, "office_id"), rs.getString("number"),
                    PetitionKind.valueOf(rs.getString("kind")), PetitionChannel.valueOf(rs.getString("channel")), rs.getObject("received_on", LocalDate.class),
                    rs.getString("subject"), rs.getString("content"), rs.getString("contested_act"), rs.getString("addressed_to"),
                    rs.getString("transferred_from"), rs.getInt("petitioner_count"), rs.getBoolean("crowd"), PetitionStatus.valueOf(rs.getString("status")),
                    rs.getString("tracking_code"), SqlPages.uuid(rs, "addressed_body_id"), SqlPages.uuid(rs, "case_id"), rs.getLong("version"),
                    SqlPages.instant(rs, "created_at"), SqlPages.instant(rs, "updated_at"));
        }

        PetitionSummary summary(LocalDate today, @Nullable LocalDate dueOn) {
            Long daysLeft = dueOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
            return new PetitionSummary(id, number, kind, channel, receivedOn, subject, status, petitionerCount, petitionerCount == 0, crowd, dueOn, daysLeft,
                    daysLeft != null && daysLeft < 0, version, at(updatedAt));
        }
    }

    // ---- intake ----------------------------------------------------------------------------------------------

    @Transactional
    public Idempotency.Outcome<PetitionResponse> receive(Caller caller, @Nullable String idempotencyKey, PetitionRequest request) {
        if (!PetitionAccess.isOfficeStaff(caller)) {
            throw ProblemException.forbidden("Petitions are received by the offices' staff.");
        }
        return idempotency.run(caller, idempotencyKey, "petitions.receive", request, PetitionResponse.class, () -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (request.channel() == PetitionChannel.E_PORTAL) {
                errors.add(new Problem.FieldError("channel", "petitions from the e-portal arrive through POST /portal/petitions"));
            }
            if (request.channel() == PetitionChannel.TRANSFERRED && blank(request.transferredFrom())) {
                errors.add(new Problem.FieldError("transferredFrom", "a transferred petition names the body that transferred it"));
            }
            if (request.receivedOn().isAfter(today())) {
                errors.add(new Problem.FieldError("receivedOn", "must not be in the future"));
            }
            checkBody(portalOrOffice(caller), request.addressedBodyId(), errors);
            List<PetitionerRequest> petitioners = request.petitioners() == null ? List.of() : request.petitioners();
            int count = checkPetitioners(petitioners, request.petitionerCount(), errors);
            List<UUID> files = request.attachmentIds() == null ? List.of() : request.attachmentIds();
            failIfAny(errors);
            attachments.requireOwn(caller, files, "attachmentIds");
            UUID id = TimeOrderedIds.next();
            deferReferencesToNewPetition();
            writePetitioners(id, petitioners);
            register(id, caller.jurisdictionId(), caller.officeId(), request.kind(), request.channel(), request.receivedOn(), request.subject(), request.content(),
                    request.contestedAct(), request.addressedTo(), request.addressedBodyId(), request.transferredFrom(), count, null, caller.id()).run();
            for (UUID file : files) {
                sql.exec("INSERT INTO petition_attachment (petition_id, attachment_id) VALUES (?, ?)", id, file);
            }
            sealScans(caller, id, request.identityScanIds() == null ? List.of() : request.identityScanIds());
            event(id, "RECEIVED", "RECEIVED", null, caller.id(), caller.name());
            PetitionResponse created = get(caller, id);
            audit.record(caller, "CREATE", "petition", id, null, created);
            return created;
        });
    }

    /**
     * Takes the scans that show a petitioner's handwriting out of the attachment store and seals them (name, type and bytes)
     * with the identity key: last in the transaction, after everything else was checked.
     */
    private void sealScans(Caller caller, UUID petitionId, List<UUID> scanIds) {
        List<UUID> distinct = scanIds.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            vn.lienthong.kernel.attachment.AttachmentService.Taken taken = attachments.take(caller, distinct.get(i), "identityScanIds[" + i + "]");
            IdentityVault.Sealed meta = vault.sealBytes((taken.contentType() + "\n" + taken.fileName()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            IdentityVault.Sealed content = vault.sealBytes(taken.content());
            sql.exec("INSERT INTO petition_identity_scan (id, petition_id, position, sealed_meta, sealed_content, key_id) VALUES (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), petitionId, i + 1, meta.ciphertext(), content.ciphertext(), content.keyId());
        }
    }

    /** A sealed scan opened for a handler: its file name, type and bytes. */
    public record Scan(String fileName, String contentType, byte[] content) {
    }

    /** Opens one sealed scan for an assigned handler, with a reason recorded as a disclosure. */
    @Transactional
    public Scan discloseScan(Caller caller, UUID id, UUID scanId, DisclosureRequest request) {
        Row row = load(caller, id);
        if (!isHandler(caller, id)) {
            throw ProblemException.forbidden("Only the petition's assigned handlers may see a petitioner's handwriting.");
        }
        Object[] scan = sql.row("SELECT sealed_meta, sealed_content, key_id FROM petition_identity_scan WHERE id = ? AND petition_id = ?", scanId, id);
        if (scan == null) {
            throw ProblemException.notFound("scan");
        }
        UUID disclosure = UUID.randomUUID();
        sql.exec("INSERT INTO petition_identity_disclosure (id, jurisdiction_id, petition_id, user_id, user_name, reason, disclosed_at, scan_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", disclosure, caller.jurisdictionId(), id, caller.id(), caller.name(), request.reason().strip(), now(), scanId);
        audit.recordAccess(caller, "DISCLOSE_IDENTITY_SCAN", "petition", id, Map.of("disclosureId", disclosure, "scanId", scanId, "petitionNumber", row.number()));
        String[] meta = new String(vault.openBytes((byte[]) scan[0], (String) scan[2]), java.nio.charset.StandardCharsets.UTF_8).split("\n", 2);
        return new Scan(meta[1], meta[0], vault.openBytes((byte[]) scan[1], (String) scan[2]));
    }

    /** What the e-portal's idempotent submission stores and replays: no identity, no secret. */
    @Serdeable
    record PortalAccepted(UUID petitionId, String trackingCode, LocalDate receivedOn, String officeName) {
    }

    @Transactional
    public Idempotency.Outcome<PortalReceipt> submit(Caller portal, @Nullable String idempotencyKey, PortalPetitionRequest request) {
        if (portal.kind() != Caller.Kind.MACHINE) {
            throw ProblemException.forbidden("Only the e-portal's machine client submits petitions here.");
        }
        if (idempotencyKey == null) {
            throw ProblemException.invalid(Idempotency.HEADER, "the e-portal sends an Idempotency-Key with every submission, so a retry is never a second petition");
        }
        // the office's number comes last, after the idempotency record holds the response (see register)
        Runnable[] numbering = new Runnable[1];
        Idempotency.Outcome<PortalAccepted> outcome = idempotency.run(portal, idempotencyKey, "petitions.submit", request, PortalAccepted.class, () -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            String officeName = sql.scalar("SELECT name_vi FROM office WHERE id = ? AND jurisdiction_id = ?", String.class, request.officeId(), portal.jurisdictionId());
            if (officeName == null) {
                errors.add(new Problem.FieldError("officeId", "no such office in this jurisdiction"));
            }
            checkBody(portal.jurisdictionId(), request.addressedBodyId(), errors);
            List<PetitionerRequest> petitioners = request.petitioners() == null ? List.of() : request.petitioners();
            int count = checkPetitioners(petitioners, request.petitionerCount(), errors);
            failIfAny(errors);
            String code = vault.newTrackingCode();
            LocalDate today = today();
            UUID id = TimeOrderedIds.next();
            deferReferencesToNewPetition();
            writePetitioners(id, petitioners);
            event(id, "RECEIVED", "RECEIVED", null, null, portal.name());
            audit.record(portal, "CREATE", "petition", id, null, Map.of("channel", "E_PORTAL", "kind", request.kind().name(), "officeId", request.officeId()));
            numbering[0] = register(id, portal.jurisdictionId(), request.officeId(), request.kind(), PetitionChannel.E_PORTAL, today, request.subject(),
                    request.content(), request.contestedAct(), null, request.addressedBodyId(), null, count, code, null);
            return new PortalAccepted(id, code, today, officeName);
        });
        if (numbering[0] != null) {
            numbering[0].run();
        }
        PortalAccepted accepted = outcome.body();
        return new Idempotency.Outcome<>(new PortalReceipt(accepted.trackingCode(), vault.secretOf(accepted.trackingCode()), accepted.receivedOn(),
                accepted.officeName()), outcome.replayed());
    }

    private static UUID portalOrOffice(Caller caller) {
        return caller.jurisdictionId();
    }

    private void checkBody(UUID jurisdictionId, @Nullable UUID bodyId, List<Problem.FieldError> errors) {
        if (bodyId != null && sql.scalar("SELECT count(*) FROM leadership_body WHERE id = ? AND jurisdiction_id = ?", Long.class, bodyId, jurisdictionId) == 0) {
            errors.add(new Problem.FieldError("addressedBodyId", "no such leadership body in this jurisdiction"));
        }
    }

    /** Checks the petitioners against the declared count and the crowd rules; returns the count. */
    private static int checkPetitioners(List<PetitionerRequest> petitioners, @Nullable Integer declared, List<Problem.FieldError> errors) {
        int count = declared == null ? petitioners.size() : declared;
        if (count < petitioners.size()) {
            errors.add(new Problem.FieldError("petitionerCount", "must be at least the number of petitioners listed (" + petitioners.size() + ")"));
        } else if (count > 0 && petitioners.isEmpty()) {
            errors.add(new Problem.FieldError("petitioners", "list at least the representatives, or leave the count empty for an anonymous petition"));
        }
        long representatives = petitioners.stream().filter(PetitionerRequest::representative).count();
        if (count >= 5) {
            // Decree 75/2012 and 64/2014: 5–10 people choose 1–2 representatives, more than 10 up to 5
            long allowed = count <= 10 ? 2 : 5;
            if (representatives < 1 || representatives > allowed) {
                errors.add(new Problem.FieldError("petitioners", "a crowd of " + count + " chooses 1 to " + allowed + " representatives; " + representatives + " marked"));
            }
        } else if (representatives > 0) {
            errors.add(new Problem.FieldError("petitioners", "representatives are chosen by a crowd of five or more"));
        }
        return count;
    }

    /**
     * The references of petitioner, petition_event and petition_text to petition are checked at commit in this
     * transaction, so a new petition's petitioners, first event and search text are written before its row, which
     * {@link #register} writes last with the office's number.
     */
    private void deferReferencesToNewPetition() {
        sql.exec("SET CONSTRAINTS petitioner_petition_id_fkey, petition_event_petition_id_fkey, petition_text_petition_id_fkey DEFERRED");
    }

    /** Seals and writes the petitioners of a new petition whose row is not written yet (after {@link #deferReferencesToNewPetition}). */
    private void writePetitioners(UUID id, List<PetitionerRequest> petitioners) {
        for (int i = 0; i < petitioners.size(); i++) {
            PetitionerRequest p = petitioners.get(i);
            IdentityVault.Sealed sealed = vault.seal(new IdentityVault.Identity(p.fullName().strip(), blankToNull(p.address()), blankToNull(p.idNumber()),
                    blankToNull(p.phone())));
            sql.exec("INSERT INTO petitioner (id, petition_id, position, representative, identity, key_id, name_fingerprint, id_fingerprint) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", TimeOrderedIds.next(), id, i + 1, p.representative(), sealed.ciphertext(), sealed.keyId(),
                    vault.fingerprint("name", p.fullName()), vault.fingerprint("id", p.idNumber()));
        }
    }

    /** The series of the petitions' numbers (số đơn) in reference_counter. */
    static final String SERIES = "PETITION";

    /**
     * The office's next number and the petition's row, in one statement (see {@link ReferenceNumbers#NEXT}). Parameters:
     * office, series, year (the counter), then id, jurisdiction, office, year (the number's), kind, channel, received on,
     * subject, content, contested act, addressed to, addressed body, transferred from, petitioner count, tracking code,
     * first due on, its rule, created by, created at, updated at.
     */
    static final String REGISTER = "WITH n AS (" + ReferenceNumbers.NEXT + """
            )
            INSERT INTO petition (id, jurisdiction_id, office_id, number, kind, channel, received_on, subject, content, contested_act, addressed_to,
                                  addressed_body_id, transferred_from, petitioner_count, status, tracking_code, first_due_on, first_due_rule, created_by, created_at,
                                  updated_at)
            SELECT ?, ?, ?,\s""" + ReferenceNumbers.DISPLAY + """
            , ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?
            FROM n""";

    /**
     * Writes what a new petition needs besides its row (its search text, the office's notification) and returns the step
     * that takes the office's next number (số đơn) and writes the row with its first statutory due date. The number's
     * counter row stays locked until the transaction commits (no gaps, no duplicates), so callers run that step as late
     * as they can: concurrent submissions to one office then queue only for the petition's own row and the commit. The
     * search text (the GIN indexes of petition_text) is written here, before, and does not hold the number (V23); the
     * caller has deferred its reference to the row ({@link #deferReferencesToNewPetition}).
     */
    private Runnable register(UUID id, UUID jurisdictionId, UUID officeId, PetitionKind kind, PetitionChannel channel, LocalDate receivedOn, String subject,
                              String content, @Nullable String contestedAct, @Nullable String addressedTo, @Nullable UUID addressedBodyId,
                              @Nullable String transferredFrom, int count, @Nullable String trackingCode, @Nullable UUID createdBy) {
        // the first statutory step, counted from receipt with the jurisdiction's working days (422 when the holiday calendar does not know a year it reaches)
        StatutoryDeadlines.Due first = deadlines.due(jurisdictionId, kind.name(), PetitionHandling.firstStage(kind), kind == PetitionKind.COMPLAINT ? "FIRST" : null, "NORMAL",
                false, receivedOn);
        sql.exec(WRITE_TEXT, officeId, id, subject.strip(), content.strip(), blankToNull(contestedAct), blankToNull(addressedTo));
        notifier.send(jurisdictionId, Notifier.Recipient.OFFICE, officeId, new Notifier.Message("PETITION_RECEIVED", "Đơn mới tiếp nhận",
                "Đơn «" + subject.strip() + "» tiếp nhận ngày " + vn.lienthong.kernel.clock.VietnameseDates.format(receivedOn) + ", chờ phân loại, xử lý.",
                "/petitions/" + id, "petition", id.toString()));
        return () -> {
            Instant now = now();
            sql.exec(REGISTER, officeId, SERIES, receivedOn.getYear(), id, jurisdictionId, officeId, receivedOn.getYear(), kind, channel, receivedOn,
                    subject.strip(), content.strip(), blankToNull(contestedAct), blankToNull(addressedTo), addressedBodyId, blankToNull(transferredFrom), count,
                    trackingCode, first.dueOn(), first.legalReference(), createdBy, now, now);
        };
    }

    /** A new petition's search text (office, id, subject, content, contested act, addressed to), before its row. */
    static final String WRITE_TEXT = "INSERT INTO petition_text (office_id, petition_id, search_text) VALUES (?, ?, petition_search_text(?, ?, ?, ?))";

    void event(UUID petitionId, String kind, @Nullable String publicStage, @Nullable String note, @Nullable UUID actorId, String actorName) {
        sql.exec("INSERT INTO petition_event (id, petition_id, kind, public_stage, note, actor_id, actor_name, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                TimeOrderedIds.next(), petitionId, kind, publicStage, note, actorId, actorName, now());
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    public record ListFilter(@Nullable PetitionKind kind, @Nullable PetitionStatus status, @Nullable PetitionChannel channel, @Nullable LocalDate receivedFrom,
                             @Nullable LocalDate receivedTo, @Nullable UUID addressedBodyId, boolean mine, boolean overdue, boolean open,
                             @Nullable UUID officeId, @Nullable Boolean resolvedOnTime) {
    }

    /**
     * The due date of an open petition: the first step while received, the resolution once accepted (SQL function
     * petition_due, which the index petition_open_due and the assignments' copy in petition_handler use too).
     */
    static final String DUE = "petition_due(p.status, p.first_due_on, p.resolution_due_on)";

    /** What a text's words must hold to contain the query (search_words_query, V22): NULL for a single word. */
    static final String SEARCH_WORDS = "SELECT search_words_query(?)::text";

    /**
     * The search of several words: the office's texts holding the query's words (the words' index), then containing the
     * whole query (office, the words of {@link #SEARCH_WORDS}, the query). strpos and not LIKE: the trigram index must not
     * be read as well.
     */
    static final String SEARCH_BY_WORDS = "p.id IN (SELECT t.petition_id FROM petition_text t WHERE t.office_id = ? "
            + "AND search_words(t.search_text) @@ ?::tsquery AND strpos(t.search_text, search_normalize(?)) > 0)";

    /** A query that is a petition's number (số đơn): "125", or "125/2026" with its year. */
    static final Pattern NUMBER_QUERY = Pattern.compile("0*([1-9][0-9]{0,8})(?:/([0-9]{4}))?");

    /**
     * The office's petitions numbered as the query (the text does not hold the number, see {@link #register}): the
     * number of each year the office's counter has numbered, or of the year given, read from the unique index on
     * (office, number). Parameters: office, the number with its slash, office, series, year or null.
     */
    static final String SEARCH_BY_NUMBER = "SELECT n.id FROM petition n WHERE n.office_id = ? AND n.number IN (SELECT ? || c.year FROM reference_counter c "
            + "WHERE c.office_id = ? AND c.series = ? AND c.year = coalesce(CAST(? AS int), c.year))";

    /** The open statuses: a petition waiting for its first step or for its resolution. */
    static final String OPEN = "p.status IN ('RECEIVED', 'ACCEPTED')";

    @Transactional(readOnly = true)
    public PageResponse<PetitionSummary> list(Caller caller, PageParams page, ListFilter filter) {
        if (!PetitionAccess.isOfficeStaff(caller)) {
            throw ProblemException.forbidden("Petitions are read by the staff of the office that received them.");
        }
        // The specialist's own worklist reads the assignments (petition_handler keeps each one's office, open flag and due
        // date): one range of petition_handler_worklist, and a count that never touches the petitions themselves (the LEFT
        // JOIN of the count is dropped when no condition reads p; every assignment has its petition).
        boolean mine = filter.mine();
        String due = mine ? "h.due_on" : DUE;
        SqlPages.Query query = mine
                ? new SqlPages.Query("p.*, h.due_on AS due_on", "petition_handler h JOIN petition p ON p.id = h.petition_id")
                        .countFrom("petition_handler h LEFT JOIN petition p ON p.id = h.petition_id")
                        .tieBreaker("h.petition_id")
                        .where("h.user_id = ?", caller.id())
                        .where("h.office_id = ?", caller.officeId())
                : new SqlPages.Query("p.*, " + DUE + " AS due_on", "petition p")
                        .tieBreaker("p.id")
                        .where("p.office_id = ?", caller.officeId());
        query.whereIfPresent(filter.kind(), "p.kind = ?")
                .whereIfPresent(filter.status(), "p.status = ?")
                .whereIfPresent(filter.channel(), "p.channel = ?")
                .whereIfPresent(filter.receivedFrom(), "p.received_on >= ?")
                .whereIfPresent(filter.receivedTo(), "p.received_on <= ?")
                .whereIfPresent(filter.addressedBodyId(), "p.addressed_body_id = ?")
                .whereIfPresent(filter.officeId(), "p.office_id = ?")
                .whereIfPresent(filter.resolvedOnTime(), "p.status = 'RESOLVED' AND (p.resolved_on <= p.resolution_due_on) = ?")
                .updatedSince("p.updated_at", page.updatedSince())
                .sortable("receivedOn", "p.received_on").sortable("updatedAt", "p.updated_at").sortable("dueOn", due)
                .defaultSort("-receivedOn");
        if (page.q() != null && !page.q().isBlank()) {
            // the office's partition of petition_text (the text without diacritics): the words' index when the query has
            // words after its first, else the trigrams; the page reads every match to sort them, and counts them in the
            // same statement
            String q = page.q().strip();
            String words = q.indexOf(' ') < 0 ? null : sql.scalar(SEARCH_WORDS, String.class, q);
            query.countWithPage();
            if (words != null) {
                query.where(SEARCH_BY_WORDS, caller.officeId(), words, q);
            } else {
                Matcher number = NUMBER_QUERY.matcher(q);
                String byText = "SELECT t.petition_id FROM petition_text t WHERE t.office_id = ? AND " + SqlPages.Query.contains("t.search_text");
                if (number.matches()) {
                    query.where("p.id IN (" + byText + " UNION ALL " + SEARCH_BY_NUMBER + ")", caller.officeId(), SqlPages.Query.likeEscaped(q),
                            caller.officeId(), Integer.parseInt(number.group(1)) + "/", caller.officeId(), SERIES,
                            number.group(2) == null ? null : Integer.valueOf(number.group(2)));
                } else {
                    query.where("p.id IN (" + byText + ")", caller.officeId(), SqlPages.Query.likeEscaped(q));
                }
            }
        }
        if (filter.open()) {
            query.where(mine ? "h.open" : OPEN);
        }
        if (filter.overdue()) {
            query.where(due + " < ?", today());
        }
        LocalDate today = today();
        return pages.page(query, page, rs -> Row.of(rs).summary(today, rs.getObject("due_on", LocalDate.class)));
    }

    /** The petition, 404 unless the caller's office received it. */
    Row load(Caller caller, UUID id) {
        List<Row> rows = sql.query("SELECT * FROM petition WHERE id = ? AND jurisdiction_id = ?", Row::of, id, caller.jurisdictionId());
        if (rows.isEmpty() || !PetitionAccess.readsPetitionsOf(caller, rows.get(0).officeId())) {
            throw ProblemException.notFound("petition");
        }
        return rows.get(0);
    }

    boolean isHandler(Caller caller, UUID petitionId) {
        return caller.isPerson() && sql.scalar("SELECT count(*) FROM petition_handler WHERE petition_id = ? AND user_id = ?", Long.class, petitionId, caller.id()) > 0;
    }

    @Transactional(readOnly = true)
    public PetitionResponse get(Caller caller, UUID id) {
        Row row = load(caller, id);
        boolean handler = isHandler(caller, id);
        // A handler sees the identities of a complaint, recommendation or reflection; a denouncer's only through a disclosure.
        boolean open = handler && row.kind() != PetitionKind.DENUNCIATION;
        List<PetitionerView> petitioners = petitioners(id, open);
        List<HandlerView> handlers = sql.query("SELECT h.user_id, u.full_name, h.assigned_at FROM petition_handler h JOIN app_user u ON u.id = h.user_id "
                + "WHERE h.petition_id = ? ORDER BY h.assigned_at", rs -> new HandlerView(SqlPages.uuid(rs, "user_id"), rs.getString("full_name"),
                at(SqlPages.instant(rs, "assigned_at"))), id);
        List<UUID> files = sql.query("SELECT attachment_id FROM petition_attachment WHERE petition_id = ? ORDER BY attachment_id",
                rs -> SqlPages.uuid(rs, "attachment_id"), id);
        HandlingDtos.HandlingView handling = handlingViews.view(id, row.status(), today());
        List<PetitionAction> actions = new ArrayList<>();
        boolean leader = PetitionAccess.isLeaderOf(caller, row.officeId());
        if (leader) {
            actions.add(PetitionAction.ASSIGN_HANDLER);
        }
        if (handler && !petitioners.isEmpty()) {
            actions.add(PetitionAction.REVEAL_IDENTITY);
        }
        if (handler || leader) {
            actions.addAll(PetitionHandling.allowed(row.status(), handling.eligible()));
        }
        return new PetitionResponse(row.id(), row.number(), row.officeId(), row.kind(), row.channel(), row.receivedOn(), row.subject(), row.content(),
                row.contestedAct(), row.addressedTo(), row.addressedBodyId(), row.transferredFrom(), row.status(), row.petitionerCount(), row.petitionerCount() == 0, row.crowd(),
                row.trackingCode(), petitioners, handlers, files,
                sql.scalar("SELECT count(*) FROM petition_identity_scan WHERE petition_id = ?", Long.class, id).intValue(), handling, row.caseId(), flags(row, handling), actions, row.version(), at(row.createdAt()), at(row.updatedAt()));
    }

    /**
     * What the specialist must notice: a crowd case; a repeated petition on a matter already resolved (its case holds a
     * resolved, guided or filed petition, or it was classified as already resolved); a long-standing case (more than a
     * year, or three petitions or more); a petition that skips levels; an anonymous one.
     */
    List<String> flags(Row row, HandlingDtos.HandlingView handling) {
        List<String> flags = new ArrayList<>();
        if (row.crowd()) {
            flags.add("CROWD");
        }
        boolean repeated = handling.ineligibleReason() == HandlingDtos.IneligibleReason.ALREADY_RESOLVED;
        if (row.caseId() != null) {
            Object[] c = sql.row("""
                    SELECT count(*), min(received_on), count(*) FILTER (WHERE status IN ('RESOLVED', 'GUIDED', 'FILED') AND received_on <= ? AND id <> ?)
                    FROM petition WHERE case_id = ?""", row.receivedOn(), row.id(), row.caseId());
            repeated |= ((Number) c[2]).longValue() > 0;
            if (((Number) c[0]).longValue() >= 3 || ((LocalDate) c[1]).isBefore(today().minusYears(1))) {
                flags.add("LONG_STANDING");
            }
        }
        if (repeated) {
            flags.add("REPEATED");
        }
        if (handling.ineligibleReason() == HandlingDtos.IneligibleReason.SKIPS_LEVEL) {
            flags.add("SKIPS_LEVEL");
        }
        if (row.petitionerCount() == 0) {
            flags.add("ANONYMOUS");
        }
        return flags;
    }

    private List<PetitionerView> petitioners(UUID petitionId, boolean open) {
        return sql.query("SELECT position, representative, identity, key_id FROM petitioner WHERE petition_id = ? ORDER BY position", rs -> {
            IdentityView identity = null;
            if (open) {
                IdentityVault.Identity i = vault.open(rs.getBytes("identity"), rs.getString("key_id"));
                identity = new IdentityView(i.fullName(), i.address(), i.idNumber(), i.phone());
            }
            return new PetitionerView(rs.getInt("position"), rs.getBoolean("representative"), !open, identity);
        }, petitionId);
    }

    @Transactional(readOnly = true)
    public List<EventView> history(Caller caller, UUID id) {
        load(caller, id);
        return sql.query("SELECT kind, note, actor_name, at FROM petition_event WHERE petition_id = ? ORDER BY at, id", rs -> new EventView(rs.getString("kind"),
                rs.getString("note"), rs.getString("actor_name"), at(SqlPages.instant(rs, "at"))), id);
    }

    // ---- handlers and disclosure -----------------------------------------------------------------------------

    @Transactional
    public PetitionResponse assign(Caller caller, UUID id, HandlerRequest request) {
        Row row = load(caller, id);
        if (!PetitionAccess.isLeaderOf(caller, row.officeId())) {
            throw ProblemException.forbidden("A leader of the receiving office assigns the handlers.");
        }
        Object[] user = sql.row("SELECT full_name, office_id, role, active FROM app_user WHERE id = ? AND jurisdiction_id = ?", request.userId(), caller.jurisdictionId());
        if (user == null || !row.officeId().equals(user[1]) || !Role.valueOf((String) user[2]).isOfficeRole() || !Boolean.TRUE.equals(user[3])) {
            throw ProblemException.invalid("userId", "must be an active staff member of the receiving office");
        }
        if (sql.scalar("SELECT count(*) FROM petition_handler WHERE petition_id = ? AND user_id = ?", Long.class, id, request.userId()) > 0) {
            throw ProblemException.conflict("Already a handler of this petition.");
        }
        boolean first = sql.scalar("SELECT count(*) FROM petition_handler WHERE petition_id = ?", Long.class, id) == 0;
        sql.exec("INSERT INTO petition_handler (petition_id, user_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)", id, request.userId(), caller.id(), now());
        sql.exec("UPDATE petition SET version = version + 1, updated_at = ? WHERE id = ?", now(), id);
        event(id, "HANDLER_ASSIGNED", first ? "IN_PROGRESS" : null, (String) user[0], caller.id(), caller.name());
        audit.record(caller, "ASSIGN", "petition_handler", id, null, Map.of("userId", request.userId()));
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.USER, request.userId(), new Notifier.Message("PETITION_ASSIGNED", "Được giao xử lý đơn",
                "Đơn số " + row.number() + " được giao cho đồng chí xử lý.", "/petitions/" + id, "petition", id.toString()));
        return get(caller, id);
    }

    /** The staff of the receiving office a leader may assign as handlers, with whether each already is one. */
    @Transactional(readOnly = true)
    public List<PetitionDtos.StaffMember> assignableHandlers(Caller caller, UUID id) {
        Row row = load(caller, id);
        if (!PetitionAccess.isLeaderOf(caller, row.officeId())) {
            throw ProblemException.forbidden("A leader of the receiving office assigns the handlers.");
        }
        return sql.query("""
                SELECT u.id, u.full_name, u.role, EXISTS (SELECT 1 FROM petition_handler h WHERE h.petition_id = ? AND h.user_id = u.id) AS handler
                FROM app_user u WHERE u.office_id = ? AND u.active AND u.role IN ('SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE')
                ORDER BY u.full_name""", rs -> new PetitionDtos.StaffMember(SqlPages.uuid(rs, "id"), rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("handler")), id, row.officeId());
    }

    @Transactional
    public DisclosureResponse disclose(Caller caller, UUID id, DisclosureRequest request) {
        Row row = load(caller, id);
        if (!isHandler(caller, id)) {
            throw ProblemException.forbidden("Only the petition's assigned handlers may see a petitioner's identity.");
        }
        UUID disclosure = UUID.randomUUID();
        sql.exec("INSERT INTO petition_identity_disclosure (id, jurisdiction_id, petition_id, user_id, user_name, reason, disclosed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                disclosure, caller.jurisdictionId(), id, caller.id(), caller.name(), request.reason().strip(), now());
        audit.recordAccess(caller, "DISCLOSE_IDENTITY", "petition", id, Map.of("disclosureId", disclosure, "petitionNumber", row.number()));
        return new DisclosureResponse(disclosure, petitioners(id, true), sql.query("SELECT id, position FROM petition_identity_scan WHERE petition_id = ? ORDER BY position",
                rs -> new PetitionDtos.ScanView(SqlPages.uuid(rs, "id"), rs.getInt("position")), id));
    }

    @Transactional(readOnly = true)
    public PageResponse<DisclosureLogEntry> disclosures(Caller caller, PageParams page, @Nullable UUID petitionId) {
        if (!caller.isPerson() || !caller.hasRole(Role.SYSTEM_ADMIN)) {
            throw ProblemException.forbidden("The disclosure log is for the administrators.");
        }
        SqlPages.Query query = new SqlPages.Query("d.*, p.number", "petition_identity_disclosure d JOIN petition p ON p.id = d.petition_id")
                .tieBreaker("d.id")
                .where("d.jurisdiction_id = ?", caller.jurisdictionId())
                .whereIfPresent(petitionId, "d.petition_id = ?")
                .sortable("disclosedAt", "d.disclosed_at")
                .defaultSort("-disclosedAt");
        return pages.page(query, page, rs -> new DisclosureLogEntry(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "petition_id"), rs.getString("number"),
                SqlPages.uuid(rs, "user_id"), rs.getString("user_name"), rs.getString("reason"), at(SqlPages.instant(rs, "disclosed_at"))));
    }

    // ---- the citizen's lookup --------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PublicStatus status(StatusLookup lookup) {
        List<Row> rows = sql.query("SELECT * FROM petition WHERE tracking_code = ?", Row::of, lookup.trackingCode().strip().toUpperCase());
        Row row = rows.isEmpty() ? null : rows.get(0);
        // the same work whether or not the code exists, so that timing does not tell codes apart
        if (!vault.matches(row == null ? null : row.trackingCode(), lookup.secret())) {
            throw ProblemException.notFound("petition");
        }
        List<PublicStage> stages = sql.query("SELECT public_stage, at FROM petition_event WHERE petition_id = ? AND public_stage IS NOT NULL ORDER BY at, id",
                rs -> new PublicStage(rs.getString("public_stage"), SqlPages.instant(rs, "at").atZone(Zones.VIETNAM).toLocalDate()), row.id());
        return new PublicStatus(row.trackingCode(), row.receivedOn(), stages);
    }

    private static void failIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The petition is incomplete or refers to unknown data.", errors, Map.of());
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }
}
