package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.meeting.MeetingStatisticsDtos.Filter;
import vn.lienthong.review.api.ReviewFigureSource;
import vn.lienthong.review.api.ReviewSection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A review's meeting figures, from the same SQL as the meeting statistics: meetings that took place in the period, by
 * kind; online conferences, their bridge points and the delegates present. An office's share is the meetings it hosted
 * or supported, so a meeting served by three offices counts once in the total and once for each of them.
 */
@Singleton
class MeetingReviewFigures implements ReviewFigureSource {
    private final Sql sql;

    MeetingReviewFigures(Sql sql) {
        this.sql = sql;
    }

    @Override
    public ReviewSection section() {
        return ReviewSection.MEETINGS;
    }

    private record Kind(String code, String name, int position, UUID id) {
    }

    private record Counts(long held, long online, long bridgePoints, long delegates, Map<String, Long> byKind) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(UUID jurisdictionId, List<UUID> officeIds, LocalDate from, LocalDate to) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Counts total = counts(jurisdictionId, null, from, to, kinds);
        Map<UUID, Counts> offices = new LinkedHashMap<>();
        for (UUID office : officeIds) {
            offices.put(office, counts(jurisdictionId, office, from, to, kinds));
        }
        String period = "/meetings?from=" + from + "&to=" + to + "&held=true";
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("MEETINGS_HELD", null, "Hội nghị, cuộc họp đã phục vụ", period, total, offices, Counts::held));
        kinds.values().stream().sorted((a, b) -> a.position() != b.position() ? Integer.compare(a.position(), b.position()) : a.name().compareTo(b.name()))
                .forEach(kind -> figures.add(figure("MEETINGS_BY_KIND", kind.code(), kind.name(), period + "&kindId=" + kind.id(), total, offices,
                        c -> c.byKind().getOrDefault(kind.code(), 0L))));
        String online = period + "&online=true";
        figures.add(figure("ONLINE_CONFERENCES", null, "Hội nghị trực tuyến", online, total, offices, Counts::online));
        figures.add(figure("BRIDGE_POINTS", null, "Điểm cầu trực tuyến", online, total, offices, Counts::bridgePoints));
        figures.add(figure("DELEGATES", null, "Đại biểu dự tại các điểm cầu", online, total, offices, Counts::delegates));
        return figures;
    }

    private static Figure figure(String key, @Nullable String qualifier, String label, String link, Counts total, Map<UUID, Counts> offices,
                                 java.util.function.ToLongFunction<Counts> value) {
        Map<UUID, Value> byOffice = new LinkedHashMap<>();
        offices.forEach((office, counts) -> byOffice.put(office, new Value(value.applyAsLong(counts), link + "&officeId=" + office)));
        return new Figure(key, qualifier, label, new Value(value.applyAsLong(total), link), byOffice, null);
    }

    private Counts counts(UUID jurisdictionId, @Nullable UUID officeId, LocalDate from, LocalDate to, Map<String, Kind> kinds) {
        Object[] params = MeetingStatistics.params(jurisdictionId, new Filter(from, to, officeId, null, null));
        long held = 0;
        long online = 0;
        Map<String, Long> byKind = new HashMap<>();
        for (Object[] r : sql.rows(MeetingStatistics.BREAKDOWN_SQL, params)) {
            switch ((String) r[0]) {
                case "TOTAL" -> {
                    held = ((Number) r[3]).longValue();
                    online = ((Number) r[4]).longValue();
                }
                case "KIND" -> {
                    String code = (String) r[6];
                    byKind.put(code, ((Number) r[3]).longValue());
                    kinds.putIfAbsent(code, new Kind(code, (String) r[7], ((Number) r[8]).intValue(), (UUID) r[1]));
                }
                default -> {
                }
            }
        }
        Object[] t = sql.row(MeetingStatistics.TOTALS_SQL, params);
        return new Counts(held, online, ((Number) t[0]).longValue(), ((Number) t[2]).longValue(), byKind);
    }
}
