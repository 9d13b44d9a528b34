package vn.lienthong.kernel.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The layout the statistics workbooks share: a bold title and the period above the table, bold headings, fixed widths. */
public final class Xlsx {
    private Xlsx() {
    }

    /** The bold style of titles, headings and totals. */
    public static CellStyle bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** The title (row 0, bold) and the period (row 1); returns the first row after a blank one. */
    public static int title(Sheet sheet, CellStyle bold, String title, String period) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        sheet.createRow(1).createCell(0).setCellValue(period);
        return 3;
    }

    /** A row of bold column headings at row r; returns the next row. */
    public static int headings(Sheet sheet, CellStyle bold, int r, String... columns) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < columns.length; c++) {
            row.createCell(c).setCellValue(columns[c]);
            row.getCell(c).setCellStyle(bold);
        }
        return r + 1;
    }

    /** Fixed widths in characters: autoSizeColumn needs fonts, which a headless server may not have. */
    public static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
