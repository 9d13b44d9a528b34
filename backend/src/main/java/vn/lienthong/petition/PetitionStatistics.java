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
     * The petitions of the period, with the optional filters (a NULL parameter switches its filter off): one range of the
     * index petition_statistics (jurisdiction_id, received_on). Parameters: jurisdiction, from, to (dates, both
     * included), officeId ×2, bodyId ×2.
     */
    static final String PERIOD = """
            p.jurisdiction_id = ? AND p.received_on BETWEEN ? AND ?
              AND (CAST(? AS uuid) IS NULL OR p.office_id = ?)
              AND (CAST(? AS uuid) IS NULL OR p.addressed_body_id = ?)""";

    /**
     * Every count, over the rows h of the period; the same list for the total and each group. Statuses partition the
     * petitions received, and so do the classifications (eligible, not, not yet).
     */
    static final String COUNTS = """
            count(*) AS received,
                         count(*) FILTER (WHERE h.eligible) AS eligible,
                         count(*) FILTER (WHERE NOT h.eligible) AS not_eligible,
                         count(*) FILTER (WHERE h.eligible IS NULL) AS unclassified,
                         count(*) FILTER (WHERE h.status = 'RECEIVED') AS awaiting,
                         count(*) FILTER (WHERE h.status IN ('ACCEPTED', 'RESOLVED')) AS accepted,
                         count(*) FILTER (WHERE h.status = 'ACCEPTED') AS in_resolution,
                         count(*) FILTER (WHERE h.status = 'FORWARDED') AS forwarded,
                         count(*) FILTER (WHERE h.status = 'GUIDED') AS guided,
                         count(*) FILTER (WHERE h.status = 'FILED') AS filed,
                         count(*) FILTER (WHERE h.status = 'RESOLVED') AS resolved,
                         count(*) FILTER (WHERE h.status = 'RESOLVED' AND NOT coalesce(h.resolved_on > h.resolution_due_on, false)) AS resolved_on_time,
                         count(*) FILTER (WHERE h.status = 'RESOLVED' AND h.resolved_on > h.resolution_due_on) AS resolved_late,
                         count(*) FILTER (WHERE h.handled_on IS NOT NULL AND NOT coalesce(h.handled_on > h.first_due_on, false)) AS first_on_time,
                         count(*) FILTER (WHERE h.handled_on > h.first_due_on) AS first_late,
                         count(*) FILTER (WHERE (h.status = 'RECEIVED' AND h.first_due_on < h.today) OR (h.status = 'ACCEPTED' AND h.resolution_due_on < h.today)) AS overdue,
                         count(*) FILTER (WHERE h.crowd) AS crowd""";

    /** Number of columns {@link #COUNTS} yields. */
    static final int COUNT_COLUMNS = 17;

    /** The sums of {@link #COUNTS} over groups c of finer groups: the same 17 columns (int: summed as bigint, not numeric). */
    static final String SUMS = """
            sum(c.received::int) AS received, sum(c.eligible::int) AS eligible, sum(c.not_eligible::int) AS not_eligible, sum(c.unclassified::int) AS unclassified,
                         sum(c.awaiting::int) AS awaiting, sum(c.accepted::int) AS accepted, sum(c.in_resolution::int) AS in_resolution, sum(c.forwarded::int) AS forwarded,
                         sum(c.guided::int) AS guided, sum(c.filed::int) AS filed, sum(c.resolved::int) AS resolved, sum(c.resolved_on_time::int) AS resolved_on_time,
                         sum(c.resolved_late::int) AS resolved_late, sum(c.first_on_time::int) AS first_on_time, sum(c.first_late::int) AS first_late,
                         sum(c.overdue::int) AS overdue, sum(c.crowd::int) AS crowd""";

    /**
     * The petitions received, in total and by kind, channel, receiving office, addressed body, office and body together
     * (for the reviews), and month — one grouping set each — with the names joined to the few groups. The petitions are
     * counted once, into the finest groups (kind × channel × office × body × month, a few thousand at most), and the
     * grouping sets add those up: the 17 counts run once per petition instead of once per grouping set. Parameters: today
     * (the day overdue is measured against), then those of {@link #PERIOD}. Columns: dim, kind, channel, office_id,
     * body_id, month, office_name, body_name, body_code, then the 17 counts of {@link #COUNTS}. Reads the index
     * petition_statistics, which includes every column it needs.
     */
    static final String BREAKDOWN_SQL = """
            SELECT g.dim, g.kind, g.channel, g.office_id, g.body_id, g.month, o.name_vi AS office_name, b.name_vi AS body_name, b.code AS body_code,
                   g.received, g.eligible, g.not_eligible, g.unclassified, g.awaiting, g.accepted, g.in_resolution, g.forwarded, g.guided, g.filed,
                   g.resolved, g.resolved_on_time, g.resolved_late, g.first_on_time, g.first_late, g.overdue, g.crowd
            FROM (SELECT CASE WHEN GROUPING(c.kind) = 0 THEN 'KIND' WHEN GROUPING(c.channel) = 0 THEN 'CHANNEL'
                              WHEN GROUPING(c.office_id) = 0 AND GROUPING(c.body_id) = 0 THEN 'OFFICE_BODY'
                              WHEN GROUPING(c.office_id) = 0 THEN 'OFFICE' WHEN GROUPING(c.body_id) = 0 THEN 'BODY'
                              WHEN GROUPING(c.month) = 0 THEN 'MONTH' ELSE 'TOTAL' END AS dim,
                         c.kind, c.channel, c.office_id, c.body_id, c.month,
                         """ + SUMS + """

                  FROM (SELECT h.kind, h.channel, h.office_id, h.body_id, to_char(h.month, 'YYYY-MM') AS month,
                               """ + COUNTS + """

                        FROM (SELECT p.kind, p.channel, p.office_id, p.addressed_body_id AS body_id, date_trunc('month', p.received_on)::date AS month, p.status,
                                     p.eligible, p.first_due_on, p.handled_on, p.resolution_due_on, p.resolved_on, p.crowd, t.today
                              FROM petition p CROSS JOIN (SELECT CAST(? AS date) AS today) t
                              WHERE\s""" + PERIOD + """

                             ) h
                        GROUP BY h.kind, h.channel, h.office_id, h.body_id, h.month) c
                  GROUP BY GROUPING SETS ((c.kind), (c.channel), (c.office_id), (c.body_id), (c.office_id, c.body_id), (c.month), ())) g
            LEFT JOIN office o ON g.dim IN ('OFFICE', 'OFFICE_BODY') AND o.id = g.office_id
            LEFT JOIN leadership_body b ON g.dim IN ('BODY', 'OFFICE_BODY') AND b.id = g.body_id""";

    /**
     * Handling documents issued in the period (by issued_on), whenever their petitions were received: in total, by kind,
     * by issuing office (and kind), by the body the petition is addressed to (and office). One index-only range of
     * petition_document_office (office_id, issued_on, including kind and the petition's body) per office of the
     * jurisdiction, counted once into office × kind × body groups that the grouping sets add up. Parameters: those of
     * {@link #PERIOD} (jurisdiction, from, to, officeId ×2, bodyId ×2). Columns: dim, office_id, kind, body_id, documents,
     * office_name.
     */
    static final String DOCUMENTS_SQL = """
            SELECT g.dim, g.office_id, g.kind, g.body_id, g.documents, o.name_vi AS office_name
            FROM (SELECT CASE WHEN GROUPING(c.office_id) = 0 AND GROUPING(c.kind) = 0 THEN 'OFFICE_KIND'
                              WHEN GROUPING(c.office_id) = 0 AND GROUPING(c.body_id) = 0 THEN 'OFFICE_BODY'
                              WHEN GROUPING(c.office_id) = 0 THEN 'OFFICE' WHEN GROUPING(c.kind) = 0 THEN 'KIND'
                              WHEN GROUPING(c.body_id) = 0 THEN 'BODY' ELSE 'TOTAL' END AS dim,
                         c.office_id, c.kind, c.body_id, sum(c.documents::int) AS documents
                  FROM (SELECT d.office_id, d.kind, d.addressed_body_id AS body_id, count(*) AS documents
                        FROM office f
                        JOIN petition_document d ON d.office_id = f.id
                        WHERE f.jurisdiction_id = ? AND d.issued_on BETWEEN ? AND ?
                          AND (CAST(? AS uuid) IS NULL OR d.office_id = ?)
                          AND (CAST(? AS uuid) IS NULL OR d.addressed_body_id = ?)
                        GROUP BY d.office_id, d.kind, d.addressed_body_id) c
                  GROUP BY GROUPING SETS ((c.office_id, c.kind), (c.office_id, c.body_id), (c.office_id), (c.kind), (c.body_id), ())) g
            LEFT JOIN office o ON g.dim = 'OFFICE' AND o.id = g.office_id""";

    /**
     * Run first in the transaction of the statistics (settings local to it): the finest groups of a jurisdiction-year
     * (tens of thousands of petitions, a few thousand groups) are counted in a hash table in memory instead of being
     * sorted on disk; and each execution is planned for its own period. The driver prepares a statement on the server
     * after a few uses, and PostgreSQL then switches to a generic plan that expects one row for any period and sorts all
     * of them (at 10 million petitions: 91 ms instead of 57 for the breakdown; 20 requests/s instead of 37).
     */
    static final String SETTINGS = "SELECT set_config('work_mem', '16MB', true), set_config('plan_cache_mode', 'force_custom_plan', true)";

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

    /** The parameters of {@link #PERIOD} (and of {@link #DOCUMENTS_SQL}), in order. */
    static Object[] params(UUID jurisdictionId, Filter filter) {
        return new Object[]{jurisdictionId, filter.from(), filter.to(), filter.officeId(), filter.officeId(), filter.bodyId(), filter.bodyId()};
    }

    /** The parameters of {@link #BREAKDOWN_SQL}, in order. */
    static Object[] breakdownParams(LocalDate today, UUID jurisdictionId, Filter filter) {
        Object[] period = params(jurisdictionId, filter);
        Object[] out = new Object[period.length + 1];
        out[0] = today;
        System.arraycopy(period, 0, out, 1, period.length);
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
        sql.rows(SETTINGS);
        Counts totals = Counts.ZERO;
        Map<PetitionKind, Counts> kinds = new HashMap<>();
        Map<PetitionChannel, Counts> channels = new HashMap<>();
        Map<UUID, NamedCount> offices = new HashMap<>();
        List<NamedCount> bodies = new ArrayList<>();
        Map<String, Counts> months = new HashMap<>();
        for (Object[] r : sql.rows(BREAKDOWN_SQL, breakdownParams(today, caller.jurisdictionId(), filter))) {
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
        Documents documents = documents(caller.jurisdictionId(), filter);

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

    /** Stands for «no body» in the maps keyed by body. */
    static final UUID NONE = new UUID(0, 0);

    /** The documents of the period: the response's view, and the totals by office, by body and by office and body. */
    record Documents(HandlingDocuments view, Map<UUID, Long> officeTotals, Map<UUID, Long> bodyTotals, Map<UUID, Map<UUID, Long>> officeBodyTotals) {
    }

    Documents documents(UUID jurisdictionId, Filter filter) {
        long total = 0;
        Map<String, Long> kinds = new HashMap<>();
        Map<UUID, Long> officeTotals = new HashMap<>();
        Map<UUID, String> officeNames = new HashMap<>();
        Map<UUID, Map<String, Long>> officeKinds = new HashMap<>();
        Map<UUID, Long> bodyTotals = new HashMap<>();
        Map<UUID, Map<UUID, Long>> officeBodies = new HashMap<>();
        for (Object[] r : sql.rows(DOCUMENTS_SQL, params(jurisdictionId, filter))) {
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
