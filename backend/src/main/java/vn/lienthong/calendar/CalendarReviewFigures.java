package vn.lienthong.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.review.api.ReviewFigureSource;
import vn.lienthong.review.api.ReviewSection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A review's calendar figures. Programmes whose draft was due in the period: submitted on time, late, or still missing;
 * an office's share is the programmes it drafts. Clashes among the shared programmes' items of the period: found, and
 * accepted with a note; an office's share is the clashes involving one of its items. A clash removed by moving or merging
 * an item is no longer a clash and is not counted: the figure is what the calendars hold now.
 */
@Singleton
class CalendarReviewFigures implements ReviewFigureSource {
    /** Programmes due in [from, to] per drafting office. Parameters: today, jurisdiction, from, to. */
    static final String PROGRAMMES_SQL = "SELECT p.office_id, count(*), count(*) FILTER (WHERE " + SubmissionTiming.ON_TIME.condition + "), "
            + "count(*) FILTER (WHERE " + SubmissionTiming.LATE.condition + "), count(*) FILTER (WHERE " + SubmissionTiming.MISSING.condition + ") "
            + "FROM programme p WHERE p.jurisdiction_id = ? AND p.deadline BETWEEN ? AND ? GROUP BY p.office_id";

    private final Sql sql;
    private final Clashes clashes;
    private final Clock clock;

    CalendarReviewFigures(Sql sql, Clashes clashes, Clock clock) {
        this.sql = sql;
        this.clashes = clashes;
        this.clock = clock;
    }

    @Override
    public ReviewSection section() {
        return ReviewSection.CALENDARS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(UUID jurisdictionId, List<UUID> officeIds, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.VIETNAM));
        Map<UUID, long[]> programmes = new HashMap<>();
        long[] all = new long[4];
        for (Object[] r : sql.rows(PROGRAMMES_SQL, today, jurisdictionId, from, to)) {
            long[] counts = new long[4];
            for (int i = 0; i < 4; i++) {
                counts[i] = ((Number) r[i + 1]).longValue();
                all[i] += counts[i];
            }
            programmes.put((UUID) r[0], counts);
        }
        List<Figure> figures = new ArrayList<>();
        String due = "/programmes?deadlineFrom=" + from + "&deadlineTo=" + to;
        figures.add(counted("PROGRAMMES_DUE", "Chương trình công tác phải gửi trong kỳ", due, all[0], officeIds, o -> programmes.getOrDefault(o, new long[4])[0], null));
        figures.add(counted("PROGRAMMES_ON_TIME", "Chương trình gửi đúng hạn", due + "&submission=ON_TIME", all[1], officeIds,
                o -> programmes.getOrDefault(o, new long[4])[1], "PROGRAMMES_DUE"));
        figures.add(counted("PROGRAMMES_LATE", "Chương trình gửi chậm", due + "&submission=LATE", all[2], officeIds,
                o -> programmes.getOrDefault(o, new long[4])[2], "PROGRAMMES_DUE"));
        figures.add(counted("PROGRAMMES_MISSING", "Chương trình quá hạn chưa gửi", due + "&submission=MISSING", all[3], officeIds,
                o -> programmes.getOrDefault(o, new long[4])[3], "PROGRAMMES_DUE"));

        List<Clashes.Counted> found = clashes.census(jurisdictionId, from, to);
        String clashList = "/clashes?from=" + from + "&to=" + to;
        figures.add(counted("CLASHES_FOUND", "Trùng lịch phát hiện", clashList, found.size(), officeIds,
                o -> found.stream().filter(c -> involves(c, o)).count(), null));
        figures.add(counted("CLASHES_ACCEPTED", "Trùng lịch đã xử lý (chấp nhận có ghi chú)", clashList, found.stream().filter(Clashes.Counted::accepted).count(),
                officeIds, o -> found.stream().filter(c -> c.accepted() && involves(c, o)).count(), "CLASHES_FOUND"));
        return figures;
    }

    private static boolean involves(Clashes.Counted clash, UUID office) {
        return clash.officeA().equals(office) || clash.officeB().equals(office);
    }

    private static Figure counted(String key, String label, String link, long total, List<UUID> officeIds, Function<UUID, Long> perOffice, String basis) {
        Map<UUID, Value> byOffice = new LinkedHashMap<>();
        String separator = link.contains("?") ? "&" : "?";
        for (UUID office : officeIds) {
            byOffice.put(office, new Value(perOffice.apply(office), key.startsWith("CLASHES") ? link : link + separator + "officeId=" + office));
        }
        return new Figure(key, null, label, new Value(total, link), byOffice, basis);
    }
}
