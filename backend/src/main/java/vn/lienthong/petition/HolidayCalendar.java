package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
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
 * The national holiday calendar (data an administrator edits, seeded from the Labour Code 2019 art. 112 and the
 * government's announcements) and the working days it makes: Monday to Friday unless a HOLIDAY or a
 * COMPENSATORY_DAY_OFF, and a Saturday or Sunday only when it is a MAKE_UP_WORKING_DAY. Only the years declared in
 * `holiday_year` are known: asking about a day of any other year is a 422, never a silent guess.
 * Nothing is cached: each computation reads the years it touches once, in its own transaction, so an administrator's
 * change counts from the next request on.
 */
@Singleton
public class HolidayCalendar {
    public static final String HOLIDAY = "HOLIDAY";
    public static final String COMPENSATORY_DAY_OFF = "COMPENSATORY_DAY_OFF";
    public static final String MAKE_UP_WORKING_DAY = "MAKE_UP_WORKING_DAY";

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    HolidayCalendar(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether public offices work on `day`; 422 (UNPROCESSABLE) when the day's year is not a known holiday year. */
    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return view().isWorkingDay(day);
    }

    /** A reading of the calendar for one computation, inside the caller's transaction: each year is loaded once, when first needed. */
    WorkingDays view() {
        Map<Integer, Map<LocalDate, String>> years = new HashMap<>();
        return day -> {
            Map<LocalDate, String> year = years.computeIfAbsent(day.getYear(), this::load);
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

    private Map<LocalDate, String> load(int year) {
        if (sql.scalar("SELECT year FROM holiday_year WHERE year = ?", Integer.class, year) == null) {
            throw unknownYear(year);
        }
        Map<LocalDate, String> days = new HashMap<>();
        for (Object[] row : sql.rows("SELECT day, kind FROM holiday WHERE year = ?", year)) {
            days.put((LocalDate) row[0], (String) row[1]);
        }
        return days;
    }

    static ProblemException unknownYear(int year) {
        return new ProblemException(ProblemType.UNPROCESSABLE, "The holiday calendar of " + year + " is not known, so a deadline counted through " + year
                + " cannot be computed. An administrator declares the year with its holidays (PUT /api/v1/holiday-years/" + year + ").");
    }

    @Transactional(readOnly = true)
    public List<HolidayResponse> list(@Nullable Integer year) {
        String select = "SELECT id, day, kind, name_vi, legal_reference, created_at, updated_at FROM holiday";
        return year == null ? sql.query(select + " ORDER BY day", HolidayCalendar::holiday)
                : sql.query(select + " WHERE year = ? ORDER BY day", HolidayCalendar::holiday, year);
    }

    private static HolidayResponse holiday(ResultSet rs) throws SQLException {
        return new HolidayResponse(SqlPages.uuid(rs, "id"), rs.getObject("day", LocalDate.class), rs.getString("kind"), rs.getString("name_vi"),
                rs.getString("legal_reference"), time(SqlPages.instant(rs, "created_at")), time(SqlPages.instant(rs, "updated_at")));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }

    @Transactional
    public HolidayResponse create(Caller caller, HolidayRequest request) {
        requireAdmin(caller);
        LocalDate day = request.day();
        String kind = request.kind();
        if (kind.equals(MAKE_UP_WORKING_DAY) && !isWeekend(day)) {
            throw ProblemException.invalid("kind", "a make-up working day is a Saturday or a Sunday; " + day + " is a " + day.getDayOfWeek());
        }
        if (kind.equals(COMPENSATORY_DAY_OFF) && isWeekend(day)) {
            throw ProblemException.invalid("kind", "a compensatory day off is a weekday; " + day + " is a " + day.getDayOfWeek());
        }
        if (day.getYear() < 2000 || day.getYear() > 2200) {
            throw ProblemException.invalid("day", "must be in the years 2000 to 2200");
        }
        if (sql.scalar("SELECT id FROM holiday WHERE day = ?", UUID.class, day) != null) {
            throw ProblemException.conflict("The holiday calendar already has an entry on " + day + ": delete it first to replace it.");
        }
        Instant now = clock.instant();
        if (sql.scalar("SELECT year FROM holiday_year WHERE year = ?", Integer.class, day.getYear()) == null) {
            if (request.yearSource() == null || request.yearSource().isBlank()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, day.getYear() + " is not a known holiday year: declare it first (PUT /api/v1/holiday-years/"
                        + day.getYear() + "), or send yearSource to declare it with this day — then enter all of its holidays.",
                        List.of(new Problem.FieldError("yearSource", "required when the year is not yet known")), Map.of());
            }
            declareYear(caller, day.getYear(), request.yearSource().strip(), now);
        }
        UUID id = UUID.randomUUID();
        sql.exec("INSERT INTO holiday (id, day, kind, name_vi, legal_reference, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id, day, kind, request.nameVi().strip(), request.legalReference().strip(), now, now, caller.id());
        HolidayResponse created = one(id);
        audit.record(caller, "CREATE", "holiday", id, null, created);
        return created;
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        requireAdmin(caller);
        HolidayResponse before = one(id);
        sql.exec("DELETE FROM holiday WHERE id = ?", id);
        audit.record(caller, "DELETE", "holiday", id, before, null);
    }

    private HolidayResponse one(UUID id) {
        return sql.query("SELECT id, day, kind, name_vi, legal_reference, created_at, updated_at FROM holiday WHERE id = ?", HolidayCalendar::holiday, id)
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("Holiday"));
    }

    @Transactional(readOnly = true)
    public List<HolidayYearResponse> years() {
        return sql.query("SELECT y.year, y.source, y.updated_at, (SELECT count(*) FROM holiday h WHERE h.year = y.year) AS holidays FROM holiday_year y ORDER BY y.year",
                HolidayCalendar::year);
    }

    private static HolidayYearResponse year(ResultSet rs) throws SQLException {
        return new HolidayYearResponse(rs.getInt("year"), rs.getString("source"), rs.getLong("holidays"), time(SqlPages.instant(rs, "updated_at")));
    }

    /** Declares `year` known (or changes the source it is known from). */
    @Transactional
    public HolidayYearResponse putYear(Caller caller, int year, String source) {
        requireAdmin(caller);
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
        audit.record(caller, before == null ? "CREATE" : "UPDATE", "holiday_year", year, before, yearResponse(year));
    }

    private HolidayYearResponse yearResponse(int year) {
        return sql.query("SELECT y.year, y.source, y.updated_at, (SELECT count(*) FROM holiday h WHERE h.year = y.year) AS holidays FROM holiday_year y WHERE y.year = ?",
                HolidayCalendar::year, year).get(0);
    }

    static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("Only an administrator changes the holiday calendar and the statutory deadline rules.");
        }
    }
}
