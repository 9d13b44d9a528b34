package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.lienthong.calendar.CalendarDtos.ItemResponse;
import vn.lienthong.kernel.report.Docx;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The printed "Lịch công tác tuần": a week of the consolidated schedule as the table offices post and circulate (DOCX, XLSX). */
@Singleton
public class WeeklySchedule {
    static final String[] HEADERS = {"Thứ, ngày", "Thời gian", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm", "Cơ quan"};
    private static final String[] DAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CalendarItems items;

    WeeklySchedule(CalendarItems items) {
        this.items = items;
    }

    public record Week(LocalDate monday, List<ItemResponse> items) {
    }

    @Transactional(readOnly = true)
    public Week week(Caller caller, LocalDate anyDay, @Nullable PeriodKind periodKind, @Nullable java.util.UUID bodyId) {
        LocalDate monday = PeriodKind.WEEK.startOf(anyDay);
        List<ItemResponse> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponse<ItemResponse> found = items.view(caller, new PageParams(page, PageParams.MAX_SIZE, null, null, null),
                    new CalendarItems.ViewFilter(monday, monday.plusDays(6), null, bodyId, null, null, null, null, periodKind));
            all.addAll(found.items().stream().filter(i -> !i.cancelled()).toList());
            if (page + 1 >= found.totalPages()) {
                break;
            }
        }
        return new Week(monday, all);
    }

    static String title(LocalDate monday) {
        return "(Từ ngày " + VietnameseDates.format(monday) + " đến ngày " + VietnameseDates.format(monday.plusDays(6)) + ")";
    }

    /** One table row per item: day (on its first item of the day), time, content, chair, participants, venue, body. */
    static List<String[]> rows(Week week) {
        List<String[]> rows = new ArrayList<>();
        LocalDate previous = null;
        for (ItemResponse item : week.items()) {
            LocalDate day = item.startsAt().atZoneSameInstant(Zones.VIETNAM).toLocalDate();
            if (day.isBefore(week.monday())) {
                day = week.monday();
            }
            String dayLabel = day.equals(previous) ? "" : DAYS[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()] + ", " + VietnameseDates.format(day);
            previous = day;
            String time = item.allDay() ? "Cả ngày" : item.startsAt().atZoneSameInstant(Zones.VIETNAM).format(TIME) + " – "
                    + item.endsAt().atZoneSameInstant(Zones.VIETNAM).format(TIME);
            String chairs = String.join("; ", item.leaders().stream().map(l -> l.fullName() + ", " + l.titleVi()).toList());
            List<String> participants = new ArrayList<>();
            item.participantBodies().forEach(b -> participants.add(b.name()));
            item.participantUnits().forEach(u -> participants.add(u.name()));
            participants.addAll(item.participantPersons());
            String venue = item.venue() == null ? (item.localityName() == null ? "" : item.localityName())
                    : item.localityName() == null ? item.venue() : item.venue() + " (" + item.localityName() + ")";
            rows.add(new String[]{dayLabel, time, item.title(), chairs, String.join("; ", participants), venue, item.bodyName()});
        }
        return rows;
    }

    public byte[] docx(Week week) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, "LỊCH CÔNG TÁC TUẦN", true, 14);
            paragraph(document, title(week.monday()), false, 12);
            List<String[]> rows = rows(week);
            XWPFTable table = document.createTable(rows.size() + 1, HEADERS.length);
            table.setWidth("100%");
            fill(table.getRow(0), HEADERS, true);
            for (int i = 0; i < rows.size(); i++) {
                fill(table.getRow(i + 1), rows.get(i), false);
            }
            if (rows.isEmpty()) {
                paragraph(document, "Không có hoạt động trong tuần.", false, 12);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] xlsx(Week week) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Lịch công tác tuần");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue("LỊCH CÔNG TÁC TUẦN " + title(week.monday()));
            titleRow.getCell(0).setCellStyle(header);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row headerRow = sheet.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                headerRow.createCell(c).setCellValue(HEADERS[c]);
                headerRow.getCell(c).setCellStyle(header);
            }
            List<String[]> rows = rows(week);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                for (int c = 0; c < HEADERS.length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                    row.getCell(c).setCellStyle(wrap);
                }
            }
            int[] widths = {16, 14, 50, 30, 40, 30, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, int size) {
        Docx.paragraph(document, text, bold, ParagraphAlignment.CENTER, size);
    }

    private static void fill(XWPFTableRow row, String[] values, boolean bold) {
        for (int c = 0; c < values.length; c++) {
            XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = paragraph.createRun();
            run.setText(values[c]);
            run.setBold(bold);
            run.setFontFamily("Times New Roman");
            run.setFontSize(11);
        }
    }
}
