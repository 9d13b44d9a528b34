package vn.lienthong.petition;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.lienthong.kernel.report.Docx;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The handling letters as DOCX (Apache POI), in the usual form of an administrative letter: the forwarding letter
 * (công văn chuyển đơn) to the competent authority and the guidance letter (văn bản hướng dẫn) to the petitioner. A letter
 * refers to the petition by its number and date and sends the petition itself as an enclosure: it never writes a
 * petitioner's identity (Law on Denunciation 2018, art. 47), so it can be previewed by any staff of the office.
 */
@Singleton
class PetitionLetters {
    private final Petitions petitions;
    private final Sql sql;
    private final AuditTrail audit;

    PetitionLetters(Petitions petitions, Sql sql, AuditTrail audit) {
        this.petitions = petitions;
        this.sql = sql;
        this.audit = audit;
    }

    record Letter(byte[] bytes, String fileName) {
    }

    private static final Map<PetitionKind, String> KIND = Map.of(PetitionKind.COMPLAINT, "khiếu nại", PetitionKind.DENUNCIATION, "tố cáo",
            PetitionKind.RECOMMENDATION, "kiến nghị", PetitionKind.REFLECTION, "phản ánh");

    @Transactional
    Letter letter(Caller caller, UUID petitionId, UUID documentId) {
        Petitions.Row row = petitions.load(caller, petitionId);
        Object[] d = sql.row("SELECT kind, number, issued_on, addressee, body FROM petition_document WHERE id = ? AND petition_id = ?", documentId, petitionId);
        if (d == null) {
            throw ProblemException.notFound("document");
        }
        String kind = (String) d[0];
        if (!kind.equals("FORWARDING_LETTER") && !kind.equals("GUIDANCE_LETTER")) {
            throw ProblemException.notFound("letter");
        }
        Object[] office = sql.row("SELECT name_vi, short_name FROM office WHERE id = ?", row.officeId());
        String jurisdiction = sql.scalar("SELECT name FROM jurisdiction WHERE id = ?", String.class, row.jurisdictionId());
        String officeName = (String) office[0];
        String reference = d[1] + "/" + (kind.equals("FORWARDING_LETTER") ? "CV" : "HD") + "-" + office[1];
        LocalDate issuedOn = (LocalDate) d[2];
        String petition = "đơn " + KIND.get(row.kind()) + " số " + row.number() + " ghi ngày nhận " + VietnameseDates.format(row.receivedOn())
                + (row.petitionerCount() == 0 ? " (đơn không ghi tên người gửi)" : row.petitionerCount() >= 5 ? " của " + row.petitionerCount() + " công dân" : "")
                + ", nội dung: " + row.subject();
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = doc.createTable(1, 2);
            header.removeBorders();
            cell(header.getRow(0), 0, officeName.toUpperCase() + "\nSố: " + reference + "\n"
                    + (kind.equals("FORWARDING_LETTER") ? "V/v chuyển đơn " + KIND.get(row.kind()) : "V/v hướng dẫn, trả lời đơn " + KIND.get(row.kind())));
            cell(header.getRow(0), 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + place(jurisdiction) + ", "
                    + VietnameseDates.spelledOut(issuedOn));
            if (kind.equals("FORWARDING_LETTER")) {
                paragraph(doc, "Kính gửi: " + d[3], true, ParagraphAlignment.CENTER);
                paragraph(doc, officeName + " nhận được " + petition + ".", false, ParagraphAlignment.BOTH);
                paragraph(doc, "Căn cứ quy định của pháp luật về tiếp công dân, khiếu nại, tố cáo và xử lý đơn, nội dung đơn thuộc thẩm quyền xem xét, giải quyết "
                        + "của " + d[3] + ". " + officeName + " chuyển đơn (kèm theo) đến " + d[3] + " để xem xét, giải quyết theo thẩm quyền"
                        + (d[4] == null ? "" : "; " + d[4]) + ".", false, ParagraphAlignment.BOTH);
                if (row.kind() == PetitionKind.DENUNCIATION) {
                    paragraph(doc, "Đề nghị giữ bí mật họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo theo quy định tại Điều 47 Luật "
                            + "Tố cáo năm 2018.", false, ParagraphAlignment.BOTH);
                }
                paragraph(doc, "Đề nghị thông báo kết quả giải quyết cho người gửi đơn và " + officeName + " biết, theo dõi.", false, ParagraphAlignment.BOTH);
                paragraph(doc, "Nơi nhận:\n- Như trên;\n- Người gửi đơn (để biết);\n- Lưu: VT, hồ sơ đơn.", false, ParagraphAlignment.LEFT);
            } else {
                paragraph(doc, "Kính gửi: Công dân gửi " + petition + ".", true, ParagraphAlignment.LEFT);
                paragraph(doc, officeName + " đã nhận được đơn của công dân. Sau khi nghiên cứu, " + officeName + " hướng dẫn, trả lời như sau:",
                        false, ParagraphAlignment.BOTH);
                paragraph(doc, (String) d[4], false, ParagraphAlignment.BOTH);
                paragraph(doc, "Nơi nhận:\n- Như trên;\n- Lưu: VT, hồ sơ đơn.", false, ParagraphAlignment.LEFT);
            }
            paragraph(doc, "TL. CHÁNH VĂN PHÒNG", true, ParagraphAlignment.RIGHT);
            doc.write(out);
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordAccess(caller, "DOWNLOAD", "petition_document", documentId, Map.of("petitionId", petitionId, "kind", kind));
        return new Letter(bytes, (kind.equals("FORWARDING_LETTER") ? "cong-van-chuyen-don-" : "van-ban-huong-dan-") + String.valueOf(d[1]).replace('/', '-') + ".docx");
    }

    private static String place(String jurisdiction) {
        return jurisdiction == null ? "" : jurisdiction.replaceFirst("^(Thành phố|Tỉnh) ", "");
    }

    private static void cell(XWPFTableRow row, int column, String text) {
        Docx.centredCell(row, column, text, 13);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        Docx.paragraph(doc, text, bold, alignment, 14);
    }
}
