package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.report.Xlsx;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.petition.PetitionStatisticsDtos.ChannelCount;
import vn.lienthong.petition.PetitionStatisticsDtos.Counts;
import vn.lienthong.petition.PetitionStatisticsDtos.DocumentKindCount;
import vn.lienthong.petition.PetitionStatisticsDtos.Filter;
import vn.lienthong.petition.PetitionStatisticsDtos.HandlingDocuments;
import vn.lienthong.petition.PetitionStatisticsDtos.KindCount;
import vn.lienthong.petition.PetitionStatisticsDtos.MonthCount;
import vn.lienthong.petition.PetitionStatisticsDtos.NamedCount;
import vn.lienthong.petition.PetitionStatisticsDtos.OfficeDocuments;
import vn.lienthong.petition.PetitionStatisticsDtos.StatisticsResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Figures of the petitions received in a period (by their date of receipt), as they stand today: how many, of which
 * kinds and channels, by receiving office, addressed leadership body and month; eligibility; outcomes (forwarded, guided,
 * filed, accepted, resolved on time or late); the first statutory step on time or late; overdue now; crowd petitions;
 * and the handling documents issued in the period. One office (the NA Delegation and People's Council Office) serves
 * several bodies that each report their own figures, hence the body dimension. Aggregate counts only: the statements
 * never read a subject, a content or a petitioner. The SQL is kept in constants so a benchmark runs exactly what the
 * endpoint runs.
 */
@Singleton
public class PetitionStatistics {
    static final int MAX_YEARS = 10;

    /**
     * The period as one row q, from the parameters jurisdiction, from, to (dates, both included), then the whole months
     * it covers [months_from, months_to), the days before them [from, head_to) and after them [tail_from, to] (see
     * {@link Spans}), officeId and bodyId (NULL: all), and today (overdue is measured against it). The planner folds
     * these columns back into constants.
     */
    static final String PERIOD = """
            (SELECT CAST(? AS uuid) AS jurisdiction_id, CAST(? AS date) AS from_on, CAST(? AS date) AS to_on, CAST(? AS date) AS months_from,
                    CAST(? AS date) AS months_to, CAST(? AS date) AS head_to, CAST(? AS date) AS tail_from, CAST(? AS uuid) AS office_id,
                    CAST(? AS uuid) AS body_id, CAST(? AS date) AS today) q""";

    /**
     * The parts s of the period q, each one range [s.lo, s.hi) of a tally's key (petition_tally, petition_document_tally):
     * the whole months, the days before them and the days after them. Follows {@link #PERIOD}.
     */
    static final String SPANS = """
            CROSS JOIN LATERAL (VALUES ('MONTH', q.months_from, q.months_to), ('DAY', q.from_on, q.head_to), ('DAY', q.tail_from, q.to_on + 1)) s(span, lo, hi)""";

    /** The rows t of a tally in the parts s of the period q ({@link #SPANS}), for its office and body if q has them. */
    static final String TALLY_ROWS = """
            t.jurisdiction_id = q.jurisdiction_id AND t.span = s.span AND t.starts_on >= s.lo AND t.starts_on < s.hi
              AND (q.office_id IS NULL OR t.office_id = q.office_id) AND (q.body_id IS NULL OR t.body_id = q.body_id)""";

    /**
     * The figures of the period by kind, channel, receiving office, addressed body and month: the rows of petition_tally
     * (kept as petitions change: V21), the changes not folded into it yet (petition_tally_change, see
     * {@link PetitionTallyFold}), and the period's open petitions overdue today (a range of the partial index
     * petition_overdue, by due date). Columns: kind, channel, office_id, body_id, month, then the 17 counts.
     */
    static final String GROUPS = """
            SELECT t.kind, t.channel, t.office_id, t.body_id, date_trunc('month', t.starts_on::timestamp)::date AS month,
                                t.received, t.eligible, t.not_eligible, t.unclassified, t.awaiting, t.accepted, t.in_resolution, t.forwarded, t.guided, t.filed,
                                t.resolved, t.resolved_on_time, t.resolved_late, t.first_on_time, t.first_late, 0 AS overdue, t.crowd
                         FROM\s""" + PERIOD + """

                         """ + SPANS + """

                         JOIN petition_tally t ON\s""" + TALLY_ROWS + """

                         UNION ALL
                         SELECT c.kind, c.channel, c.office_id, c.body_id, date_trunc('month', c.received_on::timestamp)::date,
                                c.received, c.eligible, c.not_eligible, c.unclassified, c.awaiting, c.accepted, c.in_resolution, c.forwarded, c.guided, c.filed,
                                c.resolved, c.resolved_on_time, c.resolved_late, c.first_on_time, c.first_late, 0, c.crowd
                         FROM\s""" + PERIOD + """

                         JOIN petition_tally_change c ON c.jurisdiction_id = q.jurisdiction_id AND c.received_on BETWEEN q.from_on AND q.to_on
                         WHERE (q.office_id IS NULL OR c.office_id = q.office_id) AND (q.body_id IS NULL OR c.body_id = q.body_id)
                         UNION ALL
                         SELECT p.kind, p.channel, p.office_id, p.addressed_body_id, date_trunc('month', p.received_on::timestamp)::date,
                                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
                         FROM\s""" + PERIOD + """

                         JOIN petition p ON p.jurisdiction_id = q.jurisdiction_id AND petition_due(p.status, p.first_due_on, p.resolution_due_on) < q.today
                         WHERE p.status IN ('RECEIVED', 'ACCEPTED') AND p.received_on BETWEEN q.from_on AND q.to_on
                           AND (q.office_id IS NULL OR p.office_id = q.office_id) AND (q.body_id IS NULL OR p.addressed_body_id = q.body_id)""";

    /** Number of counts a row yields. */
    static final int COUNT_COLUMNS = 17;

    /** The sums of the 17 counts over the rows c of {@link #GROUPS} (int: summed as bigint, not numeric). */
    static final String SUMS = """
            sum(c.received) AS received, sum(c.eligible) AS eligible, sum(c.not_eligible) AS not_eligible, sum(c.unclassified) AS unclassified,
                         sum(c.awaiting) AS awaiting, sum(c.accepted) AS accepted, sum(c.in_resolution) AS in_resolution, sum(c.forwarded) AS forwarded,
                         sum(c.guided) AS guided, sum(c.filed) AS filed, sum(c.resolved) AS resolved, sum(c.resolved_on_time) AS resolved_on_time,
                         sum(c.resolved_late) AS resolved_late, sum(c.first_on_time) AS first_on_time, sum(c.first_late) AS first_late,
                         sum(c.overdue) AS overdue, sum(c.crowd) AS crowd""";

    /**
     * The petitions received, in total and by kind, channel, receiving office, addressed body, office and body together
     * (for the reviews), and month — one grouping set each — over the rows of {@link #GROUPS} (about 3,300 for a
     * jurisdiction-year at 10 million petitions), with the names joined to the few groups. Parameters: those of the
     * period ({@link #PERIOD}), three times. Columns: dim, kind, channel, office_id, body_id, month, office_name, body_name,
     * body_code, then the 17 counts.
     */
    static final String BREAKDOWN_SQL = """
            SELECT g.dim, g.kind, g.channel, g.office_id, g.body_id, g.month, o.name_vi AS office_name, b.name_vi AS body_name, b.code AS body_code,
                   g.received, g.eligible, g.not_eligible, g.unclassified, g.awaiting, g.accepted, g.in_resolution, g.forwarded, g.guided, g.filed,
                   g.resolved, g.resolved_on_time, g.resolved_late, g.first_on_time, g.first_late, g.overdue, g.crowd
            FROM (SELECT CASE WHEN GROUPING(c.kind) = 0 THEN 'KIND' WHEN GROUPING(c.channel) = 0 THEN 'CHANNEL'
                              WHEN GROUPING(c.office_id) = 0 AND GROUPING(c.body_id) = 0 THEN 'OFFICE_BODY'
                              WHEN GROUPING(c.office_id) = 0 THEN 'OFFICE' WHEN GROUPING(c.body_id) = 0 THEN 'BODY'
                              WHEN GROUPING(c.month) = 0 THEN 'MONTH' ELSE 'TOTAL' END AS dim,
                         c.kind, c.channel, c.office_id, c.body_id, to_char(c.month, 'YYYY-MM') AS month,
                         """ + SUMS + """

                  FROM (""" + GROUPS + """
            ) c
                  GROUP BY GROUPING SETS ((c.kind), (c.channel), (c.office_id), (c.body_id), (c.office_id, c.body_id), (c.month), ())) g
            LEFT JOIN office o ON g.dim IN ('OFFICE', 'OFFICE_BODY') AND o.id = g.office_id
            LEFT JOIN leadership_body b ON g.dim IN ('BODY', 'OFFICE_BODY') AND b.id = g.body_id""";

    /**
     * Handling documents issued in the period (by issued_on), whenever their petitions were received: in total, by kind,
     * by issuing office (and kind), by the body the petition is addressed to (and office). From the rows of
     * petition_document_tally (kept by triggers: V21) for the period. Parameters: those of {@link #PERIOD}. Columns: dim,
     * office_id, kind, body_id, documents, office_name.
     */
    static final String DOCUMENTS_SQL = """
            SELECT g.dim, g.office_id, g.kind, g.body_id, g.documents, o.name_vi AS office_name
            FROM (SELECT CASE WHEN GROUPING(t.office_id) = 0 AND GROUPING(t.kind) = 0 THEN 'OFFICE_KIND'
                              WHEN GROUPING(t.office_id) = 0 AND GROUPING(t.body_id) = 0 THEN 'OFFICE_BODY'
                              WHEN GROUPING(t.office_id) = 0 THEN 'OFFICE' WHEN GROUPING(t.kind) = 0 THEN 'KIND'
                              WHEN GROUPING(t.body_id) = 0 THEN 'BODY' ELSE 'TOTAL' END AS dim,
                         t.office_id, t.kind, t.body_id, sum(t.documents) AS documents
                  FROM\s""" + PERIOD + """

                  """ + SPANS + """

                  JOIN petition_document_tally t ON\s""" + TALLY_ROWS + """

                  GROUP BY GROUPING SETS ((t.office_id, t.kind), (t.office_id, t.body_id), (t.office_id), (t.kind), (t.body_id), ())) g
            LEFT JOIN office o ON g.dim = 'OFFICE' AND o.id = g.office_id""";

    /**
     * Run first in the transaction of the statistics (settings local to it). Each execution is planned for its own
     * period: the driver prepares a statement on the server after a few uses, and PostgreSQL then switches to a generic
     * plan that does not know how many rows a period has (at 10 million petitions, before the tallies, it sorted instead
     * of hashing: 20 requests/s instead of 37). No JIT compilation: the tally's index ranges are estimated from their
     * parameters, high enough to make the planner compile the query (~30 ms) for a few thousand rows (~10 ms).
     */
    static final String SETTINGS = "SELECT set_config('work_mem', '16MB', true), set_config('plan_cache_mode', 'force_custom_plan', true), "
            + "set_config('jit', 'off', true)";

    /**
     * How a tally reads a period: the whole months it covers, [monthsFrom, monthsTo), from the MONTH rows; the days
     * before them, [from, headTo), and after them, [tailFrom, to], from the DAY rows. A period within one month, or
     * across two without a whole one, is all days: [from, headTo) is then the whole period, or its part in the first
     * month and [tailFrom, to] the part in the second.
     */
    record Spans(LocalDate monthsFrom, LocalDate monthsTo, LocalDate headTo, LocalDate tailFrom) {
        static Spans of(LocalDate from, LocalDate to) {
            LocalDate monthsFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate monthsTo = to.plusDays(1).withDayOfMonth(1);
            LocalDate headTo = monthsFrom.isBefore(to.plusDays(1)) ? monthsFrom : to.plusDays(1);
            LocalDate tailFrom = monthsTo.isAfter(headTo) ? monthsTo : headTo;
            return new Spans(monthsFrom, monthsTo, headTo, tailFrom);
        }
    }

    static final Map<PetitionKind, String> KIND_NAMES = Map.of(PetitionKind.COMPLAINT, "Khiếu nại", PetitionKind.DENUNCIATION, "Tố cáo",
            PetitionKind.RECOMMENDATION, "Kiến nghị", PetitionKind.REFLECTION, "Phản ánh");
    static final Map<PetitionChannel, String> CHANNEL_NAMES = Map.of(PetitionChannel.POST, "Qua bưu điện",
            PetitionChannel.IN_PERSON, "Trực tiếp, tại buổi tiếp công dân", PetitionChannel.VOTER_MEETING, "Qua tiếp xúc cử tri",
            PetitionChannel.E_PORTAL, "Qua Cổng thông tin điện tử", PetitionChannel.TRANSFERRED, "Cơ quan khác chuyển đến");
    /** The kinds of handling document, in the order of the reports. */
    static final Map<String, String> DOCUMENT_KINDS = documentKinds();
    static final String NO_BODY = "Không gửi đích danh cơ quan lãnh đạo";

    private static Map<String, String> documentKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("FORWARDING_LETTER", "Công văn chuyển đơn");
        kinds.put("GUIDANCE_LETTER", "Văn bản hướng dẫn, trả lời");
        kinds.put("ACCEPTANCE_NOTICE", "Thông báo thụ lý");
        kinds.put("FILING_NOTE", "Phiếu lưu đơn");
        kinds.put("RESOLUTION_DECISION", "Quyết định, văn bản giải quyết");
        return kinds;
    }

    private final Sql sql;
    private final Clock clock;

    PetitionStatistics(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.VIETNAM));
    }

    /** The parameters of {@link #PERIOD} (so of {@link #DOCUMENTS_SQL}), in order. */
    static Object[] params(LocalDate today, UUID jurisdictionId, Filter filter) {
        Spans spans = Spans.of(filter.from(), filter.to());
        return new Object[]{jurisdictionId, filter.from(), filter.to(), spans.monthsFrom(), spans.monthsTo(), spans.headTo(), spans.tailFrom(),
                filter.officeId(), filter.bodyId(), today};
    }

    /** How many times {@link #BREAKDOWN_SQL} reads the period ({@link #PERIOD}). */
    static final int BREAKDOWN_PERIODS = 3;

    /** The parameters of {@link #BREAKDOWN_SQL}, in order: those of the period, {@link #BREAKDOWN_PERIODS} times. */
    static Object[] breakdownParams(LocalDate today, UUID jurisdictionId, Filter filter) {
        Object[] period = params(today, jurisdictionId, filter);
        Object[] out = new Object[period.length * BREAKDOWN_PERIODS];
        for (int i = 0; i < BREAKDOWN_PERIODS; i++) {
            System.arraycopy(period, 0, out, i * period.length, period.length);
        }
        return out;
    }

    /** The 17 counts of a row of {@link #BREAKDOWN_SQL}, from column `first`. */
    static Counts counts(Object[] r, int first) {
        long[] c = new long[COUNT_COLUMNS];
        for (int i = 0; i < COUNT_COLUMNS; i++) {
            c[i] = n(r[first + i]);
        }
        return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14], c[15], c[16]);
    }

    static final int FIRST_COUNT = 9;

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Transactional(readOnly = true)
    public StatisticsResponse compute(Caller caller, Filter filter) {
        if (!(PetitionAccess.isOfficeStaff(caller) || (caller.isPerson() && caller.isAdmin()))) {
            throw ProblemException.forbidden("The petition statistics are for the offices and the administrators of the jurisdiction.");
        }
        if (filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (filter.from().plusYears(MAX_YEARS).isBefore(filter.to())) {
            throw ProblemException.invalid("to", "a period is at most " + MAX_YEARS + " years");
        }
        LocalDate today = today();
        Counts totals = Counts.ZERO;
        Map<PetitionKind, Counts> kinds = new HashMap<>();
        Map<PetitionChannel, Counts> channels = new HashMap<>();
        Map<UUID, NamedCount> offices = new HashMap<>();
        List<NamedCount> bodies = new ArrayList<>();
        Map<String, Counts> months = new HashMap<>();
        for (Object[] r : breakdown(today, caller.jurisdictionId(), filter)) {
            String dim = (String) r[0];
            Counts counts = counts(r, FIRST_COUNT);
            switch (dim) {
                case "TOTAL" -> totals = counts;
                case "KIND" -> kinds.put(PetitionKind.valueOf((String) r[1]), counts);
                case "CHANNEL" -> channels.put(PetitionChannel.valueOf((String) r[2]), counts);
                case "OFFICE" -> offices.put((UUID) r[3], new NamedCount((UUID) r[3], (String) r[6], counts, 0));
                case "BODY" -> bodies.add(new NamedCount((UUID) r[4], r[4] == null ? NO_BODY : (String) r[7], counts, 0));
                case "MONTH" -> months.put((String) r[5], counts);
                case "OFFICE_BODY" -> {
                }
                default -> throw new IllegalStateException(dim);
            }
        }
        Documents documents = documents(today, caller.jurisdictionId(), filter);

        List<KindCount> byKind = new ArrayList<>();
        for (PetitionKind kind : PetitionKind.values()) {
            byKind.add(new KindCount(kind, KIND_NAMES.get(kind), kinds.getOrDefault(kind, Counts.ZERO)));
        }
        List<ChannelCount> byChannel = new ArrayList<>();
        for (PetitionChannel channel : PetitionChannel.values()) {
            byChannel.add(new ChannelCount(channel, CHANNEL_NAMES.get(channel), channels.getOrDefault(channel, Counts.ZERO)));
        }
        // an office that issued documents in the period but received nothing in it still has a line
        documents.view().byOffice().forEach(d -> offices.putIfAbsent(d.officeId(), new NamedCount(d.officeId(), d.name(), Counts.ZERO, 0)));
        Comparator<NamedCount> mostFirst = Comparator.comparingLong((NamedCount c) -> c.counts().received()).reversed()
                .thenComparing(Comparator.comparingLong(NamedCount::documents).reversed()).thenComparing(NamedCount::name);
        List<NamedCount> byOffice = offices.values().stream()
                .map(o -> new NamedCount(o.id(), o.name(), o.counts(), documents.officeTotals().getOrDefault(o.id(), 0L)))
                .sorted(mostFirst).toList();
        List<NamedCount> byBody = new ArrayList<>(bodies.stream()
                .map(b -> new NamedCount(b.id(), b.name(), b.counts(), documents.bodyTotals().getOrDefault(b.id() == null ? NONE : b.id(), 0L)))
                .toList());
        // a body whose petitions of other periods got documents in this one
        for (Map.Entry<UUID, Long> e : documents.bodyTotals().entrySet()) {
            boolean listed = byBody.stream().anyMatch(b -> (b.id() == null ? NONE : b.id()).equals(e.getKey()));
            if (!listed) {
                UUID id = e.getKey().equals(NONE) ? null : e.getKey();
                String name = id == null ? NO_BODY : sql.scalar("SELECT name_vi FROM leadership_body WHERE id = ?", String.class, id);
                byBody.add(new NamedCount(id, name, Counts.ZERO, e.getValue()));
            }
        }
        byBody.sort(Comparator.comparing((NamedCount b) -> b.id() == null).thenComparing(mostFirst));
        List<MonthCount> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to())); month = month.plusMonths(1)) {
            byMonth.add(new MonthCount(month.toString(), months.getOrDefault(month.toString(), Counts.ZERO)));
        }
        return new StatisticsResponse(filter.from(), filter.to(), filter.officeId(), filter.bodyId(), today, totals, documents.view(), byKind, byChannel,
                byOffice, List.copyOf(byBody), byMonth);
    }

    /**
     * The rows of {@link #BREAKDOWN_SQL} for a period, after {@link #SETTINGS} in the caller's transaction (so for the
     * {@link #documents} that follow too): the statistics and the reviews' figures read them the same way.
     */
    List<Object[]> breakdown(LocalDate today, UUID jurisdictionId, Filter filter) {
        sql.rows(SETTINGS);
        return sql.rows(BREAKDOWN_SQL, breakdownParams(today, jurisdictionId, filter));
    }

    /** Stands for «no body» in the maps keyed by body. */
    static final UUID NONE = new UUID(0, 0);

    /** The documents of the period: the response's view, and the totals by office, by body and by office and body. */
    record Documents(HandlingDocuments view, Map<UUID, Long> officeTotals, Map<UUID, Long> bodyTotals, Map<UUID, Map<UUID, Long>> officeBodyTotals) {
    }

    Documents documents(LocalDate today, UUID jurisdictionId, Filter filter) {
        long total = 0;
        Map<String, Long> kinds = new HashMap<>();
        Map<UUID, Long> officeTotals = new HashMap<>();
        Map<UUID, String> officeNames = new HashMap<>();
        Map<UUID, Map<String, Long>> officeKinds = new HashMap<>();
        Map<UUID, Long> bodyTotals = new HashMap<>();
        Map<UUID, Map<UUID, Long>> officeBodies = new HashMap<>();
        for (Object[] r : sql.rows(DOCUMENTS_SQL, params(today, jurisdictionId, filter))) {
            String dim = (String) r[0];
            long count = n(r[4]);
            UUID body = r[3] == null ? NONE : (UUID) r[3];
            switch (dim) {
                case "TOTAL" -> total = count;
                case "KIND" -> kinds.put((String) r[2], count);
                case "OFFICE" -> {
                    officeTotals.put((UUID) r[1], count);
                    officeNames.put((UUID) r[1], (String) r[5]);
                }
                case "OFFICE_KIND" -> officeKinds.computeIfAbsent((UUID) r[1], o -> new HashMap<>()).put((String) r[2], count);
                case "BODY" -> bodyTotals.put(body, count);
                case "OFFICE_BODY" -> officeBodies.computeIfAbsent((UUID) r[1], o -> new HashMap<>()).put(body, count);
                default -> throw new IllegalStateException(dim);
            }
        }
        List<OfficeDocuments> byOffice = officeTotals.entrySet().stream()
                .map(e -> new OfficeDocuments(e.getKey(), officeNames.get(e.getKey()), e.getValue(), kindList(officeKinds.getOrDefault(e.getKey(), Map.of()))))
                .sorted(Comparator.comparingLong(OfficeDocuments::documents).reversed().thenComparing(OfficeDocuments::name))
                .toList();
        return new Documents(new HandlingDocuments(total, kindList(kinds), byOffice), officeTotals, bodyTotals, officeBodies);
    }

    private static List<DocumentKindCount> kindList(Map<String, Long> counts) {
        List<DocumentKindCount> out = new ArrayList<>();
        DOCUMENT_KINDS.forEach((kind, name) -> out.add(new DocumentKindCount(kind, name, counts.getOrDefault(kind, 0L))));
        return out;
    }

    // ---- export ------------------------------------------------------------------------------------------------

    /** The columns of the breakdown sheets: heading and value. */
    private record Column(String heading, java.util.function.ToLongFunction<Counts> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Tiếp nhận", Counts::received),
            new Column("Đủ điều kiện xử lý", Counts::eligible),
            new Column("Không đủ điều kiện", Counts::notEligible),
            new Column("Chưa phân loại", Counts::unclassified),
            new Column("Chuyển cơ quan có thẩm quyền", Counts::forwarded),
            new Column("Hướng dẫn, trả lời", Counts::guided),
            new Column("Lưu đơn", Counts::filed),
            new Column("Thụ lý giải quyết", Counts::accepted),
            new Column("Đã giải quyết", Counts::resolved),
            new Column("Giải quyết đúng hạn", Counts::resolvedOnTime),
            new Column("Giải quyết quá hạn", Counts::resolvedLate),
            new Column("Xử lý bước đầu đúng hạn", Counts::firstStepOnTime),
            new Column("Xử lý bước đầu quá hạn", Counts::firstStepLate),
            new Column("Chờ xử lý", Counts::awaitingHandling),
            new Column("Quá hạn chưa xử lý, giải quyết", Counts::overdue),
            new Column("Đơn đông người", Counts::crowd));

    public byte[] xlsx(StatisticsResponse s) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = Xlsx.bold(workbook);
            header.setWrapText(true);
            String period = "Đơn thư tiếp nhận từ ngày " + VietnameseDates.format(s.from()) + " đến ngày " + VietnameseDates.format(s.to())
                    + "; tình trạng xử lý tính đến ngày " + VietnameseDates.format(s.asOf());

            Sheet summary = workbook.createSheet("Tổng hợp");
            int r = Xlsx.title(summary, header, "THỐNG KÊ TIẾP NHẬN, XỬ LÝ ĐƠN THƯ", period);
            r = Xlsx.headings(summary, header, r, "STT", "Chỉ tiêu", "Số liệu");
            Counts t = s.totals();
            List<Object[]> lines = new ArrayList<>(List.of(
                    new Object[]{"Số đơn thư tiếp nhận", t.received()},
                    new Object[]{"Trong đó: đủ điều kiện xử lý", t.eligible()},
                    new Object[]{"   – không đủ điều kiện xử lý", t.notEligible()},
                    new Object[]{"   – chưa phân loại", t.unclassified()},
                    new Object[]{"Số đơn đã chuyển cơ quan có thẩm quyền giải quyết", t.forwarded()},
                    new Object[]{"Số đơn đã hướng dẫn, trả lời", t.guided()},
                    new Object[]{"Số đơn lưu", t.filed()},
                    new Object[]{"Số đơn thụ lý giải quyết", t.accepted()},
                    new Object[]{"   – đang giải quyết", t.inResolution()},
                    new Object[]{"   – đã giải quyết", t.resolved()},
                    new Object[]{"      + đúng hạn", t.resolvedOnTime()},
                    new Object[]{"      + quá hạn", t.resolvedLate()},
                    new Object[]{"Số đơn đã xử lý bước đầu (phân loại, xử lý) đúng hạn", t.firstStepOnTime()},
                    new Object[]{"Số đơn đã xử lý bước đầu quá hạn", t.firstStepLate()},
                    new Object[]{"Số đơn đang chờ xử lý", t.awaitingHandling()},
                    new Object[]{"Số đơn quá hạn chưa xử lý, giải quyết", t.overdue()},
                    new Object[]{"Số đơn đông người", t.crowd()},
                    new Object[]{"Số văn bản xử lý đơn đã ban hành trong kỳ", s.documents().total()}));
            for (DocumentKindCount k : s.documents().byKind()) {
                lines.add(new Object[]{"   – " + k.name(), k.documents()});
            }
            for (int i = 0; i < lines.size(); i++) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue((String) lines.get(i)[0]);
                row.createCell(2).setCellValue((Long) lines.get(i)[1]);
            }
            Xlsx.widths(summary, 6, 60, 14);

            Sheet byKind = workbook.createSheet("Theo loại đơn");
            r = breakdownHeadings(byKind, header, "ĐƠN THƯ THEO LOẠI ĐƠN", period, "Loại đơn", false);
            int n = 1;
            for (KindCount k : s.byKind()) {
                r = line(byKind, r, n++, k.name(), k.counts(), null);
            }
            totalLine(byKind, header, r, t, null);
            breakdownWidths(byKind, false);

            Sheet byChannel = workbook.createSheet("Theo nguồn đơn");
            r = breakdownHeadings(byChannel, header, "ĐƠN THƯ THEO NGUỒN ĐƠN", period, "Nguồn đơn", false);
            n = 1;
            for (ChannelCount c : s.byChannel()) {
                r = line(byChannel, r, n++, c.name(), c.counts(), null);
            }
            totalLine(byChannel, header, r, t, null);
            breakdownWidths(byChannel, false);

            Sheet byOffice = workbook.createSheet("Theo văn phòng");
            r = breakdownHeadings(byOffice, header, "ĐƠN THƯ THEO VĂN PHÒNG TIẾP NHẬN", period, "Văn phòng tiếp nhận", true);
            n = 1;
            for (NamedCount o : s.byOffice()) {
                r = line(byOffice, r, n++, o.name(), o.counts(), o.documents());
            }
            totalLine(byOffice, header, r, t, s.documents().total());
            breakdownWidths(byOffice, true);

            Sheet byBody = workbook.createSheet("Theo cơ quan");
            r = breakdownHeadings(byBody, header, "ĐƠN THƯ THEO CƠ QUAN LÃNH ĐẠO NHẬN ĐƠN", period, "Cơ quan lãnh đạo", true);
            n = 1;
            for (NamedCount b : s.byBody()) {
                r = line(byBody, r, n++, b.name(), b.counts(), b.documents());
            }
            totalLine(byBody, header, r, t, s.documents().total());
            breakdownWidths(byBody, true);

            Sheet byMonth = workbook.createSheet("Theo tháng");
            r = breakdownHeadings(byMonth, header, "ĐƠN THƯ THEO THÁNG TIẾP NHẬN", period, "Tháng", false);
            n = 1;
            for (MonthCount m : s.byMonth()) {
                YearMonth month = YearMonth.parse(m.month());
                r = line(byMonth, r, n++, String.format("%02d/%d", month.getMonthValue(), month.getYear()), m.counts(), null);
            }
            totalLine(byMonth, header, r, t, null);
            breakdownWidths(byMonth, false);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int breakdownHeadings(Sheet sheet, CellStyle header, String title, String period, String what, boolean documents) {
        List<String> columns = new ArrayList<>(List.of("STT", what));
        COLUMNS.forEach(c -> columns.add(c.heading()));
        if (documents) {
            columns.add("Văn bản xử lý đã ban hành");
        }
        return Xlsx.headings(sheet, header, Xlsx.title(sheet, header, title, period), columns.toArray(String[]::new));
    }

    private static int line(Sheet sheet, int r, int n, String label, Counts counts, @Nullable Long documents) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(n);
        row.createCell(1).setCellValue(label);
        values(row, counts, documents);
        return r + 1;
    }

    private static void totalLine(Sheet sheet, CellStyle header, int r, Counts counts, @Nullable Long documents) {
        Row row = sheet.createRow(r);
        row.createCell(1).setCellValue("Tổng cộng");
        row.getCell(1).setCellStyle(header);
        values(row, counts, documents);
    }

    private static void values(Row row, Counts counts, @Nullable Long documents) {
        int c = 2;
        for (Column column : COLUMNS) {
            row.createCell(c++).setCellValue(column.value().applyAsLong(counts));
        }
        if (documents != null) {
            row.createCell(c).setCellValue(documents);
        }
    }

    private static void breakdownWidths(Sheet sheet, boolean documents) {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 42 * 256);
        for (int c = 0; c < COLUMNS.size() + (documents ? 1 : 0); c++) {
            sheet.setColumnWidth(c + 2, 14 * 256);
        }
    }
}
