package vn.lienthong.conclusion;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.numbering.ReferenceNumbers;
import vn.lienthong.kernel.office.UnitRef;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.SqlPages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Urging (đôn đốc): reminders to units whose tasks are due soon or overdue, and letters listing a unit's overdue
 * tasks, prepared by the daily job or on demand, downloadable as DOCX, numbered and recorded when sent.
 */
@Singleton
public class Urging {
    private final JdbcOperations jdbc;
    private final ConclusionService conclusions;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final ReferenceNumbers numbers;
    private final SqlPages pages;
    private final int dueSoonDays;

    Urging(JdbcOperations jdbc, ConclusionService conclusions, Notifier notifier, AuditTrail audit, ReferenceNumbers numbers, SqlPages pages,
           @Value("${lienthong.conclusions.due-soon-days:7}") int dueSoonDays) {
        this.jdbc = jdbc;
        this.conclusions = conclusions;
        this.notifier = notifier;
        this.audit = audit;
        this.numbers = numbers;
        this.pages = pages;
        this.dueSoonDays = dueSoonDays;
    }

    /**
     * The daily scan over all tasks of all jurisdictions: open tasks due within N days or overdue, not yet reminded
     * today, are marked and reminded (the lead unit and the focal officer), in batches; then letters are prepared.
     */
    @Transactional
    public String scan() {
        LocalDate today = conclusions.today();
        List<Object[]> due = rows("""
                WITH due AS (
                    SELECT t.id, t.jurisdiction_id, t.lead_unit_id, t.focal_user_id, t.content, t.deadline
                    FROM conclusion_task t LEFT JOIN conclusion_task_reminder r ON r.task_id = t.id
                    WHERE t.state = 'OPEN' AND t.deadline <= ? AND (r.last_urged_on IS NULL OR r.last_urged_on < ?)),
                marked AS (
                    INSERT INTO conclusion_task_reminder (task_id, last_urged_on) SELECT id, ? FROM due
                    ON CONFLICT (task_id) DO UPDATE SET last_urged_on = excluded.last_urged_on)
                SELECT * FROM due ORDER BY deadline""", today.plusDays(dueSoonDays), today, today);
        List<Notifier.Delivery> deliveries = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        int overdue = 0;
        for (Object[] task : due) {
            UUID id = (UUID) task[0];
            LocalDate deadline = (LocalDate) task[5];
            boolean late = deadline.isBefore(today);
            overdue += late ? 1 : 0;
            String body = (late ? "Nhiệm vụ đã quá hạn " + ChronoUnit.DAYS.between(deadline, today) + " ngày (hạn "
                    : "Nhiệm vụ sắp đến hạn (hạn ") + VietnameseDates.format(deadline) + "): " + ConclusionService.abbreviate((String) task[4]);
            Notifier.Message message = new Notifier.Message(late ? "CONCLUSION_TASK_OVERDUE" : "CONCLUSION_TASK_DUE_SOON",
                    late ? "Nhiệm vụ quá hạn" : "Nhiệm vụ sắp đến hạn", body, "/conclusion-tasks/" + id, "conclusion_task", id.toString());
            deliveries.add(new Notifier.Delivery((UUID) task[1], Notifier.Recipient.UNIT, (UUID) task[2], message));
            if (task[3] != null) {
                deliveries.add(new Notifier.Delivery((UUID) task[1], Notifier.Recipient.USER, (UUID) task[3], message));
            }
            events.add(new Object[]{id, body});
        }
        notifier.sendAll(deliveries);
        java.sql.Timestamp now = java.sql.Timestamp.from(conclusions.now());
        jdbc.prepareStatement("INSERT INTO conclusion_task_event (id, task_id, kind, actor_name, note, occurred_at) VALUES (?, ?, 'URGED', 'Hệ thống', ?, ?)",
                statement -> {
                    for (Object[] event : events) {
                        statement.setObject(1, UUID.randomUUID());
                        statement.setObject(2, event[0]);
                        statement.setString(3, (String) event[1]);
                        statement.setTimestamp(4, now);
                        statement.addBatch();
                    }
                    return events.isEmpty() ? 0 : statement.executeBatch().length;
                });
        int letters = conclusions.exec("""
                INSERT INTO conclusion_urging_letter (id, jurisdiction_id, office_id, unit_id, prepared_on, task_ids, created_at)
                SELECT gen_random_uuid(), t.jurisdiction_id, t.following_office_id, t.lead_unit_id, ?, array_agg(t.id ORDER BY t.deadline, t.id), ?
                FROM conclusion_task t WHERE t.state = 'OPEN' AND t.deadline < ?
                GROUP BY t.jurisdiction_id, t.following_office_id, t.lead_unit_id
                ON CONFLICT (office_id, unit_id, prepared_on) DO NOTHING""", today, conclusions.now(), today);
        return "reminded " + due.size() + " tasks (" + overdue + " overdue), prepared " + letters + " urging letters";
    }

    /** An office prepares a letter to one unit now, from the unit's overdue tasks that the office follows. */
    @Transactional
    public UrgingLetterResponse prepare(Caller caller, UUID unitId) {
        ConclusionAccess.requireOfficeMember(caller);
        LocalDate today = conclusions.today();
        UUID[] overdue = rows("""
                SELECT t.id FROM conclusion_task t
                WHERE t.jurisdiction_id = ? AND t.following_office_id = ? AND t.lead_unit_id = ? AND t.state = 'OPEN' AND t.deadline < ?
                ORDER BY t.deadline, t.id""", caller.jurisdictionId(), caller.officeId(), unitId, today).stream().map(r -> (UUID) r[0]).toArray(UUID[]::new);
        if (overdue.length == 0) {
            throw ProblemException.conflict("This unit has no overdue task followed by your office: there is nothing to urge.");
        }
        conclusions.exec("""
                INSERT INTO conclusion_urging_letter (id, jurisdiction_id, office_id, unit_id, prepared_on, task_ids, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (office_id, unit_id, prepared_on) DO UPDATE SET task_ids = excluded.task_ids
                WHERE conclusion_urging_letter.sent_at IS NULL""",
                UUID.randomUUID(), caller.jurisdictionId(), caller.officeId(), unitId, today, overdue, conclusions.now());
        UUID id = conclusions.scalar("SELECT id FROM conclusion_urging_letter WHERE office_id = ? AND unit_id = ? AND prepared_on = ?", UUID.class,
                caller.officeId(), unitId, today);
        return letter(caller, id);
    }

    @Transactional(readOnly = true)
    public PageResponse<UrgingLetterResponse> letters(Caller caller, PageParams page, UUID unitId, Boolean sent) {
        ConclusionAccess.requireOfficeMember(caller);
        SqlPages.Query query = new SqlPages.Query("l.*, u.code AS unit_code, u.name AS unit_name", "conclusion_urging_letter l JOIN unit u ON u.id = l.unit_id")
                .tieBreaker("l.id")
                .where("l.jurisdiction_id = ? AND l.office_id = ?", caller.jurisdictionId(), caller.officeId())
                .whereIfPresent(unitId, "l.unit_id = ?")
                .updatedSince("l.created_at", page.updatedSince())
                .sortable("preparedOn", "l.prepared_on").defaultSort("-preparedOn");
        if (sent != null) {
            query.where(sent ? "l.sent_at IS NOT NULL" : "l.sent_at IS NULL");
        }
        return pages.page(query, page, Urging::map);
    }

    @Transactional(readOnly = true)
    public UrgingLetterResponse letter(Caller caller, UUID id) {
        ConclusionAccess.requireOfficeMember(caller);
        UrgingLetterResponse letter = jdbc.prepareStatement("SELECT l.*, u.code AS unit_code, u.name AS unit_name FROM conclusion_urging_letter l "
                + "JOIN unit u ON u.id = l.unit_id WHERE l.id = ? AND l.jurisdiction_id = ? AND l.office_id = ?", statement -> {
            SqlPages.bind(statement, Arrays.asList(id, caller.jurisdictionId(), caller.officeId()));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        });
        if (letter == null) {
            throw ProblemException.notFound("Urging letter");
        }
        return letter;
    }

    /** Records the sending: the letter gets its number (gapless per office and year), the unit gets it in its inbox. */
    @Transactional
    public UrgingLetterResponse send(Caller caller, UUID id) {
        UrgingLetterResponse letter = letter(caller, id);
        if (letter.sentAt() != null) {
            throw ProblemException.conflict("This letter was already sent on " + letter.sentAt().toLocalDate() + ".");
        }
        LocalDate today = conclusions.today();
        String reference = numbers.next(caller.officeId(), "DONDOC", today.getYear()).display();
        conclusions.exec("UPDATE conclusion_urging_letter SET sent_at = ?, sent_by = ?, reference = ? WHERE id = ?", conclusions.now(), caller.id(), reference, id);
        UrgingLetterResponse sent = letter(caller, id);
        audit.record(caller, "SENT", "conclusion_urging_letter", id, letter, sent);
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.UNIT, letter.unit().id(), new Notifier.Message("CONCLUSION_URGING_LETTER",
                "Công văn đôn đốc thực hiện nhiệm vụ", "Công văn số " + reference + " đôn đốc " + letter.taskIds().size() + " nhiệm vụ quá hạn.",
                "/conclusion-tasks?mine=true&status=OVERDUE", "conclusion_urging_letter", id.toString()));
        return sent;
    }

    /** The letter as DOCX, in the layout of an administrative letter (Decree 30/2020 on clerical work). */
    @Transactional(readOnly = true)
    public byte[] docx(Caller caller, UUID id) {
        UrgingLetterResponse letter = letter(caller, id);
        String officeName = conclusions.scalar("SELECT name_vi FROM office WHERE id = ?", String.class, letter.officeId());
        String jurisdictionName = conclusions.scalar("SELECT name FROM jurisdiction WHERE id = ?", String.class, caller.jurisdictionId());
        List<Object[]> tasks = rows("""
                SELECT t.position, t.content, d.number, d.issued_on, t.deadline FROM conclusion_task t JOIN conclusion_document d ON d.id = t.document_id
                WHERE t.id = ANY(?) ORDER BY t.deadline, t.id""", (Object) letter.taskIds().toArray(new UUID[0]));
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = doc.createTable(1, 2);
            cell(header.getRow(0), 0, officeName.toUpperCase() + "\nSố: " + (letter.reference() == null ? "......" : letter.reference()) + "\nV/v đôn đốc thực hiện nhiệm vụ");
            cell(header.getRow(0), 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + jurisdictionName + ", "
                    + VietnameseDates.spelledOut(letter.sentAt() == null ? letter.preparedOn() : letter.sentAt().toLocalDate()));
            paragraph(doc, "Kính gửi: " + letter.unit().name(), true, ParagraphAlignment.CENTER);
            paragraph(doc, "Theo dõi việc thực hiện các nhiệm vụ được giao tại các thông báo kết luận, văn bản chỉ đạo, " + officeName
                    + " nhận thấy đến " + VietnameseDates.spelledOut(letter.preparedOn()) + ", " + letter.unit().name() + " còn " + tasks.size()
                    + " nhiệm vụ chủ trì thực hiện đã quá thời hạn nhưng chưa hoàn thành, cụ thể như sau:", false, ParagraphAlignment.BOTH);
            XWPFTable table = doc.createTable(tasks.size() + 1, 5);
            String[] heads = {"STT", "Nội dung nhiệm vụ", "Văn bản giao", "Thời hạn", "Số ngày quá hạn"};
            for (int c = 0; c < heads.length; c++) {
                cell(table.getRow(0), c, heads[c]);
            }
            for (int i = 0; i < tasks.size(); i++) {
                Object[] t = tasks.get(i);
                LocalDate deadline = (LocalDate) t[4];
                cell(table.getRow(i + 1), 0, String.valueOf(i + 1));
                cell(table.getRow(i + 1), 1, (String) t[1]);
                cell(table.getRow(i + 1), 2, t[2] + " ngày " + VietnameseDates.format((LocalDate) t[3]));
                cell(table.getRow(i + 1), 3, VietnameseDates.format(deadline));
                cell(table.getRow(i + 1), 4, String.valueOf(ChronoUnit.DAYS.between(deadline, letter.preparedOn())));
            }
            paragraph(doc, "Đề nghị " + letter.unit().name() + " khẩn trương chỉ đạo hoàn thành các nhiệm vụ nêu trên, báo cáo kết quả (kèm tài liệu chứng minh) "
                    + "qua hệ thống Liên Thông; trường hợp cần gia hạn, đề nghị nêu rõ lý do và thời hạn đề xuất.", false, ParagraphAlignment.BOTH);
            paragraph(doc, "Nơi nhận:\n- Như trên;\n- Lưu: VT.", false, ParagraphAlignment.LEFT);
            paragraph(doc, "CHÁNH VĂN PHÒNG", true, ParagraphAlignment.RIGHT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text) {
        Docx.centredCell(row, column, text, 12);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        Docx.paragraph(doc, text, bold, alignment, 13);
    }

    private List<Object[]> rows(String sql, Object... values) {
        return conclusions.rows(sql, values);
    }

    private static UrgingLetterResponse map(ResultSet rs) throws SQLException {
        var sentAt = SqlPages.instant(rs, "sent_at");
        return new UrgingLetterResponse(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "office_id"),
                new UnitRef(SqlPages.uuid(rs, "unit_id"), rs.getString("unit_code"), rs.getString("unit_name")),
                rs.getObject("prepared_on", LocalDate.class), List.of((UUID[]) rs.getArray("task_ids").getArray()), rs.getString("reference"),
                sentAt == null ? null : sentAt.atZone(Zones.VIETNAM).toOffsetDateTime());
    }

}
