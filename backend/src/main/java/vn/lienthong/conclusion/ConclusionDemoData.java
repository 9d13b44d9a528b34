package vn.lienthong.conclusion;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.demo.DemoDataLoaded;
import vn.lienthong.kernel.web.Sql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Demo notices for `make run`: two concluding notices of the People's Committee with tasks in every status
 * (done on time, done late, in progress, awaiting confirmation, extended, overdue), so boards and dashboards have
 * something to show on the first start.
 */
@Singleton
@Requires(property = "lienthong.demo.enabled", value = "true")
public class ConclusionDemoData implements ApplicationEventListener<DemoDataLoaded> {
    private final Sql sql;
    private final Clock clock;

    ConclusionDemoData(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void onApplicationEvent(DemoDataLoaded event) {
        UUID j = event.jurisdictionId();
        UUID office = id("SELECT id FROM office WHERE jurisdiction_id = ? AND code = 'VPUBND'", j);
        UUID body = id("SELECT id FROM leadership_body WHERE jurisdiction_id = ? AND code = 'UBND'", j);
        UUID author = id("SELECT id FROM app_user WHERE jurisdiction_id = ? AND username = 'vpubnd.chuyenvien'", j);
        LocalDate today = LocalDate.now(clock);
        UUID first = document(j, office, body, author, "86-TB/UBND", today.minusDays(60), "Kết luận của Chủ tịch UBND thành phố tại cuộc họp giao ban tháng");
        task(j, first, 1, "Rà soát, sắp xếp tổ chức bộ máy các đơn vị sự nghiệp công lập", "SNV", office, today.minusDays(20), today.minusDays(20), "DONE", today.minusDays(25));
        task(j, first, 2, "Báo cáo tình hình giải ngân vốn đầu tư công 9 tháng", "STC", office, today.minusDays(30), today.minusDays(30), "DONE", today.minusDays(27));
        task(j, first, 3, "Hoàn thiện đề án chuyển đổi số trong tiếp nhận hồ sơ", "SKHCN", office, today.minusDays(5), today.minusDays(5), "OPEN", null);
        task(j, first, 4, "Kiểm tra an toàn công trình trường học trước mùa mưa bão", "SXD", office, today.plusDays(20), today.minusDays(2), "OPEN", null);
        UUID second = document(j, office, body, author, "112-TB/UBND", today.minusDays(10), "Kết luận của Phó Chủ tịch UBND thành phố về công tác y tế dự phòng");
        task(j, second, 1, "Xây dựng kế hoạch tiêm chủng mở rộng năm tới", "SYT", office, today.plusDays(25), today.plusDays(25), "OPEN", null);
        task(j, second, 2, "Rà soát biên chế viên chức ngành y tế", "SNV", office, today.plusDays(4), today.plusDays(4), "COMPLETION_PROPOSED", null);
        task(j, second, 3, "Tổng hợp kiến nghị của cử tri về bệnh viện tuyến cơ sở", "SYT", office, today.plusDays(40), today.plusDays(40), "OPEN", null);
    }

    private UUID document(UUID j, UUID office, UUID body, UUID author, String number, LocalDate issued, String summary) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO conclusion_document (id, jurisdiction_id, office_id, kind, number, issued_on, issuing_body_id, signer, summary, created_by, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'CONCLUDING_NOTICE', ?, ?, ?, 'Trần Văn Cường', ?, ?, now(), now())", id, j, office, number, issued, body, summary, author);
        return id;
    }

    private void task(UUID j, UUID document, int position, String content, String unitCode, UUID office, LocalDate deadline, LocalDate original,
                      String state, LocalDate completedOn) {
        UUID unit = id("SELECT id FROM unit WHERE jurisdiction_id = ? AND code = '" + unitCode + "'", j);
        UUID id = UUID.randomUUID();
        LocalDate proposed = state.equals("COMPLETION_PROPOSED") ? LocalDate.now(clock) : null;
        exec("INSERT INTO conclusion_task (id, jurisdiction_id, document_id, document_issued_on, position, content, expected_result, lead_unit_id, focal_officer, "
                        + "deadline, original_deadline, following_office_id, state, progress_percent, completion_proposed_on, completed_on, created_at, updated_at) "
                        + "SELECT ?, ?, ?, d.issued_on, ?, ?, 'Báo cáo kết quả về UBND thành phố', ?, 'Lãnh đạo phụ trách của đơn vị', ?, ?, ?, ?, ?, ?, ?, now(), now() "
                        + "FROM conclusion_document d WHERE d.id = ?",
                id, j, document, position, content, unit, deadline, original, office, state, state.equals("DONE") ? 100 : 40, proposed, completedOn, document);
        exec("INSERT INTO conclusion_task_event (id, task_id, kind, actor_name, occurred_at) VALUES (?, ?, 'CREATED', 'Dữ liệu mẫu', now())", UUID.randomUUID(), id);
    }

    private UUID id(String statement, UUID jurisdiction) {
        return sql.scalar(statement, UUID.class, jurisdiction);
    }

    private void exec(String statement, Object... values) {
        sql.exec(statement, values);
    }
}
