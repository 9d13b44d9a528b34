package vn.lienthong.meeting;

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
import vn.lienthong.meeting.MeetingStatisticsDtos.Filter;
import vn.lienthong.meeting.MeetingStatisticsDtos.KindCount;
import vn.lienthong.meeting.MeetingStatisticsDtos.MonthCount;
import vn.lienthong.meeting.MeetingStatisticsDtos.NamedCount;
import vn.lienthong.meeting.MeetingStatisticsDtos.StatisticsResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of the meetings that took place in a period (HELD or CLOSED, by the Vietnamese date of their start): how many,
 * of which kinds, bodies and host offices, month by month, the online conferences with their bridge points and delegates,
 * and the attendance. Computed by two aggregate statements over one range of the index meeting_time; the SQL is kept in
 * constants so a benchmark runs exactly what the endpoint runs.
 */
@Singleton
public class MeetingStatistics {
    static final int MAX_YEARS = 10;

    /**
     * The meetings of the period, with the optional filters (a NULL parameter switches its filter off). Parameters:
     * jurisdiction, from (instant, included), to (instant, excluded), kindId ×2, bodyId ×2, officeId ×3.
     */
    static final String PERIOD = """
            m.jurisdiction_id = ? AND m.starts_at >= ? AND m.starts_at < ?
              AND (CAST(? AS uuid) IS NULL OR m.kind_id = ?)
              AND (CAST(? AS uuid) IS NULL OR m.body_id = ?)
              AND (CAST(? AS uuid) IS NULL OR m.host_office_id = ? OR ? = ANY (m.supporting_office_ids))""";

    /**
     * Meetings held, in total and by kind, body, host office and month (one grouping set each), with the names joined to
     * the few groups. Without the office filter it reads only the index meeting_time (its INCLUDE columns).
     */
    static final String BREAKDOWN_SQL = """
            SELECT g.dim, g.key_id, g.month, g.meetings, g.online, g.hybrid, k.code AS kind_code, k.name_vi AS kind_name, k.position AS kind_position,
                   b.name_vi AS body_name, o.name_vi AS office_name
            FROM (SELECT CASE WHEN GROUPING(h.kind_id) = 0 THEN 'KIND' WHEN GROUPING(h.body_id) = 0 THEN 'BODY'
                              WHEN GROUPING(h.host_office_id) = 0 THEN 'OFFICE' WHEN GROUPING(h.month) = 0 THEN 'MONTH' ELSE 'TOTAL' END AS dim,
                         coalesce(h.kind_id, h.body_id, h.host_office_id) AS key_id, h.month,
                         count(*) AS meetings, count(*) FILTER (WHERE h.format <> 'IN_PERSON') AS online, count(*) FILTER (WHERE h.format = 'HYBRID') AS hybrid
                  FROM (SELECT m.kind_id, m.body_id, m.host_office_id, m.format, to_char(m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month
                        FROM meeting m
                        WHERE m.status IN ('HELD', 'CLOSED')""" + " AND " + PERIOD + """
                       ) h
                  GROUP BY GROUPING SETS ((h.kind_id), (h.body_id), (h.host_office_id), (h.month), ())) g
            LEFT JOIN meeting_kind k ON g.dim = 'KIND' AND k.id = g.key_id
            LEFT JOIN leadership_body b ON g.dim = 'BODY' AND b.id = g.key_id
            LEFT JOIN office o ON g.dim = 'OFFICE' AND o.id = g.key_id""";

    /**
     * Bridge points and delegates of the online conferences held, invitations and attendance of the meetings held, and the
     * cancelled and postponed meetings of the period, from the totals each meeting keeps (triggers of V12), so from the
     * index meeting_time alone. Same parameters as {@link #PERIOD}.
     */
    static final String TOTALS_SQL = """
            SELECT coalesce(sum(m.bridge_points) FILTER (WHERE m.held AND m.format <> 'IN_PERSON'), 0) AS bridge_points,
                   coalesce(sum(m.expected_delegates) FILTER (WHERE m.held AND m.format <> 'IN_PERSON'), 0) AS expected,
                   coalesce(sum(m.actual_delegates) FILTER (WHERE m.held AND m.format <> 'IN_PERSON'), 0) AS delegates,
                   coalesce(sum(m.invitees) FILTER (WHERE m.held), 0) AS invitees,
                   coalesce(sum(m.attended) FILTER (WHERE m.held), 0) AS attended,
                   coalesce(sum(m.invitees) FILTER (WHERE m.held AND m.attendance_taken), 0) AS invitees_taken,
                   coalesce(sum(m.attended) FILTER (WHERE m.held AND m.attendance_taken), 0) AS attended_taken,
                   count(*) FILTER (WHERE m.status = 'CANCELLED') AS cancelled,
                   count(*) FILTER (WHERE m.status = 'POSTPONED') AS postponed
            FROM (SELECT m.status, m.format, m.status IN ('HELD', 'CLOSED') AS held, m.bridge_points, m.expected_delegates, m.actual_delegates,
                         m.invitees, m.attended, m.attendance_taken
                  FROM meeting m
                  WHERE m.status IN ('HELD', 'CLOSED', 'CANCELLED', 'POSTPONED')""" + " AND " + PERIOD + """
                 ) m""";

    private final Sql sql;

    MeetingStatistics(Sql sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public StatisticsResponse compute(Caller caller, Filter filter) {
        if (!MeetingAccess.isOfficeStaff(caller) && !caller.isAdmin()) {
            throw ProblemException.forbidden("The meeting statistics are for the offices and the administrators of the jurisdiction.");
        }
        if (filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (filter.from().plusYears(MAX_YEARS).isBefore(filter.to())) {
            throw ProblemException.invalid("to", "a period is at most " + MAX_YEARS + " years");
        }
        Object[] params = params(caller, filter);
        long meetings = 0;
        long online = 0;
        long hybrid = 0;
        record Kind(KindCount count, int position) {
        }
        List<Kind> kinds = new ArrayList<>();
        List<NamedCount> bodies = new ArrayList<>();
        List<NamedCount> offices = new ArrayList<>();
        Map<String, long[]> months = new HashMap<>();
        for (Object[] r : sql.rows(BREAKDOWN_SQL, params)) {
            String dim = (String) r[0];
            long count = n(r[3]);
            switch (dim) {
                case "TOTAL" -> {
                    meetings = count;
                    online = n(r[4]);
                    hybrid = n(r[5]);
                }
                case "KIND" -> kinds.add(new Kind(new KindCount((java.util.UUID) r[1], (String) r[6], (String) r[7], count), ((Number) r[8]).intValue()));
                case "BODY" -> bodies.add(new NamedCount((java.util.UUID) r[1], (String) r[9], count));
                case "OFFICE" -> offices.add(new NamedCount((java.util.UUID) r[1], (String) r[10], count));
                case "MONTH" -> months.put((String) r[2], new long[]{count, n(r[4])});
                default -> throw new IllegalStateException(dim);
            }
        }
        kinds.sort(Comparator.comparingInt(Kind::position).thenComparing(k -> k.count().name()));
        Comparator<NamedCount> mostFirst = Comparator.comparingLong(NamedCount::meetings).reversed().thenComparing(NamedCount::name);
        bodies.sort(mostFirst);
        offices.sort(mostFirst);
        List<MonthCount> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to())); month = month.plusMonths(1)) {
            long[] c = months.getOrDefault(month.toString(), new long[]{0, 0});
            byMonth.add(new MonthCount(month.toString(), c[0], c[1]));
        }
        Object[] t = sql.row(TOTALS_SQL, params);
        long inviteesTaken = n(t[5]);
        BigDecimal rate = inviteesTaken == 0 ? null
                : BigDecimal.valueOf(n(t[6])).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(inviteesTaken), 1, RoundingMode.HALF_UP);
        return new StatisticsResponse(filter.from(), filter.to(), meetings, meetings - online, online, hybrid, online, n(t[0]), n(t[1]), n(t[2]), n(t[3]),
                n(t[4]), rate, n(t[7]), n(t[8]), kinds.stream().map(Kind::count).toList(), bodies, offices, byMonth);
    }

    /** The parameters of {@link #PERIOD}, in order. */
    static Object[] params(Caller caller, Filter filter) {
        return params(caller.jurisdictionId(), filter);
    }

    static Object[] params(java.util.UUID jurisdictionId, Filter filter) {
        Instant from = filter.from().atStartOfDay(Zones.VIETNAM).toInstant();
        Instant to = filter.to().plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant();
        return new Object[]{jurisdictionId, from, to, filter.kindId(), filter.kindId(), filter.bodyId(), filter.bodyId(), filter.officeId(),
                filter.officeId(), filter.officeId()};
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    // ---- export ------------------------------------------------------------------------------------------------

    public byte[] xlsx(StatisticsResponse s) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = Xlsx.bold(workbook);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            String period = "Từ ngày " + VietnameseDates.format(s.from()) + " đến ngày " + VietnameseDates.format(s.to())
                    + " (hội nghị, cuộc họp đã tổ chức)";

            Sheet summary = workbook.createSheet("Tổng hợp");
            int r = Xlsx.title(summary, header, "THỐNG KÊ HỘI NGHỊ, CUỘC HỌP", period);
            r = Xlsx.headings(summary, header, r, "STT", "Chỉ tiêu", "Số liệu");
            Object[][] lines = {
                    {"Số hội nghị, cuộc họp đã tổ chức", s.meetings()},
                    {"Trong đó: họp trực tiếp", s.inPerson()},
                    {"Trong đó: hội nghị trực tuyến (trực tuyến, trực tiếp kết hợp trực tuyến)", s.onlineConferences()},
                    {"   – trực tiếp kết hợp trực tuyến", s.hybrid()},
                    {"Số điểm cầu", s.bridgePoints()},
                    {"Số đại biểu dự kiến tại các điểm cầu", s.expectedDelegates()},
                    {"Số đại biểu tham dự tại các điểm cầu", s.delegates()},
                    {"Số lượt mời dự họp", s.invitees()},
                    {"Số lượt có mặt", s.attended()},
                    {"Tỷ lệ có mặt (%)", s.attendanceRate()},
                    {"Số cuộc họp đã hủy trong kỳ", s.cancelled()},
                    {"Số cuộc họp đang hoãn trong kỳ", s.postponed()}};
            for (int i = 0; i < lines.length; i++) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue((String) lines[i][0]);
                Object value = lines[i][1];
                if (value instanceof BigDecimal decimal) {
                    row.createCell(2).setCellValue(decimal.doubleValue());
                    row.getCell(2).setCellStyle(percent);
                } else if (value instanceof Long number) {
                    row.createCell(2).setCellValue(number);
                } else {
                    row.createCell(2).setCellValue("—");
                }
            }
            Xlsx.widths(summary, 6, 70, 16);

            Sheet byKind = workbook.createSheet("Theo loại");
            r = Xlsx.headings(byKind, header, Xlsx.title(byKind, header, "SỐ HỘI NGHỊ, CUỘC HỌP THEO LOẠI", period), "STT", "Mã loại", "Loại hội nghị, cuộc họp", "Số cuộc họp");
            int n = 1;
            for (KindCount k : s.byKind()) {
                Row row = byKind.createRow(r++);
                row.createCell(0).setCellValue(n++);
                row.createCell(1).setCellValue(k.code());
                row.createCell(2).setCellValue(k.name());
                row.createCell(3).setCellValue(k.meetings());
            }
            total(byKind, header, r, 2, 3, s.meetings());
            Xlsx.widths(byKind, 6, 30, 60, 14);

            Sheet byOffice = workbook.createSheet("Theo văn phòng");
            r = Xlsx.headings(byOffice, header, Xlsx.title(byOffice, header, "SỐ HỘI NGHỊ, CUỘC HỌP THEO VĂN PHÒNG CHỦ TRÌ PHỤC VỤ", period),
                    "STT", "Văn phòng chủ trì phục vụ", "Số cuộc họp");
            r = named(byOffice, r, s.byHostOffice());
            total(byOffice, header, r, 1, 2, s.meetings());
            Xlsx.widths(byOffice, 6, 60, 14);

            Sheet byMonth = workbook.createSheet("Theo tháng");
            r = Xlsx.headings(byMonth, header, Xlsx.title(byMonth, header, "SỐ HỘI NGHỊ, CUỘC HỌP THEO THÁNG", period),
                    "Tháng", "Số cuộc họp", "Trong đó: hội nghị trực tuyến");
            for (MonthCount m : s.byMonth()) {
                YearMonth month = YearMonth.parse(m.month());
                Row row = byMonth.createRow(r++);
                row.createCell(0).setCellValue(String.format("%02d/%d", month.getMonthValue(), month.getYear()));
                row.createCell(1).setCellValue(m.meetings());
                row.createCell(2).setCellValue(m.online());
            }
            Row sum = byMonth.createRow(r);
            sum.createCell(0).setCellValue("Tổng cộng");
            sum.getCell(0).setCellStyle(header);
            sum.createCell(1).setCellValue(s.meetings());
            sum.createCell(2).setCellValue(s.onlineConferences());
            Xlsx.widths(byMonth, 14, 14, 30);

            Sheet byBody = workbook.createSheet("Theo cơ quan");
            r = Xlsx.headings(byBody, header, Xlsx.title(byBody, header, "SỐ HỘI NGHỊ, CUỘC HỌP THEO CƠ QUAN LÃNH ĐẠO", period), "STT", "Cơ quan lãnh đạo", "Số cuộc họp");
            r = named(byBody, r, s.byBody());
            total(byBody, header, r, 1, 2, s.meetings());
            Xlsx.widths(byBody, 6, 60, 14);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int named(Sheet sheet, int r, List<NamedCount> counts) {
        int n = 1;
        for (NamedCount c : counts) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(n++);
            row.createCell(1).setCellValue(c.name());
            row.createCell(2).setCellValue(c.meetings());
        }
        return r;
    }

    private static void total(Sheet sheet, CellStyle header, int r, int labelColumn, int valueColumn, long value) {
        Row row = sheet.createRow(r);
        row.createCell(labelColumn).setCellValue("Tổng cộng");
        row.getCell(labelColumn).setCellStyle(header);
        row.createCell(valueColumn).setCellValue(value);
    }
}
