package vn.lienthong.review;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.lienthong.review.ReviewDtos.Figure;
import vn.lienthong.review.ReviewDtos.FigureValue;
import vn.lienthong.review.ReviewDtos.Figures;
import vn.lienthong.review.ReviewDtos.FindingResponse;
import vn.lienthong.review.ReviewDtos.OfficeRef;
import vn.lienthong.review.ReviewDtos.ReviewResponse;
import vn.lienthong.review.ReviewDtos.Section;
import vn.lienthong.review.ReviewDtos.TaskProgress;
import vn.lienthong.review.api.ReviewSection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review report as DOCX and XLSX, read back with POI: no server, no database. */
class ReviewReportTest {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final OfficeRef VPTU = new OfficeRef(UUID.randomUUID(), "VPTU", "Văn phòng Thành ủy", "VPTU");
    static final OfficeRef VPDDBQH = new OfficeRef(UUID.randomUUID(), "VPDDBQH", "Văn phòng Đoàn ĐBQH và HĐND thành phố", "VPĐĐBQH");
    static final OfficeRef VPUB = new OfficeRef(UUID.randomUUID(), "VPUB", "Văn phòng UBND thành phố", "VPUB");
    static final String TITLE = "Sơ kết thực hiện Quy chế phối hợp giữa Văn phòng Thành ủy, Văn phòng Đoàn ĐBQH và HĐND, Văn phòng UBND";
    static final String LESSON = "Thống nhất đầu mối trao đổi thông tin giữa ba Văn phòng là điều kiện tiên quyết";
    static final String CAUSE = "Chưa có đầu mối trao đổi lịch thường xuyên";
    static final String PETITIONS_NOTE = "Chưa có số liệu: chức năng đơn thư, tiếp công dân chưa được đưa vào sử dụng";
    static final String BRIDGE_POINTS = "Số điểm cầu trực tuyến";

    final ReviewReport report = new ReviewReport();

    static FindingResponse finding(FindingSection section, int position, String content, String cause, TaskProgress task) {
        return new FindingResponse(UUID.randomUUID(), section, position, content, cause, task, 1, NOW);
    }

    static ReviewResponse review(ReviewStatus status) {
        TaskProgress task = new TaskProgress(UUID.randomUUID(), "IN_PROGRESS", 40, LocalDate.of(2027, 3, 31), null, UUID.randomUUID(),
                "Văn phòng Thành ủy");
        List<FindingResponse> findings = List.of(
                finding(FindingSection.RESULT, 1, "Phối hợp chặt chẽ trong phục vụ các hội nghị trực tuyến toàn thành phố", null, null),
                finding(FindingSection.SHORTCOMING, 1, "Thông tin lịch họp lớn đôi khi gửi muộn, dẫn đến trùng lịch", CAUSE, null),
                finding(FindingSection.LESSON, 1, LESSON, null, null),
                finding(FindingSection.PROPOSAL, 2, "Xây dựng kho dữ liệu dùng chung về lịch công tác", null, null),
                finding(FindingSection.PROPOSAL, 1, "Họp định kỳ lãnh đạo 3 Văn phòng mỗi quý", null, task));
        return new ReviewResponse(UUID.randomUUID(), "1/2024", ReviewKind.INTERIM, TITLE, LocalDate.of(2022, 10, 3), LocalDate.of(2024, 6, 30),
                VPTU, List.of(VPDDBQH, VPUB), null, status, null, null, findings, List.of(ReviewAction.EDIT), 3, NOW, NOW);
    }

    static FigureValue value(UUID office, long value, long previous, BigDecimal percent) {
        BigDecimal changePercent = previous == 0 ? null
                : BigDecimal.valueOf((value - previous) * 1000 / previous, 1);
        return new FigureValue(office, value, previous, value - previous, changePercent, percent, null);
    }

    static Figures figures() {
        Figure held = new Figure("MEETINGS_HELD", null, "Số hội nghị, cuộc họp đã tổ chức", null,
                value(null, 585, 498, null),
                List.of(value(VPTU.id(), 240, 200, null), value(VPDDBQH.id(), 95, 88, null), value(VPUB.id(), 250, 210, null)));
        Figure online = new Figure("MEETINGS_ONLINE", null, "Trong đó: hội nghị trực tuyến", "MEETINGS_HELD",
                value(null, 550, 470, new BigDecimal("94.0")),
                List.of(value(VPTU.id(), 230, 190, new BigDecimal("95.8")), value(VPDDBQH.id(), 80, 70, new BigDecimal("84.2")),
                        value(VPUB.id(), 240, 210, new BigDecimal("96.0"))));
        Figure bridges = new Figure("BRIDGE_POINTS", null, BRIDGE_POINTS, null,
                value(null, 10306, 8750, null),
                List.of(value(VPTU.id(), 4100, 3500, null), value(VPDDBQH.id(), 1206, 1000, null), value(VPUB.id(), 5000, 4250, null)));
        return new Figures(UUID.randomUUID(), LocalDate.of(2022, 10, 3), LocalDate.of(2024, 6, 30), LocalDate.of(2021, 1, 5), LocalDate.of(2022, 10, 2),
                NOW, false, List.of(VPTU, VPDDBQH, VPUB), List.of(
                new Section(ReviewSection.MEETINGS, true, null, List.of(held, online, bridges)),
                new Section(ReviewSection.PETITIONS, false, PETITIONS_NOTE, List.of())));
    }

    @Test
    void theDocxHasTheHeadingTheFiguresAndTheFourParts() throws IOException {
        byte[] bytes = report.docx(review(ReviewStatus.DRAFT), figures(),
                new ReviewReport.Header("Thành phố Hà Nội", "Văn phòng Thành ủy", true), LocalDate.of(2026, 11, 24));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            for (String expected : List.of("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "VĂN PHÒNG THÀNH ỦY", "Số: 1/BC-VPTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Hà Nội, ngày 24 tháng 11 năm 2026", "DỰ THẢO", "BÁO CÁO", TITLE,
                    "(Kỳ đánh giá từ ngày 03/10/2022 đến ngày 30/06/2024)",
                    "Văn phòng Thành ủy chủ trì, phối hợp với Văn phòng Đoàn ĐBQH và HĐND thành phố và Văn phòng UBND thành phố sơ kết công tác phối hợp từ ngày 03/10/2022",
                    "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Số liệu", "Phục vụ hội nghị, cuộc họp", "2. Kết quả",
                    "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "Nguyên nhân: " + CAUSE,
                    "III. BÀI HỌC KINH NGHIỆM", LESSON,
                    "IV. PHƯƠNG HƯỚNG, ĐỀ XUẤT, KIẾN NGHỊ",
                    "- Họp định kỳ lãnh đạo 3 Văn phòng mỗi quý (Đã giao: Văn phòng Thành ủy chủ trì, hạn 31/03/2027)",
                    "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                    "10.306", "550 (94,0%)", "+1.556", PETITIONS_NOTE)) {
                assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
            }
            assertTrue(text.indexOf("- Họp định kỳ") < text.indexOf("- Xây dựng kho"), "proposals in their order");

            // The unavailable section prints its note, no table and no zeros.
            List<XWPFTable> tables = doc.getTables();
            assertEquals(3, tables.size(), "the heading, the one available section's figures, the signature");
            XWPFTable meetings = tables.get(1);
            assertEquals(4, meetings.getNumberOfRows());
            assertEquals(List.of("STT", "Chỉ tiêu", "VPTU", "VPĐĐBQH", "VPUB", "Tổng", "Kỳ trước", "Tăng/giảm"),
                    meetings.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals("10.306", meetings.getRow(3).getCell(5).getText());
            assertEquals("8.750", meetings.getRow(3).getCell(6).getText());
            String petitions = text.substring(text.indexOf("Tiếp công dân, xử lý đơn thư"), text.indexOf("2. Kết quả"));
            assertFalse(petitions.matches("(?s).*\\b0\\b.*"), () -> "a zero in the unavailable section: " + petitions);
            assertEquals(("Tiếp công dân, xử lý đơn thư\n" + PETITIONS_NOTE).length(), petitions.strip().length(), petitions);
        }
    }

    @Test
    void aFinalisedStateReportHasTheNationalMottoAndNoDraftMark() throws IOException {
        ReviewResponse review = review(ReviewStatus.FINALISED);
        ReviewResponse empty = new ReviewResponse(review.id(), review.number(), ReviewKind.ANNUAL, review.title(), review.periodFrom(), review.periodTo(),
                VPUB, List.of(VPTU), null, ReviewStatus.FINALISED, NOW, "Nguyễn Văn A", List.of(), List.of(), 5, NOW, NOW);
        byte[] bytes = report.docx(empty, figures(), new ReviewReport.Header("Tỉnh Nghệ An", "Văn phòng UBND tỉnh", false), LocalDate.of(2026, 1, 5));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
            assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
            assertTrue(text.contains("TỈNH NGHỆ AN"), text);
            assertTrue(text.contains("Nghệ An, ngày 05 tháng 01 năm 2026"), text);
            assertTrue(text.contains("Số: 1/BC-VPUB"), text);
            assertFalse(text.contains("DỰ THẢO"), text);
            assertFalse(text.contains("ĐẢNG"), text);
            assertTrue(text.contains("Chưa có nội dung."), text);
            assertTrue(text.contains("VĂN PHÒNG UBND THÀNH PHỐ"), "the host signs");
        }
    }

    @Test
    void theXlsxHasOneRowPerFigureWithNumbersAndTheNoteOfAnUnavailableSection() throws IOException {
        byte[] bytes = report.xlsx(review(ReviewStatus.DRAFT), figures());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Số liệu");
            assertEquals(TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Từ ngày 03/10/2022 đến ngày 30/06/2024", sheet.getRow(1).getCell(0).getStringCellValue());
            Row heads = sheet.getRow(4);
            List<String> columns = new ArrayList<>();
            heads.forEach(c -> columns.add(c.getStringCellValue()));
            assertEquals(List.of("STT", "Chỉ tiêu", "VPTU", "VPĐĐBQH", "VPUB", "Tổng", "Kỳ trước", "Tăng/giảm", "Tỷ lệ (%)"), columns);

            Row bridges = find(sheet, BRIDGE_POINTS);
            assertEquals(CellType.NUMERIC, bridges.getCell(5).getCellType());
            assertEquals(10306, bridges.getCell(5).getNumericCellValue());
            assertEquals(4100, bridges.getCell(2).getNumericCellValue());
            assertEquals(8750, bridges.getCell(6).getNumericCellValue());
            assertEquals(1556, bridges.getCell(7).getNumericCellValue());
            assertEquals(null, bridges.getCell(8), "no percent without a basis");
            Row online = find(sheet, "Trong đó: hội nghị trực tuyến");
            assertEquals(94.0, online.getCell(8).getNumericCellValue(), 0.001);

            Row petitions = find(sheet, "Tiếp công dân, xử lý đơn thư");
            Row note = sheet.getRow(petitions.getRowNum() + 1);
            assertEquals(PETITIONS_NOTE, note.getCell(1).getStringCellValue());
            assertEquals(sheet.getLastRowNum(), note.getRowNum(), "nothing after the note: no zero rows");
            for (Cell cell : note) {
                assertFalse(cell.getCellType() == CellType.NUMERIC, "no number in the unavailable section");
            }
        }
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
