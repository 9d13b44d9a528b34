package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Access;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.petition.DeadlineDtos.HolidayRequest;
import vn.lienthong.petition.DeadlineDtos.HolidayResponse;
import vn.lienthong.petition.DeadlineDtos.HolidayYearResponse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The holiday calendar and the working days it makes: Monday to Friday unless a HOLIDAY or a COMPENSATORY_DAY_OFF,
 * and a Saturday or Sunday only when it is a MAKE_UP_WORKING_DAY. The national calendar (seeded from the Labour Code
 * 2019 art. 112 and the government's announcements) and the holiday years are national data, changed by a national
 * administrator only; a jurisdiction's administrator adds and removes its local days off (a row with its
 * jurisdiction id), which count for that jurisdiction only. The working days of a jurisdiction are the national
 * calendar plus its own local days; the national row decides a day that has both. Only the years declared in
 * `holiday_year` are known: asking about a day of any other year is a 422, never a silent guess.
 * Nothing is cached: each computation reads the years it touches once, in its own transaction, so an administrator's
 * change counts from the next request on.
 */
@Singleton
public class HolidayCalendar {
    public static final String HOLIDAY = "HOLIDAY";
    public static final String COMPENSATORY_DAY_OFF = "COMPENSATORY_DAY_OFF";
    public static final String MAKE_UP_WORKING_DAY = "MAKE_UP_WORKING_DAY";
    public static final String NATIONAL = "NATIONAL";
    public static final String LOCAL = "LOCAL";
    private static final String COLUMNS = "id, day, kind, name_vi, legal_reference, created_at, updated_at, jurisdiction_id";

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    HolidayCalendar(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether public offices of `jurisdictionId` work on `day` (national calendar plus the jurisdiction's local days; null:
     * the national calendar alone); 422 (UNPROCESSABLE) when the day's year is not a known holiday year.
     */
    @Transactional(readOnly = true)
    public boolean isWorkingDay(@Nullable UUID jurisdictionId, LocalDate day) {
        return view(jurisdictionId).isWorkingDay(day);
    }

    /**
     * A reading of the calendar of `jurisdictionId` (null: national only) for one computation, inside the caller's
     * transaction: each year is loaded once, when first needed.
     */
    WorkingDays view(@Nullable UUID jurisdictionId) {
        Map<Integer, Map<LocalDate, String>> years = new HashMap<>();
        return day -> {
            Map<LocalDate, String> year = years.computeIfAbsent(day.getYear(), y -> load(jurisdictionId, y));
            return workingDay(day, year.get(day));
        };
    }

    static boolean workingDay(LocalDate day, @Nullable String kind) {
        if (kind == null) {
            return !isWeekend(day);
        }
        return kind.equals(MAKE_UP_WORKING_DAY);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, String> load(@Nullable UUID jurisdictionId, int year) {
        if (sql.scalar("SELECT year FROM holiday_year WHERE year = ?", Integer.class, year) == null) {
            throw unknownYear(year);
        }
        Map<LocalDate, String> days = new HashMap<>();
        // national rows first: where a jurisdiction's row shares a day with a national one, the national row decides
        for (Object[] row : sql.rows("SELECT day, kind FROM holiday WHERE year = ? AND (jurisdiction_id IS NULL OR jurisdiction_id = ?) "
                + "ORDER BY jurisdiction_id NULLS FIRST", year, jurisdictionId)) {
            days.putIfAbsent((LocalDate) row[0], (String) row[1]);
        }
        return days;
    }

    static ProblemException unknownYear(int year) {
        return new ProblemException(ProblemType.UNPROCESSABLE, "The holiday calendar of " + year + " is not known, so a deadline counted through " + year
                + " cannot be computed. A national administrator declares the year with its holidays (PUT /api/v1/holiday-years/" + year + ").");
    }

    /** The national calendar and the caller's jurisdiction's local days (never another jurisdiction's), by day. */
    @Transactional(readOnly = true)
    public List<HolidayResponse> list(Caller caller, @Nullable Integer year) {
        String select = "SELECT " + COLUMNS + " FROM holiday WHERE (jurisdiction_id IS NULL OR jurisdiction_id = ?)";
        return year == null ? sql.query(select + " ORDER BY day, jurisdiction_id NULLS FIRST", HolidayCalendar::holiday, caller.jurisdictionId())
                : sql.query(select + " AND year = ? ORDER BY day, jurisdiction_id NULLS FIRST", HolidayCalendar::holiday, caller.jurisdictionId(), year);
    }

    private static HolidayResponse holiday(ResultSet rs) throws SQLException {
        UUID jurisdiction = SqlPages.uuid(rs, "jurisdiction_id");
        return new HolidayResponse(SqlPages.uuid(rs, "id"), rs.getObject("day", LocalDate.class), rs.getString("kind"), rs.getString("name_vi"),
                rs.getString("legal_reference"), time(SqlPages.instant(rs, "created_at")), time(SqlPages.instant(rs, "updated_at")),
                jurisdiction == null ? NATIONAL : LOCAL, jurisdiction);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }

    /**
     * Adds a day. NATIONAL (the default): a national administrator, for every jurisdiction. LOCAL: the administrator of the
     * caller's jurisdiction, a day off (HOLIDAY or COMPENSATORY_DAY_OFF) of that jurisdiction only, in a known year, on a day the
     * national calendar leaves ordinary. Audited with the jurisdiction (none for a national day).
     */
    @Transactional
    public HolidayResponse create(Caller caller, HolidayRequest request) {
        boolean local = LOCAL.equals(request.scope());
        if (local) {
            requireLocalAdmin(caller);
        } else {
            Access.requireNationalAdmin(caller, "The national holiday calendar");
        }
        LocalDate day = request.day();
        String kind = request.kind();
        if (local && kind.equals(MAKE_UP_WORKING_DAY)) {
            throw ProblemException.invalid("kind", "a local day is a day off (HOLIDAY or COMPENSATORY_DAY_OFF); make-up working days are national");
        }
        if (kind.equals(MAKE_UP_WORKING_DAY) && !isWeekend(day)) {
            throw ProblemException.invalid("kind", "a make-up working day is a Saturday or a Sunday; " + day + " is a " + day.getDayOfWeek());
        }
        if (kind.equals(COMPENSATORY_DAY_OFF) && isWeekend(day)) {
            throw ProblemException.invalid("kind", "a compensatory day off is a weekday; " + day + " is a " + day.getDayOfWeek());
        }
        if (day.getYear() < 2000 || day.getYear() > 2200) {
            throw ProblemException.invalid("day", "must be in the years 2000 to 2200");
        }
        if (sql.scalar("SELECT id FROM holiday WHERE day = ? AND jurisdiction_id IS NULL", UUID.class, day) != null) {
            throw ProblemException.conflict("The national holiday calendar already has an entry on " + day
                    + (local ? ", which counts for this jurisdiction too." : ": delete it first to replace it."));
        }
        if (local && sql.scalar("SELECT id FROM holiday WHERE day = ? AND jurisdiction_id = ?", UUID.class, day, caller.jurisdictionId()) != null) {
            throw ProblemException.conflict("The jurisdiction already has a local day on " + day + ": delete it first to replace it.");
        }
        Instant now = clock.instant();
        if (local && sql.scalar("SELECT year FROM holiday_year WHERE year = ?", Integer.class, day.getYear()) == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, day.getYear() + " is not a known holiday year: a national administrator declares it first "
                    + "(PUT /api/v1/holiday-years/" + day.getYear() + ").", List.of(new Problem.FieldError("day", "its year is not a known holiday year")), Map.of());
        }
        if (sql.scalar("SELECT year FROM holiday_year WHERE year = ?", Integer.class, day.getYear()) == null) {
            if (request.yearSource() == null || request.yearSource().isBlank()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, day.getYear() + " is not a known holiday year: declare it first (PUT /api/v1/holiday-years/"
                        + day.getYear() + "), or send yearSource to declare it with this day — then enter all of its holidays.",
                        List.of(new Problem.FieldError("yearSource", "required when the year is not yet known")), Map.of());
            }
            declareYear(caller, day.getYear(), request.yearSource().strip(), now);
        }
        UUID id = UUID.randomUUID();
        sql.exec("INSERT INTO holiday (id, day, kind, name_vi, legal_reference, created_at, updated_at, updated_by, jurisdiction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, day, kind, request.nameVi().strip(), request.legalReference().strip(), now, now, caller.id(), local ? caller.jurisdictionId() : null);
        HolidayResponse created = one(id);
        if (local) {
            audit.record(caller, "CREATE", "holiday", id, null, created);
        } else {
            audit.recordNational(caller, "CREATE", "holiday", id, null, created);
        }
        return created;
    }

    /**
     * Removes a day: a national one by a national administrator, a local one by its jurisdiction's administrator.
     * Another jurisdiction's local day answers 404, as every object of another jurisdiction.
     */
    @Transactional
    public void delete(Caller caller, UUID id) {
        HolidayResponse before = one(id);
        if (before.jurisdictionId() == null) {
            Access.requireNationalAdmin(caller, "The national holiday calendar");
        } else {
            Access.requireJurisdiction(caller, before.jurisdictionId(), "Holiday");
            requireLocalAdmin(caller);
        }
        sql.exec("DELETE FROM holiday WHERE id = ?", id);
        if (before.jurisdictionId() == null) {
            audit.recordNational(caller, "DELETE", "holiday", id, before, null);
        } else {
            audit.record(caller, "DELETE", "holiday", id, before, null);
        }
    }

    private HolidayResponse one(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM holiday WHERE id = ?", HolidayCalendar::holiday, id)
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("Holiday"));
    }

    @Transactional(readOnly = true)
    public List<HolidayYearResponse> years() {
        return sql.query("SELECT y.year, y.source, y.updated_at, (SELECT count(*) FROM holiday h WHERE h.year = y.year AND h.jurisdiction_id IS NULL) AS holidays "
                        + "FROM holiday_year y ORDER BY y.year", HolidayCalendar::year);
    }

    private static HolidayYearResponse year(ResultSet rs) throws SQLException {
        return new HolidayYearResponse(rs.getInt("year"), rs.getString("source"), rs.getLong("holidays"), time(SqlPages.instant(rs, "updated_at")));
    }

    /** Declares `year` known (or changes the source it is known from). */
    @Transactional
    public HolidayYearResponse putYear(Caller caller, int year, String source) {
        Access.requireNationalAdmin(caller, "The holiday years");
        if (year < 2000 || year > 2200) {
            throw ProblemException.invalid("year", "must be between 2000 and 2200");
        }
        declareYear(caller, year, source.strip(), clock.instant());
        return yearResponse(year);
    }

    private void declareYear(Caller caller, int year, String source, Instant now) {
        HolidayYearResponse before = sql.scalar("SELECT year FROM holiday_year WHERE year = ?", Integer.class, year) == null ? null : yearResponse(year);
        sql.exec("INSERT INTO holiday_year (year, source, updated_at) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET source = EXCLUDED.source, updated_at = EXCLUDED.updated_at",
                year, source, now);
        audit.recordNational(caller, before == null ? "CREATE" : "UPDATE", "holiday_year", year, before, yearResponse(year));
    }

    private HolidayYearResponse yearResponse(int year) {
        return sql.query("SELECT y.year, y.source, y.updated_at, (SELECT count(*) FROM holiday h WHERE h.year = y.year AND h.jurisdiction_id IS NULL) AS holidays "
                        + "FROM holiday_year y WHERE y.year = ?",
                HolidayCalendar::year, year).get(0);
    }

    private static void requireLocalAdmin(Caller caller) {
        if (!caller.isPerson() || !caller.isAdmin()) {
            throw ProblemException.forbidden("A jurisdiction's local holidays are added and removed by that jurisdiction's administrator.");
        }
    }
}
