package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.petition.PetitionDtos.PetitionResponse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Likely duplicates and cases (vụ việc). On intake the specialist sees the office's petitions from the same petitioner
 * (matched by the blind indexes of name and ID number, so "Nguyễn Văn Bình" finds "nguyen van binh") or with similar
 * content (trigram similarity of the text without diacritics), and links them into one case whose history then tells
 * repeated, long-standing and crowd cases apart.
 */
@Singleton
class PetitionCases {
    /**
     * Candidates among the office's other petitions: same petitioner, or content similar enough for pg_trgm's % (0.3),
     * found in the office's partition of petition_text. Parameters: office, id, office, office.
     */
    static final String DUPLICATES_SQL = """
            WITH me AS (SELECT t.petition_id AS id, t.search_text FROM petition_text t WHERE t.office_id = ? AND t.petition_id = ?),
                 candidate AS (SELECT t.petition_id AS id FROM me JOIN petition_text t ON t.office_id = ? AND t.search_text % me.search_text
                               WHERE t.petition_id <> me.id
                               UNION
                               SELECT b.petition_id FROM me JOIN petitioner a ON a.petition_id = me.id
                               JOIN petitioner b ON b.petition_id <> a.petition_id AND (b.name_fingerprint = a.name_fingerprint OR b.id_fingerprint = a.id_fingerprint))
            SELECT p.id, p.number, p.kind, p.received_on, p.subject, p.status, p.case_id,
                   round(similarity(t.search_text, me.search_text)::numeric, 2) AS score,
                   EXISTS (SELECT 1 FROM petitioner a JOIN petitioner b ON (a.name_fingerprint = b.name_fingerprint OR a.id_fingerprint = b.id_fingerprint)
                           WHERE a.petition_id = me.id AND b.petition_id = p.id) AS same_petitioner
            FROM me CROSS JOIN candidate c
            JOIN petition p ON p.id = c.id
            JOIN petition_text t ON t.office_id = p.office_id AND t.petition_id = p.id
            WHERE p.office_id = ?
            ORDER BY same_petitioner DESC, score DESC, p.received_on DESC
            LIMIT 20""";

    private final Petitions petitions;
    private final Sql sql;
    private final AuditTrail audit;

    PetitionCases(Petitions petitions, Sql sql, AuditTrail audit) {
        this.petitions = petitions;
        this.sql = sql;
        this.audit = audit;
    }

    @Serdeable
    @Schema(name = "PetitionDuplicateCandidate", description = "A petition of the same office that may be a duplicate: never anyone's identity, only whether "
            + "the petitioner is the same",
            example = "{\"petitionId\":\"9b1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\",\"number\":\"7/2026\",\"kind\":\"COMPLAINT\",\"receivedOn\":\"2026-10-02\","
                    + "\"subject\":\"Khiếu nại về bồi thường\",\"status\":\"FORWARDED\",\"caseId\":null,\"samePetitioner\":true,\"similarity\":0.82}")
    record Candidate(@Schema(description = "Petition id") UUID petitionId, @Schema(description = "Number") String number,
                     @Schema(description = "Kind") PetitionKind kind, @Schema(description = "Received on") LocalDate receivedOn,
                     @Schema(description = "Summary") String subject, @Schema(description = "Status") PetitionStatus status,
                     @Schema(description = "Its case, if linked") @Nullable UUID caseId,
                     @Schema(description = "Sent by the same petitioner (name or ID number, without diacritics)") boolean samePetitioner,
                     @Schema(description = "Content similarity 0–1 (trigrams of the text without diacritics)") BigDecimal similarity) {
    }

    @Serdeable
    @Schema(name = "PetitionCaseLinkRequest", description = "Link this petition and others of the office into one case (vụ việc)",
            example = "{\"petitionIds\":[\"9b1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\"],\"title\":\"Vụ việc bồi thường giải phóng mặt bằng dự án đường vành đai\"}")
    record LinkRequest(@Schema(description = "The other petitions") @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> petitionIds,
                       @Schema(description = "Title of a new case (default: this petition's summary)") @Nullable @Size(max = 500) String title) {
    }

    @Transactional(readOnly = true)
    List<Candidate> duplicates(Caller caller, UUID id) {
        Petitions.Row row = petitions.load(caller, id);
        return sql.query(DUPLICATES_SQL, rs -> new Candidate(SqlPages.uuid(rs, "id"), rs.getString("number"), PetitionKind.valueOf(rs.getString("kind")),
                rs.getObject("received_on", LocalDate.class), rs.getString("subject"), PetitionStatus.valueOf(rs.getString("status")), SqlPages.uuid(rs, "case_id"),
                rs.getBoolean("same_petitioner"), rs.getBigDecimal("score").setScale(2, RoundingMode.HALF_UP)), row.officeId(), id, row.officeId(), row.officeId());
    }

    /** Links the petitions into one case: the existing case of any of them (the oldest, when they are in several), or a new one. */
    @Transactional
    PetitionResponse link(Caller caller, UUID id, LinkRequest request) {
        Petitions.Row row = petitions.load(caller, id);
        if (!PetitionAccess.isOfficeStaff(caller)) {
            throw ProblemException.forbidden("The office's staff link petitions into cases.");
        }
        Set<UUID> members = new LinkedHashSet<>();
        members.add(id);
        for (UUID other : request.petitionIds()) {
            Petitions.Row o;
            try {
                o = petitions.load(caller, other);
            } catch (ProblemException notFound) {
                throw ProblemException.invalid("petitionIds", "no such petition in the office: " + other);
            }
            members.add(o.id());
        }
        if (members.size() < 2) {
            throw ProblemException.invalid("petitionIds", "name at least one other petition");
        }
        UUID[] ids = members.toArray(UUID[]::new);
        UUID caseId = sql.scalar("SELECT c.id FROM petition_case c WHERE c.id IN (SELECT case_id FROM petition WHERE id = ANY (?)) ORDER BY c.created_at LIMIT 1",
                UUID.class, (Object) ids);
        List<UUID> mergedCases = new ArrayList<>();
        if (caseId == null) {
            caseId = UUID.randomUUID();
            String title = request.title() == null || request.title().isBlank() ? row.subject() : request.title().strip();
            sql.exec("INSERT INTO petition_case (id, jurisdiction_id, office_id, title, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)", caseId,
                    caller.jurisdictionId(), row.officeId(), title, caller.id(), petitions.now());
        } else {
            mergedCases.addAll(sql.query("SELECT DISTINCT case_id FROM petition WHERE id = ANY (?) AND case_id IS NOT NULL AND case_id <> ?",
                    rs -> SqlPages.uuid(rs, "case_id"), ids, caseId));
        }
        // every petition of a merged case follows into the surviving one
        sql.exec("UPDATE petition SET case_id = ?, version = version + 1, updated_at = ? WHERE id = ANY (?) OR case_id = ANY (?)", caseId, petitions.now(), ids,
                mergedCases.toArray(UUID[]::new));
        for (UUID member : members) {
            petitions.event(member, "LINKED_TO_CASE", null, null, caller.id(), caller.name());
        }
        audit.record(caller, "LINK", "petition_case", caseId, null, Map.of("petitionIds", List.copyOf(members), "merged", mergedCases));
        return petitions.get(caller, id);
    }

    @Serdeable
    @Schema(name = "PetitionCase", description = "A case and its petitions, oldest first",
            example = "{\"id\":\"9b1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\",\"title\":\"Vụ việc bồi thường\",\"firstReceivedOn\":\"2025-03-01\",\"petitions\":[]}")
    record CaseView(@Schema(description = "Case id") UUID id, @Schema(description = "Title") String title,
                    @Schema(description = "When its first petition came") LocalDate firstReceivedOn,
                    @Schema(description = "Its petitions (never identities)") List<PetitionDtos.PetitionSummary> petitions) {
    }

    @Transactional(readOnly = true)
    CaseView view(Caller caller, UUID caseId) {
        Object[] c = sql.row("SELECT title, office_id FROM petition_case WHERE id = ? AND jurisdiction_id = ?", caseId, caller.jurisdictionId());
        if (c == null || !PetitionAccess.readsPetitionsOf(caller, (UUID) c[1])) {
            throw ProblemException.notFound("case");
        }
        LocalDate today = petitions.today();
        List<PetitionDtos.PetitionSummary> members = sql.query("SELECT p.*, " + Petitions.DUE + " AS due_on FROM petition p WHERE p.case_id = ? ORDER BY p.received_on, p.id",
                rs -> Petitions.Row.of(rs).summary(today, rs.getObject("due_on", LocalDate.class)), caseId);
        return new CaseView(caseId, (String) c[0], members.isEmpty() ? today : members.get(0).receivedOn(), members);
    }
}
