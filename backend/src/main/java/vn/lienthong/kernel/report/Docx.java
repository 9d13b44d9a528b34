package vn.lienthong.kernel.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The pieces every administrative document the offices print is made of (Decree 30/2020/NĐ-CP): Times New Roman, the
 * header table of issuing body and national motto, and paragraphs whose lines break inside one paragraph. Letters,
 * notices and schedules of every feature use these, each with its own font sizes.
 */
public final class Docx {
    public static final String FONT = "Times New Roman";

    private Docx() {
    }

    /** A paragraph of one run; each "\n" of the text is a line break inside it. */
    public static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return p;
    }

    /** A cell of a header table: its text centred, a paragraph per line. */
    public static void centredCell(XWPFTableRow row, int column, String text, int size) {
        var cell = row.getCell(column);
        cell.removeParagraph(0);
        for (String line : text.split("\n")) {
            XWPFParagraph p = cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setText(line);
        }
    }
}
