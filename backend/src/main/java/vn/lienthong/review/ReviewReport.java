package vn.lienthong.review;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.review.ReviewDtos.Figure;
import vn.lienthong.review.ReviewDtos.FigureValue;
import vn.lienthong.review.ReviewDtos.Figures;
import vn.lienthong.review.ReviewDtos.FindingResponse;
import vn.lienthong.review.ReviewDtos.OfficeRef;
import vn.lienthong.review.ReviewDtos.ReviewResponse;
import vn.lienthong.review.ReviewDtos.Section;
import vn.lienthong.review.api.ReviewSection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A coordination review (đánh giá / sơ kết / tổng kết công tác phối hợp giữa các Văn phòng) as the report the host
 * office issues — DOCX in the layout of Decree 30/2020 (Times New Roman, A4) — and its figures as XLSX.
 * Unavailable parts of the figures print their note, never zeros.
 */
@Singleton
public class ReviewReport {
    private static final String FONT = "Times New Roman";
    private static final int BODY = 14;
    private static final int HEADER = 13;
    private static final int TABLE = 12;
    /** 1 cm in twentieths of a point. */
    private static final int CM = 567;
    private static final String NONE = "Chưa có nội dung.";

    /** Who issues the report: "Thành phố Hà Nội", "Văn phòng Thành ủy", and whether it is a party office. */
    public record Header(String jurisdictionName, String officeName, boolean partyOffice) {
    }

    public ReviewReport() {
    }

    static String sectionTitle(ReviewSection section) {
        return switch (section) {
            case MEETINGS -> "Phục vụ hội nghị, cuộc họp";
            case CALENDARS -> "Chương trình, lịch công tác";
            case CONCLUSIONS -> "Theo dõi thực hiện kết luận";
            case PETITIONS -> "Tiếp công dân, xử lý đơn thư";
        };
    }

    static String verb(ReviewKind kind) {
        return switch (kind) {
            case ANNUAL -> "đánh giá";
            case INTERIM -> "sơ kết";
            case FINAL -> "tổng kết";
        };
    }

    /** "Hà Nội" from "Thành phố Hà Nội", "Nghệ An" from "Tỉnh Nghệ An": the place written before the date. */
    static String place(String jurisdictionName) {
        String name = jurisdictionName.strip();
        for (String prefix : List.of("Thành phố ", "thành phố ", "TP. ", "TP ", "Tỉnh ", "tỉnh ")) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length()).strip();
            }
        }
        return name;
    }

    /** 10306 → "10.306", -1200 → "-1.200". */
    static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + grouped;
    }

    /** 94 → "94,0": one decimal, with a decimal comma. */
    static String decimal(BigDecimal value) {
        BigDecimal scaled = value.setScale(1, RoundingMode.HALF_UP);
        BigInteger whole = scaled.abs().toBigInteger();
        int tenth = scaled.abs().remainder(BigDecimal.ONE).movePointRight(1).intValue();
        return (scaled.signum() < 0 ? "-" : "") + number(whole.longValue()) + "," + tenth;
    }

    /** "550" or "550 (94,0%)". */
    static String value(FigureValue value) {
        if (value == null) {
            return "—";
        }
        return number(value.value()) + (value.percent() == null ? "" : " (" + decimal(value.percent()) + "%)");
    }

    /** "+22 (+22,4%)", "-5", "0". */
    static String change(FigureValue value) {
        String sign = value.change() > 0 ? "+" : "";
        String text = sign + number(value.change());
        if (value.changePercent() != null) {
            text += " (" + (value.changePercent().signum() > 0 ? "+" : "") + decimal(value.changePercent()) + "%)";
        }
        return text;
    }

    /** "A", "A và B", "A, B và C". */
    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** "Số: 1/BC-VPTU" from the number "1/2024" (the year is the date's). */
    static String reference(ReviewResponse review) {
        String number = review.number() == null ? "......" : review.number().replaceFirst("/\\d{4}$", "");
        return "Số: " + number + "/BC-" + review.hostOffice().shortName();
    }

    static String period(LocalDate from, LocalDate to) {
        return "từ ngày " + VietnameseDates.format(from) + " đến ngày " + VietnameseDates.format(to);
    }

    /** The other offices, without the host, in the review's order. */
    private static List<OfficeRef> others(ReviewResponse review) {
        List<OfficeRef> others = new ArrayList<>();
        if (review.participatingOffices() != null) {
            for (OfficeRef office : review.participatingOffices()) {
                if (!Objects.equals(office.id(), review.hostOffice().id())) {
                    others.add(office);
                }
            }
        }
        return others;
    }

    private static List<FindingResponse> findings(ReviewResponse review, FindingSection section) {
        return review.findings() == null ? List.of() : review.findings().stream().filter(f -> f.section() == section)
                .sorted(Comparator.comparingInt(FindingResponse::position)).toList();
    }

    /** Each office's value of a figure, in the order of the figures' offices: by office id, else by position. */
    private static List<FigureValue> byOffice(Figure figure, List<OfficeRef> offices) {
        List<FigureValue> given = figure.byOffice() == null ? List.of() : figure.byOffice();
        Map<UUID, FigureValue> byId = new HashMap<>();
        given.stream().filter(v -> v.officeId() != null).forEach(v -> byId.put(v.officeId(), v));
        List<FigureValue> values = new ArrayList<>();
        for (int i = 0; i < offices.size(); i++) {
            FigureValue value = byId.get(offices.get(i).id());
            if (value == null && byId.isEmpty() && i < given.size()) {
                value = given.get(i);
            }
            values.add(value);
        }
        return values;
    }

    private static String note(Section section) {
        return section.note() == null || section.note().isBlank() ? "Chưa có số liệu." : section.note();
    }

    // ------------------------------------------------------------------ DOCX

    public byte[] docx(ReviewResponse review, Figures figures, Header header, LocalDate today) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, review, header, today);

            if (review.status() == ReviewStatus.DRAFT) {
                XWPFParagraph draft = paragraph(doc, ParagraphAlignment.CENTER);
                run(draft, "DỰ THẢO", BODY, true, false);
            }
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            run(title, "BÁO CÁO", BODY + 1, true, false);
            XWPFParagraph subject = paragraph(doc, ParagraphAlignment.CENTER);
            run(subject, review.title(), BODY, true, false);
            XWPFParagraph period = paragraph(doc, ParagraphAlignment.CENTER);
            period.setSpacingAfter(240);
            run(period, "(Kỳ đánh giá " + period(review.periodFrom(), review.periodTo()) + ")", BODY, false, true);

            List<OfficeRef> others = others(review);
            String host = review.hostOffice().name();
            text(doc, "Thực hiện Quy chế phối hợp công tác giữa các Văn phòng, " + host
                    + (others.isEmpty() ? "" : " chủ trì, phối hợp với " + join(others.stream().map(OfficeRef::name).toList()))
                    + " " + verb(review.kind()) + " công tác phối hợp " + period(review.periodFrom(), review.periodTo())
                    + ", như sau:");

            part(doc, "I. KẾT QUẢ ĐẠT ĐƯỢC");
            subPart(doc, "1. Số liệu");
            figures(doc, figures);
            subPart(doc, "2. Kết quả");
            bullets(doc, findings(review, FindingSection.RESULT), false);

            part(doc, "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
            bullets(doc, findings(review, FindingSection.SHORTCOMING), false);

            part(doc, "III. BÀI HỌC KINH NGHIỆM");
            bullets(doc, findings(review, FindingSection.LESSON), false);

            part(doc, "IV. PHƯƠNG HƯỚNG, ĐỀ XUẤT, KIẾN NGHỊ");
            bullets(doc, findings(review, FindingSection.PROPOSAL), true);

            text(doc, "Trên đây là báo cáo " + verb(review.kind()) + " công tác phối hợp " + period(review.periodFrom(), review.periodTo())
                    + " của " + (others.isEmpty() ? host : join(withHost(review).stream().map(OfficeRef::name).toList())) + "./.");

            signature(doc, review);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<OfficeRef> withHost(ReviewResponse review) {
        List<OfficeRef> all = new ArrayList<>();
        all.add(review.hostOffice());
        all.addAll(others(review));
        return all;
    }

    /** A4, margins 2 cm top and bottom, 3 cm left, 1.5 cm right. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2L * CM));
        margins.setBottom(BigInteger.valueOf(2L * CM));
        margins.setLeft(BigInteger.valueOf(3L * CM));
        margins.setRight(BigInteger.valueOf(3L * CM / 2));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
        margins.setGutter(BigInteger.ZERO);
    }

    /** The two-column borderless heading: issuer and number on the left, national or party motto and date on the right. */
    private static void heading(XWPFDocument doc, ReviewResponse review, Header header, LocalDate today) {
        XWPFTable table = borderless(doc, 2, "42%", "58%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        String jurisdiction = header.jurisdictionName() == null ? "" : header.jurisdictionName().toUpperCase(Locale.ROOT);
        run(cellParagraph(left, ParagraphAlignment.CENTER), header.partyOffice() ? "ĐẢNG BỘ " + jurisdiction : jurisdiction, HEADER, false, false);
        run(cellParagraph(left, ParagraphAlignment.CENTER), header.officeName().toUpperCase(Locale.ROOT), HEADER, true, false);
        if (header.partyOffice()) {
            run(cellParagraph(left, ParagraphAlignment.CENTER), "*", HEADER, false, false);
        }
        run(cellParagraph(left, ParagraphAlignment.CENTER), reference(review), HEADER, false, false);

        if (header.partyOffice()) {
            XWPFRun party = run(cellParagraph(right, ParagraphAlignment.CENTER), "ĐẢNG CỘNG SẢN VIỆT NAM", HEADER + 1, true, false);
            party.setUnderline(UnderlinePatterns.SINGLE);
        } else {
            run(cellParagraph(right, ParagraphAlignment.CENTER), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", HEADER, true, false);
            XWPFRun motto = run(cellParagraph(right, ParagraphAlignment.CENTER), "Độc lập - Tự do - Hạnh phúc", HEADER + 1, true, false);
            motto.setUnderline(UnderlinePatterns.SINGLE);
        }
        XWPFParagraph date = cellParagraph(right, ParagraphAlignment.CENTER);
        date.setSpacingBefore(120);
        String place = header.jurisdictionName() == null ? "" : place(header.jurisdictionName());
        run(date, place + ", " + VietnameseDates.spelledOut(today), HEADER + 1, false, true);
    }

    private static void figures(XWPFDocument doc, Figures figures) {
        if (figures == null || figures.sections() == null || figures.sections().isEmpty()) {
            italic(doc, "Chưa có số liệu.");
            return;
        }
        String computed = figures.frozen() || figures.computedAt() == null ? ""
                : "; số liệu tạm tính ngày " + VietnameseDates.format(figures.computedAt().atZoneSameInstant(Zones.VIETNAM).toLocalDate());
        italic(doc, "(Cột \"Kỳ trước\": số liệu " + period(figures.previousFrom(), figures.previousTo()) + computed + ")");
        List<OfficeRef> offices = figures.offices() == null ? List.of() : figures.offices();
        char letter = 'a';
        for (Section section : figures.sections()) {
            XWPFParagraph heading = indented(doc);
            run(heading, letter++ + ") " + sectionTitle(section.section()), BODY, true, true);
            if (!section.available()) {
                italic(doc, note(section));
                continue;
            }
            if (section.figures() == null || section.figures().isEmpty()) {
                italic(doc, "Không có chỉ tiêu thống kê trong kỳ.");
                continue;
            }
            table(doc, section.figures(), offices);
        }
    }

    private static void table(XWPFDocument doc, List<Figure> figures, List<OfficeRef> offices) {
        int columns = offices.size() + 5;
        XWPFTable table = doc.createTable(figures.size() + 1, columns);
        table.setWidth("100%");
        List<String> heads = new ArrayList<>(List.of("STT", "Chỉ tiêu"));
        offices.forEach(o -> heads.add(o.shortName()));
        heads.addAll(List.of("Tổng", "Kỳ trước", "Tăng/giảm"));
        int remaining = 100 - 6 - 34;
        String narrow = (remaining / (columns - 2)) + "%";
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            cell.setWidth(c == 0 ? "6%" : c == 1 ? "34%" : narrow);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            run(firstParagraph(cell, ParagraphAlignment.CENTER), heads.get(c), TABLE, true, false);
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            List<String> values = new ArrayList<>(List.of(String.valueOf(i + 1), figure.label()));
            byOffice(figure, offices).forEach(v -> values.add(value(v)));
            values.add(value(figure.total()));
            values.add(figure.total() == null ? "—" : number(figure.total().previousValue()));
            values.add(figure.total() == null ? "—" : change(figure.total()));
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = table.getRow(i + 1).getCell(c);
                cell.setWidth(c == 0 ? "6%" : c == 1 ? "34%" : narrow);
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                run(firstParagraph(cell, c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER), values.get(c), TABLE, false, false);
            }
        }
        paragraph(doc, ParagraphAlignment.LEFT).setSpacingAfter(60);
    }

    private static void bullets(XWPFDocument doc, List<FindingResponse> findings, boolean proposals) {
        if (findings.isEmpty()) {
            italic(doc, NONE);
            return;
        }
        for (FindingResponse finding : findings) {
            String text = "- " + finding.content();
            if (proposals && finding.task() != null) {
                var task = finding.task();
                text += " (Đã giao: " + task.leadUnitName() + " chủ trì"
                        + (task.deadline() == null ? "" : ", hạn " + VietnameseDates.format(task.deadline())) + ")";
            }
            text(doc, text);
            if (finding.cause() != null && !finding.cause().isBlank()) {
                XWPFParagraph cause = indented(doc);
                run(cause, "Nguyên nhân: ", BODY, false, true);
                run(cause, finding.cause(), BODY, false, false);
            }
        }
    }

    private static void signature(XWPFDocument doc, ReviewResponse review) {
        paragraph(doc, ParagraphAlignment.LEFT);
        XWPFTable table = borderless(doc, 2, "45%", "55%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(cellParagraph(left, ParagraphAlignment.LEFT), "Nơi nhận:", TABLE, true, true);
        run(cellParagraph(left, ParagraphAlignment.LEFT), "- Như trên;", 11, false, false);
        run(cellParagraph(left, ParagraphAlignment.LEFT), "- Lưu: VT.", 11, false, false);
        run(cellParagraph(right, ParagraphAlignment.CENTER), review.hostOffice().name().toUpperCase(Locale.ROOT), BODY, true, false);
        for (int i = 0; i < 4; i++) {
            cellParagraph(right, ParagraphAlignment.CENTER);
        }
        paragraph(doc, ParagraphAlignment.LEFT);
    }

    private static XWPFTable borderless(XWPFDocument doc, int columns, String... widths) {
        XWPFTable table = doc.createTable(1, columns);
        table.setWidth("100%");
        table.removeBorders();
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            cell.setWidth(widths[c]);
            cell.removeParagraph(0);
        }
        return table;
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph indented(XWPFDocument doc) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(CM);
        p.setSpacingBefore(60);
        p.setSpacingAfter(60);
        return p;
    }

    private static void text(XWPFDocument doc, String text) {
        run(indented(doc), text, BODY, false, false);
    }

    private static void italic(XWPFDocument doc, String text) {
        run(indented(doc), text, BODY, false, true);
    }

    private static void part(XWPFDocument doc, String text) {
        XWPFParagraph p = indented(doc);
        p.setSpacingBefore(120);
        run(p, text, BODY, true, false);
    }

    private static void subPart(XWPFDocument doc, String text) {
        run(indented(doc), text, BODY, true, false);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text == null ? "" : text);
        return run;
    }

    // ------------------------------------------------------------------ XLSX

    public byte[] xlsx(ReviewResponse review, Figures figures) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Font italicFont = workbook.createFont();
            italicFont.setItalic(true);
            CellStyle italic = workbook.createCellStyle();
            italic.setFont(italicFont);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

            Sheet sheet = workbook.createSheet("Số liệu");
            sheet.createRow(0).createCell(0).setCellValue(review.title());
            sheet.getRow(0).getCell(0).setCellStyle(header);
            LocalDate from = figures == null ? review.periodFrom() : figures.from();
            LocalDate to = figures == null ? review.periodTo() : figures.to();
            sheet.createRow(1).createCell(0).setCellValue("Từ ngày " + VietnameseDates.format(from) + " đến ngày " + VietnameseDates.format(to));
            if (figures != null && figures.previousFrom() != null && figures.previousTo() != null) {
                sheet.createRow(2).createCell(0).setCellValue("Kỳ trước: " + period(figures.previousFrom(), figures.previousTo())
                        + (figures.frozen() ? "" : " (số liệu tạm tính)"));
            }

            List<OfficeRef> offices = figures == null || figures.offices() == null ? List.of() : figures.offices();
            List<String> heads = new ArrayList<>(List.of("STT", "Chỉ tiêu"));
            offices.forEach(o -> heads.add(o.shortName()));
            heads.addAll(List.of("Tổng", "Kỳ trước", "Tăng/giảm", "Tỷ lệ (%)"));
            int r = 4;
            Row headRow = sheet.createRow(r++);
            for (int c = 0; c < heads.size(); c++) {
                headRow.createCell(c).setCellValue(heads.get(c));
                headRow.getCell(c).setCellStyle(header);
            }
            List<Section> sections = figures == null || figures.sections() == null ? List.of() : figures.sections();
            char letter = 'A';
            for (Section section : sections) {
                Row sectionRow = sheet.createRow(r++);
                sectionRow.createCell(0).setCellValue(String.valueOf(letter++));
                sectionRow.getCell(0).setCellStyle(header);
                sectionRow.createCell(1).setCellValue(sectionTitle(section.section()));
                sectionRow.getCell(1).setCellStyle(header);
                if (!section.available()) {
                    Row noteRow = sheet.createRow(r++);
                    noteRow.createCell(1).setCellValue(note(section));
                    noteRow.getCell(1).setCellStyle(italic);
                    continue;
                }
                List<Figure> list = section.figures() == null ? List.of() : section.figures();
                for (int i = 0; i < list.size(); i++) {
                    Figure figure = list.get(i);
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    row.createCell(c++).setCellValue(i + 1);
                    row.createCell(c++).setCellValue(figure.label());
                    for (FigureValue value : byOffice(figure, offices)) {
                        if (value == null) {
                            row.createCell(c++).setCellValue("—");
                        } else {
                            row.createCell(c).setCellValue(value.value());
                            row.getCell(c++).setCellStyle(count);
                        }
                    }
                    FigureValue total = figure.total();
                    if (total == null) {
                        row.createCell(c).setCellValue("—");
                        continue;
                    }
                    row.createCell(c).setCellValue(total.value());
                    row.getCell(c++).setCellStyle(count);
                    row.createCell(c).setCellValue(total.previousValue());
                    row.getCell(c++).setCellStyle(count);
                    row.createCell(c).setCellValue(total.change());
                    row.getCell(c++).setCellStyle(count);
                    if (total.percent() != null) {
                        row.createCell(c).setCellValue(total.percent().doubleValue());
                        row.getCell(c).setCellStyle(percent);
                    }
                }
            }
            int[] widths = new int[heads.size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = c == 0 ? 6 : c == 1 ? 60 : 14;
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
