package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.petition.PetitionStatisticsDtos.Counts;
import vn.lienthong.petition.PetitionStatisticsDtos.Filter;
import vn.lienthong.review.api.ReviewFigureSource;
import vn.lienthong.review.api.ReviewSection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * A review's petition figures, from the same SQL as the petition statistics: petitions received in the period (by
 * date of receipt) and, of them, those forwarded to the competent authority, resolved on time or late, and overdue
 * today; handling documents issued in the period. An office's share is what it received (and issued). Because one office
 * may serve several leadership bodies that report separately (seed 000: the People's Council standing board and the NA
 * delegation, both served by one office), the petitions received and the documents issued are also given per addressed
 * body (qualifier: the body's code). Also the reception sessions held (an office's share: those it hosted or joined) and
 * the voters' recommendations answered (an office's share: those it recorded), on time against their deadline or late.
 */
@Singleton
class PetitionReviewFigures implements ReviewFigureSource {
    private final PetitionStatistics statistics;
    private final Sql sql;

    PetitionReviewFigures(PetitionStatistics statistics, Sql sql) {
        this.statistics = statistics;
        this.sql = sql;
    }

    @Override
    public ReviewSection section() {
        return ReviewSection.PETITIONS;
    }

    private record Body(UUID id, String code, String name) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(UUID jurisdictionId, List<UUID> officeIds, LocalDate from, LocalDate to) {
        Filter filter = new Filter(from, to, null, null);
        Counts total = Counts.ZERO;
        Map<UUID, Counts> offices = new HashMap<>();
        Map<UUID, Long> bodyReceived = new HashMap<>();
        Map<UUID, Map<UUID, Long>> officeBodyReceived = new HashMap<>();
        LocalDate today = statistics.today();
        for (Object[] r : statistics.breakdown(today, jurisdictionId, filter)) {
            Counts counts = PetitionStatistics.counts(r, PetitionStatistics.FIRST_COUNT);
            switch ((String) r[0]) {
                case "TOTAL" -> total = counts;
                case "OFFICE" -> offices.put((UUID) r[3], counts);
                case "BODY" -> {
                    if (r[4] != null) {
                        bodyReceived.put((UUID) r[4], counts.received());
                    }
                }
                case "OFFICE_BODY" -> {
                    if (r[4] != null) {
                        officeBodyReceived.computeIfAbsent((UUID) r[3], o -> new HashMap<>()).put((UUID) r[4], counts.received());
                    }
                }
                default -> {
                }
            }
        }
        PetitionStatistics.Documents documents = statistics.documents(today, jurisdictionId, filter);

        String base = "/petitions?receivedFrom=" + from + "&receivedTo=" + to;
        List<Figure> figures = new ArrayList<>();
        figures.add(counted("PETITIONS_RECEIVED", null, "Đơn thư tiếp nhận", base, total, offices, officeIds, Counts::received, null));
        List<Body> bodies = sql.query("SELECT id, code, name_vi FROM leadership_body WHERE jurisdiction_id = ? ORDER BY name_vi, code",
                rs -> new Body(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_vi")), jurisdictionId);
        for (Body body : bodies) {
            if (bodyReceived.containsKey(body.id())) {
                figures.add(perBody("PETITIONS_RECEIVED_BY_BODY", body, "Đơn thư gửi " + body.name(), base + "&addressedBodyId=" + body.id(),
                        bodyReceived.get(body.id()), officeIds, office -> officeBodyReceived.getOrDefault(office, Map.of()).getOrDefault(body.id(), 0L)));
            }
        }
        figures.add(counted("PETITIONS_FORWARDED", null, "Đơn đã chuyển cơ quan có thẩm quyền giải quyết", base + "&status=FORWARDED", total, offices, officeIds,
                Counts::forwarded, "PETITIONS_RECEIVED"));
        figures.add(documentFigure("HANDLING_DOCUMENTS", null, "Văn bản xử lý đơn đã ban hành", documents.view().total(), officeIds,
                office -> documents.officeTotals().getOrDefault(office, 0L)));
        for (Body body : bodies) {
            if (documents.bodyTotals().containsKey(body.id())) {
                figures.add(documentFigure("HANDLING_DOCUMENTS_BY_BODY", body.code(), "Văn bản xử lý đơn gửi " + body.name(),
                        documents.bodyTotals().get(body.id()), officeIds,
                        office -> documents.officeBodyTotals().getOrDefault(office, Map.of()).getOrDefault(body.id(), 0L)));
            }
        }
        figures.add(counted("PETITIONS_RESOLVED", null, "Đơn đã giải quyết (sau khi thụ lý)", base + "&status=RESOLVED", total, offices, officeIds,
                Counts::resolved, null));
        figures.add(counted("PETITIONS_RESOLVED_ON_TIME", null, "Đơn giải quyết đúng hạn", base + "&status=RESOLVED&resolvedOnTime=true", total, offices,
                officeIds, Counts::resolvedOnTime, "PETITIONS_RESOLVED"));
        figures.add(counted("PETITIONS_RESOLVED_LATE", null, "Đơn giải quyết quá hạn", base + "&status=RESOLVED&resolvedOnTime=false", total, offices,
                officeIds, Counts::resolvedLate, "PETITIONS_RESOLVED"));
        figures.add(counted("PETITIONS_OVERDUE", null, "Đơn quá hạn chưa xử lý, giải quyết (tính đến hôm nay)", base + "&overdue=true", total, offices,
                officeIds, Counts::overdue, null));
        receptionAndVoters(jurisdictionId, officeIds, from, to, figures);
        return figures;
    }

    /** Sessions held in the period per host and joining office. Parameters: jurisdiction, from (instant), to (instant, excluded). */
    static final String SESSIONS_SQL = """
            SELECT o.office_id, count(DISTINCT s.id) FROM reception_session s
            CROSS JOIN LATERAL unnest(array_append(s.participating_office_ids, s.host_office_id)) AS o(office_id)
            WHERE s.jurisdiction_id = ? AND s.status = 'HELD' AND s.starts_at >= ? AND s.starts_at < ?
            GROUP BY ROLLUP (o.office_id)""";
    /** Recommendations answered in the period per recording office, on time or late. Parameters: jurisdiction, from, to. */
    static final String ANSWERED_SQL = """
            SELECT r.office_id, count(*) AS answered, count(*) FILTER (WHERE r.due_on IS NULL OR r.answered_on <= r.due_on) AS on_time
            FROM voter_recommendation r
            WHERE r.jurisdiction_id = ? AND r.status = 'ANSWERED' AND r.answered_on BETWEEN ? AND ?
            GROUP BY r.office_id""";

    private void receptionAndVoters(UUID jurisdictionId, List<UUID> officeIds, LocalDate from, LocalDate to, List<Figure> figures) {
        long sessions = 0;
        Map<UUID, Long> sessionsByOffice = new HashMap<>();
        for (Object[] r : sql.rows(SESSIONS_SQL, jurisdictionId, from.atStartOfDay(vn.lienthong.kernel.clock.Zones.VIETNAM).toInstant(),
                to.plusDays(1).atStartOfDay(vn.lienthong.kernel.clock.Zones.VIETNAM).toInstant())) {
            if (r[0] == null) {
                sessions = ((Number) r[1]).longValue();
            } else {
                sessionsByOffice.put((UUID) r[0], ((Number) r[1]).longValue());
            }
        }
        String sessionList = "/reception-sessions?from=" + from + "&to=" + to + "&status=HELD";
        Map<UUID, Value> byOffice = new LinkedHashMap<>();
        officeIds.forEach(o -> byOffice.put(o, new Value(sessionsByOffice.getOrDefault(o, 0L), sessionList + "&officeId=" + o)));
        figures.add(new Figure("RECEPTION_SESSIONS", null, "Buổi tiếp công dân đã tổ chức", new Value(sessions, sessionList), byOffice, null));

        long answered = 0;
        long onTime = 0;
        Map<UUID, long[]> byRecorder = new HashMap<>();
        for (Object[] r : sql.rows(ANSWERED_SQL, jurisdictionId, from, to)) {
            long a = ((Number) r[1]).longValue();
            long t = ((Number) r[2]).longValue();
            answered += a;
            onTime += t;
            byRecorder.put((UUID) r[0], new long[]{a, t});
        }
        String answeredList = "/voter-recommendations?status=ANSWERED";
        Map<UUID, Value> answeredByOffice = new LinkedHashMap<>();
        Map<UUID, Value> onTimeByOffice = new LinkedHashMap<>();
        for (UUID o : officeIds) {
            long[] c = byRecorder.getOrDefault(o, new long[2]);
            answeredByOffice.put(o, new Value(c[0], answeredList + "&officeId=" + o));
            onTimeByOffice.put(o, new Value(c[1], null));
        }
        figures.add(new Figure("VOTER_RECOMMENDATIONS_ANSWERED", null, "Kiến nghị cử tri đã được trả lời", new Value(answered, answeredList), answeredByOffice, null));
        figures.add(new Figure("VOTER_RECOMMENDATIONS_ANSWERED_ON_TIME", null, "Kiến nghị cử tri được trả lời đúng hạn", new Value(onTime, null), onTimeByOffice,
                "VOTER_RECOMMENDATIONS_ANSWERED"));
    }

    private static Figure counted(String key, @Nullable String qualifier, String label, String link, Counts total, Map<UUID, Counts> offices,
                                  List<UUID> officeIds, ToLongFunction<Counts> value, @Nullable String basis) {
        Map<UUID, Value> byOffice = new LinkedHashMap<>();
        for (UUID office : officeIds) {
            byOffice.put(office, new Value(value.applyAsLong(offices.getOrDefault(office, Counts.ZERO)), link + "&officeId=" + office));
        }
        return new Figure(key, qualifier, label, new Value(value.applyAsLong(total), link), byOffice, basis);
    }

    private static Figure perBody(String key, Body body, String label, String link, long total, List<UUID> officeIds, ToLongFunction<UUID> perOffice) {
        Map<UUID, Value> byOffice = new LinkedHashMap<>();
        for (UUID office : officeIds) {
            byOffice.put(office, new Value(perOffice.applyAsLong(office), link + "&officeId=" + office));
        }
        return new Figure(key, body.code(), label, new Value(total, link), byOffice, null);
    }

    /** Handling documents have no list of their own in the API: no link. */
    private static Figure documentFigure(String key, @Nullable String qualifier, String label, long total, List<UUID> officeIds, ToLongFunction<UUID> perOffice) {
        Map<UUID, Value> byOffice = new LinkedHashMap<>();
        for (UUID office : officeIds) {
            byOffice.put(office, new Value(perOffice.applyAsLong(office), null));
        }
        return new Figure(key, qualifier, label, new Value(total, null), byOffice, null);
    }
}
