package vn.lienthong.conclusion;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.SqlPages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Figures nobody types in: counts by derived status, computed in SQL from the tasks, and their XLSX export. */
@Singleton
public class ConclusionStatistics {
    private final JdbcOperations jdbc;
    private final ConclusionService conclusions;

    ConclusionStatistics(JdbcOperations jdbc, ConclusionService conclusions) {
        this.jdbc = jdbc;
        this.conclusions = conclusions;
    }

    @Transactional(readOnly = true)
    public StatisticsResponse compute(Caller caller, StatisticsResponse.Filter requested) {
        StatisticsResponse.Filter filter = scoped(caller, requested);
        LocalDate today = conclusions.today();
        List<Object> params = new ArrayList<>(List.of(today, caller.jurisdictionId(), filter.from(), filter.to()));
        // Tasks carry their document's date (V9), so a jurisdiction's period is one range of the statistics index;
        // the document itself is joined only to filter by issuing body.
        StringBuilder where = new StringBuilder("t.jurisdiction_id = ? AND t.document_issued_on BETWEEN ? AND ?");
        if (filter.issuingBodyId() != null) {
            where.append(" AND t.document_id IN (SELECT id FROM conclusion_document WHERE issuing_body_id = ?)");
            params.add(filter.issuingBodyId());
        }
        if (filter.documentId() != null) {
            where.append(" AND t.document_id = ?");
            params.add(filter.documentId());
        }
        if (filter.officeId() != null) {
            where.append(" AND t.following_office_id = ?");
            params.add(filter.officeId());
        }
        if (filter.unitId() != null) {
            where.append(" AND t.lead_unit_id = ?");
            params.add(filter.unitId());
        }
        // Count per lead unit (from the covering index), then name the few units; the total is their sum.
        String sql = "SELECT u.id AS unit_id, u.code, u.name, c.* FROM (SELECT lead_unit_id, " + StatisticsSql.COUNTS + " FROM ("
                + "SELECT t.lead_unit_id, conclusion_task_status(t.state, t.deadline, t.original_deadline, t.completed_on, ?) AS status "
                + "FROM conclusion_task t WHERE " + where + ") s GROUP BY lead_unit_id) c "
                + "JOIN unit u ON u.id = c.lead_unit_id";
        List<StatisticsResponse.UnitStatistics> units = new ArrayList<>();
        jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    units.add(new StatisticsResponse.UnitStatistics(SqlPages.uuid(rs, "unit_id"), rs.getString("code"), rs.getString("name"),
                            StatisticsSql.counts(rs)));
                }
            }
            return null;
        });
        ConclusionStatusCounts total = ConclusionStatusCounts.of(
                units.stream().mapToLong(u -> u.counts().doneOnTime()).sum(), units.stream().mapToLong(u -> u.counts().doneLate()).sum(),
                units.stream().mapToLong(u -> u.counts().inProgress()).sum(), units.stream().mapToLong(u -> u.counts().extended()).sum(),
                units.stream().mapToLong(u -> u.counts().overdue()).sum(), units.stream().mapToLong(u -> u.counts().cancelled()).sum());
        units.sort((a, b) -> {
            int byOverdue = Long.compare(b.counts().overdue(), a.counts().overdue());
            if (byOverdue != 0) {
                return byOverdue;
            }
            int byOnTime = a.counts().doneOnTimePercent().compareTo(b.counts().doneOnTimePercent());
            return byOnTime != 0 ? byOnTime : a.unitName().compareTo(b.unitName());
        });
        return new StatisticsResponse(filter.from(), filter.to(), today, total, units);
    }

    /** Offices see their jurisdiction's figures; a unit officer sees the figures of their own unit only. */
    private static StatisticsResponse.Filter scoped(Caller caller, StatisticsResponse.Filter filter) {
        if (filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (caller.role() == Role.UNIT_OFFICER) {
            if (filter.unitId() != null && !filter.unitId().equals(caller.unitId())) {
                throw ProblemException.forbidden("A unit sees its own figures only.");
            }
            return new StatisticsResponse.Filter(filter.from(), filter.to(), filter.issuingBodyId(), filter.documentId(), filter.officeId(), caller.unitId());
        }
        ConclusionAccess.requireOfficeMember(caller);
        return filter;
    }

    public byte[] xlsx(StatisticsResponse statistics) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Thống kê nhiệm vụ");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue("THỐNG KÊ KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
            title.getCell(0).setCellStyle(header);
            sheet.createRow(r++).createCell(0).setCellValue("Văn bản ban hành từ " + VietnameseDates.format(statistics.from()) + " đến "
                    + VietnameseDates.format(statistics.to()) + "; số liệu tính đến " + VietnameseDates.format(statistics.asOf()));
            r++;
            String[] columns = {"STT", "Đơn vị chủ trì", "Tổng số nhiệm vụ", "Hoàn thành đúng hạn", "Tỷ lệ (%)", "Hoàn thành quá hạn", "Tỷ lệ (%)",
                    "Đang thực hiện", "Tỷ lệ (%)", "Được gia hạn", "Tỷ lệ (%)", "Quá hạn", "Tỷ lệ (%)", "Đã hủy"};
            Row head = sheet.createRow(r++);
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(columns[c]);
                head.getCell(c).setCellStyle(header);
            }
            int n = 1;
            for (StatisticsResponse.UnitStatistics unit : statistics.byUnit()) {
                write(sheet.createRow(r++), String.valueOf(n++), unit.unitName(), unit.counts(), null);
            }
            write(sheet.createRow(r), "", "Tổng cộng", statistics.total(), header);
            // Fixed widths: autoSizeColumn needs fonts, which a headless server may not have.
            for (int c = 0; c < columns.length; c++) {
                sheet.setColumnWidth(c, (c == 1 ? 40 : c == 0 ? 6 : 14) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, String number, String name, ConclusionStatusCounts c, CellStyle style) {
        row.createCell(0).setCellValue(number);
        row.createCell(1).setCellValue(name);
        double[] values = {c.assigned(), c.doneOnTime(), c.doneOnTimePercent().doubleValue(), c.doneLate(), c.doneLatePercent().doubleValue(),
                c.inProgress(), c.inProgressPercent().doubleValue(), c.extended(), c.extendedPercent().doubleValue(), c.overdue(),
                c.overduePercent().doubleValue(), c.cancelled()};
        for (int i = 0; i < values.length; i++) {
            row.createCell(i + 2).setCellValue(values[i]);
        }
        if (style != null) {
            Arrays.stream(new int[]{0, 1}).forEach(i -> row.getCell(i).setCellStyle(style));
        }
    }
}
