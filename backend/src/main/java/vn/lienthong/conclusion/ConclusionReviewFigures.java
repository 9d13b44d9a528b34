package vn.lienthong.conclusion;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;
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
 * A review's conclusion figures: the tasks of the documents issued in the period, by where they stand today (done on
 * time, late, in progress, on an extended deadline, overdue), in total and per following office.
 */
@Singleton
class ConclusionReviewFigures implements ReviewFigureSource {
    /** Tasks of the documents issued in [from, to], counted per following office and derived status. Parameters: today, jurisdiction, from, to. */
    static final String SQL = """
            SELECT t.following_office_id, conclusion_task_status(t.state, t.deadline, t.original_deadline, t.completed_on, ?) AS status, count(*)
            FROM conclusion_task t
            WHERE t.jurisdiction_id = ? AND t.document_issued_on BETWEEN ? AND ?
            GROUP BY 1, 2""";

    private record Line(String key, String status, String label) {
    }

    private static final List<Line> LINES = List.of(
            new Line("TASKS_DONE_ON_TIME", "DONE_ON_TIME", "Nhiệm vụ hoàn thành đúng hạn"),
            new Line("TASKS_DONE_LATE", "DONE_LATE", "Nhiệm vụ hoàn thành quá hạn"),
            new Line("TASKS_IN_PROGRESS", "IN_PROGRESS", "Nhiệm vụ đang thực hiện, chưa đến hạn"),
            new Line("TASKS_EXTENDED", "EXTENDED", "Nhiệm vụ đang thực hiện theo hạn đã gia hạn"),
            new Line("TASKS_OVERDUE", "OVERDUE", "Nhiệm vụ quá hạn chưa hoàn thành"));

    private final ConclusionService conclusions;
    private final Sql sql;

    ConclusionReviewFigures(ConclusionService conclusions, Sql sql) {
        this.conclusions = conclusions;
        this.sql = sql;
    }

    @Override
    public ReviewSection section() {
        return ReviewSection.CONCLUSIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(UUID jurisdictionId, List<UUID> officeIds, LocalDate from, LocalDate to) {
        Map<String, Long> total = new HashMap<>();
        Map<UUID, Map<String, Long>> perOffice = new HashMap<>();
        for (Object[] r : sql.rows(SQL, conclusions.today(), jurisdictionId, from, to)) {
            String status = (String) r[1];
            long count = ((Number) r[2]).longValue();
            total.merge(status, count, Long::sum);
            perOffice.computeIfAbsent((UUID) r[0], o -> new HashMap<>()).merge(status, count, Long::sum);
        }
        String base = "/conclusion-tasks?issuedFrom=" + from + "&issuedTo=" + to;
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("TASKS_ASSIGNED", "Nhiệm vụ được giao (không kể nhiệm vụ đã hủy)", null, base, assigned(total), officeIds, perOffice, null));
        for (Line line : LINES) {
            figures.add(figure(line.key(), line.label(), line.status(), base, total.getOrDefault(line.status(), 0L), officeIds, perOffice, "TASKS_ASSIGNED"));
        }
        return figures;
    }

    private static Figure figure(String key, String label, String status, String base, long total, List<UUID> officeIds, Map<UUID, Map<String, Long>> perOffice,
                                 String basis) {
        String link = base + (status == null ? "" : "&status=" + status);
        Map<UUID, Value> byOffice = new LinkedHashMap<>();
        for (UUID office : officeIds) {
            Map<String, Long> counts = perOffice.getOrDefault(office, Map.of());
            long value = status == null ? assigned(counts) : counts.getOrDefault(status, 0L);
            byOffice.put(office, new Value(value, link + "&followingOfficeId=" + office));
        }
        return new Figure(key, null, label, new Value(total, link), byOffice, basis);
    }

    private static long assigned(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("CANCELLED")).mapToLong(Map.Entry::getValue).sum();
    }
}
