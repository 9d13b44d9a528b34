package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Access;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.petition.DeadlineDtos.PetitionDeadlineResponse;
import vn.lienthong.petition.DeadlineDtos.PetitionDeadlineRuleRequest;
import vn.lienthong.petition.DeadlineDtos.PetitionDeadlineRuleResponse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The statutory time limits of petitions (Law on Complaints 2011, Law on Denunciation 2018, Circular 05/2021/TT-TTCP,
 * Decision 33/2017/QĐ-TTg) kept as data in `petition_deadline_rule`, and the due dates they give, counted against the
 * {@link HolidayCalendar}. The public entry point for the rest of the petition package is {@link #due}.
 *
 * <p>Which rule applies: the kind and stage must match; a rule with a round (complaints) needs the same round; a rule
 * applies to its own complexity and to higher ones, and a rule for remote areas only to remote areas. Of the rules that
 * apply, the most specific wins (highest complexity, then remote). So a COMPLEX denunciation at first handling gets the
 * 10-working-day rule, and an ESPECIALLY_COMPLEX complaint gets the COMPLEX one.
 */
@Singleton
public class StatutoryDeadlines {
    public static final List<String> KINDS = List.of("COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "REFLECTION", "VOTER_RECOMMENDATION");
    public static final List<String> STAGES = List.of("LODGING", "CLASSIFICATION", "ACCEPTANCE", "FORWARDING", "NOTIFICATION", "RESOLUTION", "ANSWER");
    public static final List<String> ROUNDS = List.of("FIRST", "SECOND");
    public static final List<String> COMPLEXITIES = List.of("NORMAL", "COMPLEX", "ESPECIALLY_COMPLEX");

    /** A computed deadline: the last day, the rule's time limit and day type, where it comes from, and the latest day with every extension. */
    public record Due(LocalDate dueOn, int days, String dayType, String legalReference, String ruleCode, @Nullable LocalDate extendedMaxOn) {
    }

    record Rule(UUID id, String code, String petitionKind, String stage, @Nullable String round, String complexity, boolean remoteArea, int days,
                String dayType, String countedFrom, @Nullable Integer extensionDays, @Nullable Integer maxExtensions, String legalReference,
                @Nullable String note, long version, Instant updatedAt) {

        PetitionDeadlineRuleResponse response() {
            return new PetitionDeadlineRuleResponse(id, code, petitionKind, stage, round, complexity, remoteArea, days, dayType, countedFrom, extensionDays,
                    maxExtensions, legalReference, note, version, updatedAt.atZone(Zones.VIETNAM).toOffsetDateTime());
        }
    }

    private static final String SELECT = "SELECT id, code, petition_kind, stage, round, complexity, remote_area, days, day_type, counted_from, extension_days, "
            + "max_extensions, legal_reference, note, version, updated_at FROM petition_deadline_rule";

    private final Sql sql;
    private final HolidayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    StatutoryDeadlines(Sql sql, HolidayCalendar calendar, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The statutory deadline of `stage` for a petition of `kind`, counted from `from` (whose meaning the rule says:
     * receipt, acceptance, decision or knowledge). `round` is FIRST or SECOND for complaints and null otherwise;
     * `complexity` NORMAL (the default when null), COMPLEX or ESPECIALLY_COMPLEX. 400 for a value outside those,
     * 422 when no rule applies or the count reaches a year whose holidays are not known. Working days are those of
     * `jurisdictionId`: the national calendar and that jurisdiction's local days off.
     */
    @Transactional(readOnly = true)
    public Due due(UUID jurisdictionId, String kind, String stage, @Nullable String round, @Nullable String complexity, boolean remoteArea, LocalDate from) {
        Rule rule = match(kind, stage, round, complexity, remoteArea);
        return count(jurisdictionId, rule, from);
    }

    /**
     * The computed deadline with what it is based on, for people and the e-portal: office roles, administrators (of the
     * jurisdiction or national), or a machine client with public:read; counted with the caller's jurisdiction's working days.
     */
    @Transactional(readOnly = true)
    public PetitionDeadlineResponse explain(Caller caller, String kind, String stage, @Nullable String round, @Nullable String complexity, boolean remoteArea,
                                            LocalDate from) {
        if (caller.isPerson() && !caller.isAdmin() && !caller.isNationalAdmin() && (caller.role() == null || !caller.role().isOfficeRole())) {
            throw ProblemException.forbidden("Statutory deadlines are computed for the offices' staff and administrators.");
        }
        Rule rule = match(kind, stage, round, complexity, remoteArea);
        Due due = count(caller.jurisdictionId(), rule, from);
        return new PetitionDeadlineResponse(from, rule.countedFrom(), due.dueOn(), rule.days(), rule.dayType(), rule.code(), rule.legalReference(),
                rule.extensionDays(), rule.maxExtensions(), due.extendedMaxOn(), rule.note());
    }

    private Due count(UUID jurisdictionId, Rule rule, LocalDate from) {
        if (from == null) {
            throw ProblemException.invalid("from", "must be given");
        }
        WorkingDays days = calendar.view(jurisdictionId);
        LocalDate dueOn = DeadlineCounting.dueOn(days, rule.dayType(), rule.days(), from);
        LocalDate extendedMaxOn = null;
        if (rule.extensionDays() != null && rule.maxExtensions() != null) {
            extendedMaxOn = DeadlineCounting.dueOn(days, rule.dayType(), rule.days() + rule.extensionDays() * rule.maxExtensions(), from);
        }
        return new Due(dueOn, rule.days(), rule.dayType(), rule.legalReference(), rule.code(), extendedMaxOn);
    }

    Rule match(String kind, String stage, @Nullable String round, @Nullable String complexity, boolean remoteArea) {
        String level = complexity == null ? "NORMAL" : complexity;
        requireOneOf("kind", kind, KINDS);
        requireOneOf("stage", stage, STAGES);
        if (round != null) {
            requireOneOf("round", round, ROUNDS);
        }
        requireOneOf("complexity", level, COMPLEXITIES);
        int rank = COMPLEXITIES.indexOf(level);
        return sql.query(SELECT + " WHERE petition_kind = ? AND stage = ?", StatutoryDeadlines::rule, kind, stage).stream()
                .filter(r -> r.round() == null || r.round().equals(round))
                .filter(r -> COMPLEXITIES.indexOf(r.complexity()) <= rank)
                .filter(r -> !r.remoteArea() || remoteArea)
                .max(Comparator.comparingInt((Rule r) -> COMPLEXITIES.indexOf(r.complexity())).thenComparing(Rule::remoteArea))
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "No statutory deadline rule applies to a " + kind + " at stage " + stage
                        + (round == null ? "" : ", round " + round) + ", complexity " + level + (remoteArea ? ", in a remote area" : "")
                        + (kind.equals("COMPLAINT") && round == null ? ": complaints need round FIRST or SECOND." : ".")
                        + " The rules are listed at /api/v1/petition-deadline-rules."));
    }

    private static void requireOneOf(String field, @Nullable String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw ProblemException.invalid(field, "must be one of " + String.join(", ", allowed));
        }
    }

    private static Rule rule(ResultSet rs) throws SQLException {
        return new Rule(SqlPages.uuid(rs, "id"), rs.getString("code"), rs.getString("petition_kind"), rs.getString("stage"), rs.getString("round"),
                rs.getString("complexity"), rs.getBoolean("remote_area"), rs.getInt("days"), rs.getString("day_type"), rs.getString("counted_from"),
                rs.getObject("extension_days", Integer.class), rs.getObject("max_extensions", Integer.class), rs.getString("legal_reference"),
                rs.getString("note"), rs.getLong("version"), SqlPages.instant(rs, "updated_at"));
    }

    @Transactional(readOnly = true)
    public List<PetitionDeadlineRuleResponse> rules() {
        return sql.query(SELECT + " ORDER BY array_position(?::text[], petition_kind), array_position(?::text[], stage), round NULLS FIRST, "
                        + "array_position(?::text[], complexity), remote_area", StatutoryDeadlines::rule,
                        KINDS.toArray(String[]::new), STAGES.toArray(String[]::new), COMPLEXITIES.toArray(String[]::new))
                .stream().map(Rule::response).toList();
    }

    @Transactional(readOnly = true)
    public PetitionDeadlineRuleResponse rule(UUID id) {
        return find(id).response();
    }

    private Rule find(UUID id) {
        return sql.query(SELECT + " WHERE id = ?", StatutoryDeadlines::rule, id).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Deadline rule"));
    }

    /**
     * A national administrator corrects a rule's time limit, day type, extensions, citation or note (the rules are the
     * law's, the same in every jurisdiction); If-Match with the rule's version. Audited as a change of national data.
     */
    @Transactional
    public PetitionDeadlineRuleResponse update(Caller caller, UUID id, @Nullable String ifMatch, PetitionDeadlineRuleRequest request) {
        Access.requireNationalAdmin(caller, "The statutory deadline rules");
        Rule current = find(id);
        Versions.requireIfMatch(ifMatch, current.version());
        if ((request.extensionDays() == null) != (request.maxExtensions() == null)) {
            throw ProblemException.invalid(request.extensionDays() == null ? "extensionDays" : "maxExtensions",
                    "give extensionDays and maxExtensions together, or neither");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        int changed = sql.exec("UPDATE petition_deadline_rule SET days = ?, day_type = ?, extension_days = ?, max_extensions = ?, legal_reference = ?, note = ?, "
                        + "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
                request.days(), request.dayType(), request.extensionDays(), request.maxExtensions(), request.legalReference().strip(), note,
                clock.instant(), caller.id(), id, current.version());
        Versions.requireWritten(changed, () -> sql.scalar("SELECT version FROM petition_deadline_rule WHERE id = ?", Long.class, id), "Deadline rule");
        PetitionDeadlineRuleResponse after = find(id).response();
        audit.recordNational(caller, "UPDATE", "petition_deadline_rule", id, current.response(), after);
        return after;
    }
}
