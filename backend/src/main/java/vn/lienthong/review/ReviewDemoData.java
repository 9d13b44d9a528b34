package vn.lienthong.review;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.demo.DemoDataLoaded;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.review.ReviewDtos.FindingRequest;
import vn.lienthong.review.ReviewDtos.ReviewRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo reviews for `make run`, made through the service as the demo users would: last year's annual review, hosted by
 * the Party Committee Office, with its findings, a proposal turned into a task of Sở Nội vụ, finalised (its figures
 * frozen); and this year's annual review, a draft of the next host in the rotation (the NA delegation and People's
 * Council office), whose figures follow this year's demo meetings, programmes and tasks. Runs after the meeting demo data.
 */
@Singleton
@Order(200)
@Requires(property = "lienthong.demo.enabled", value = "true")
public class ReviewDemoData implements ApplicationEventListener<DemoDataLoaded> {
    private final Sql sql;
    private final Reviews reviews;

    ReviewDemoData(Sql sql, Reviews reviews) {
        this.sql = sql;
        this.reviews = reviews;
    }

    @Override
    @Transactional
    public void onApplicationEvent(DemoDataLoaded event) {
        UUID j = event.jurisdictionId();
        Caller specialist = caller(j, "vptu.chuyenvien");
        Caller leader = caller(j, "vptu.lanhdao");
        int year = reviews.today().getYear();
        UUID homeAffairs = sql.scalar("SELECT id FROM unit WHERE jurisdiction_id = ? AND kind = 'DEPARTMENT' ORDER BY code LIMIT 1", UUID.class, j);

        UUID last = reviews.create(specialist, null, new ReviewRequest(ReviewKind.ANNUAL, "Đánh giá công tác phối hợp giữa các Văn phòng năm " + (year - 1),
                LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), specialist.officeId(), null, null)).body().id();
        reviews.addFinding(specialist, last, new FindingRequest(FindingSection.RESULT,
                "Chương trình công tác của các cơ quan được xây dựng sớm hơn; lịch họp, lịch làm việc bảo đảm khoa học, hiệu quả.", null));
        reviews.addFinding(specialist, last, new FindingRequest(FindingSection.SHORTCOMING,
                "Có thời điểm lịch tổ chức các hội nghị lớn của các cơ quan còn trùng nhau.", "Thông tin về lịch hội nghị lớn chưa được trao đổi sớm."));
        reviews.addFinding(specialist, last, new FindingRequest(FindingSection.LESSON,
                "Trao đổi thông tin sớm về lịch tổ chức các hội nghị, cuộc họp lớn để tránh trùng lịch.", null));
        UUID proposal = reviews.addFinding(specialist, last, new FindingRequest(FindingSection.PROPOSAL,
                "Họp định kỳ hằng quý giữa lãnh đạo 3 Văn phòng và trưởng các phòng chuyên môn để tháo gỡ vướng mắc trong thực hiện Quy chế phối hợp.", null)).id();
        if (homeAffairs != null) {
            reviews.convert(specialist, last, proposal, new ReviewDtos.ProposalTaskRequest(homeAffairs, List.of(), reviews.today().plusMonths(3),
                    "Lịch họp định kỳ quý được thống nhất và thực hiện", null));
        }
        reviews.finalise(leader, last);

        Caller next = caller(j, "vpdbhd.chuyenvien");
        UUID current = reviews.create(next, null, new ReviewRequest(ReviewKind.ANNUAL, "Đánh giá công tác phối hợp giữa các Văn phòng năm " + year,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), next.officeId(), null, null)).body().id();
        reviews.addFinding(next, current, new FindingRequest(FindingSection.RESULT,
                "Các hội nghị trực tuyến được phối hợp chuẩn bị chu đáo, kết nối thông suốt đến các điểm cầu xã, phường.", null));
    }

    private Caller caller(UUID j, String username) {
        Object[] user = sql.row("SELECT id, full_name, office_id, role FROM app_user WHERE jurisdiction_id = ? AND username = ?", j, username);
        return new Caller((UUID) user[0], (String) user[1], Caller.Kind.PERSON, j, (UUID) user[2], null, Role.valueOf((String) user[3]), Set.of());
    }
}
