package vn.lienthong.petition;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.demo.DemoDataLoaded;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.petition.PetitionDtos.PetitionRequest;
import vn.lienthong.petition.PetitionDtos.PetitionerRequest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo petitions for `make run`, made through the services as the demo users would: in the Party Committee Office a
 * denunciation received by post and handled by its specialist (identity visible to him only with a reason), a complaint
 * forwarded to a ward with its letter, a crowd recommendation; the leader's reception day next week (in the calendar and
 * the e-portal's schedule); a voters' recommendation of the People's Council assigned to a department. Without an
 * identity key configured there are no demo petitions (the rest of the demo is unaffected).
 */
@Singleton
@Order(300)
@Requires(property = "lienthong.demo.enabled", value = "true")
public class PetitionDemoData implements ApplicationEventListener<DemoDataLoaded> {
    private final Sql sql;
    private final Petitions petitions;
    private final PetitionHandling handling;
    private final ReceptionSessions sessions;
    private final VoterRecommendations recommendations;
    private final IdentityVault vault;

    PetitionDemoData(Sql sql, Petitions petitions, PetitionHandling handling, ReceptionSessions sessions, VoterRecommendations recommendations,
                     IdentityVault vault) {
        this.sql = sql;
        this.petitions = petitions;
        this.handling = handling;
        this.sessions = sessions;
        this.recommendations = recommendations;
        this.vault = vault;
    }

    @Override
    @Transactional
    public void onApplicationEvent(DemoDataLoaded event) {
        if (vault.fingerprint("name", "probe") == null) {
            return;
        }
        UUID j = event.jurisdictionId();
        Caller specialist = caller(j, "vptu.chuyenvien");
        Caller leader = caller(j, "vptu.lanhdao");
        LocalDate today = petitions.today();

        UUID denunciation = petitions.receive(specialist, null, new PetitionRequest(PetitionKind.DENUNCIATION, PetitionChannel.POST, today.minusDays(2),
                "Tố cáo cán bộ địa chính phường nhận tiền để hợp thức hóa hồ sơ đất đai",
                "Tôi tố cáo cán bộ địa chính phường đã nhận tiền của một số hộ dân để hợp thức hóa hồ sơ cấp giấy chứng nhận quyền sử dụng đất không đúng quy định.",
                null, "Thường trực Thành ủy", null, null, List.of(new PetitionerRequest("Trần Văn Minh", "Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình", "001085009876",
                        "0912000111", false)), null, List.of(), List.of())).body().id();
        petitions.assign(leader, denunciation, new PetitionDtos.HandlerRequest(specialist.id()));

        UUID complaint = petitions.receive(specialist, null, new PetitionRequest(PetitionKind.COMPLAINT, PetitionChannel.POST, today.minusDays(6),
                "Khiếu nại quyết định thu hồi đất của UBND phường", "Khiếu nại quyết định thu hồi đất đối với thửa đất số 45, tờ bản đồ số 12 của gia đình.",
                "Quyết định thu hồi đất của UBND phường Tây Hồ", "Thường trực Thành ủy", null, null,
                List.of(new PetitionerRequest("Nguyễn Thị Lan", "Phường Tây Hồ", null, null, false)), null, List.of(), List.of())).body().id();
        petitions.assign(leader, complaint, new PetitionDtos.HandlerRequest(specialist.id()));
        handling.classify(specialist, complaint, new HandlingDtos.ClassificationRequest(false, HandlingDtos.IneligibleReason.OUTSIDE_COMPETENCE,
                "Thuộc thẩm quyền giải quyết của Chủ tịch UBND phường", null, null, null));
        handling.forward(specialist, complaint, new HandlingDtos.ForwardingRequest("Ủy ban nhân dân phường Tây Hồ", null,
                "Đề nghị xem xét, giải quyết theo thẩm quyền", today.plusDays(30)));

        petitions.receive(specialist, null, new PetitionRequest(PetitionKind.RECOMMENDATION, PetitionChannel.IN_PERSON, today.minusDays(1),
                "Kiến nghị của 12 hộ dân về ngập úng khu dân cư", "Các hộ dân kiến nghị cải tạo hệ thống thoát nước khu dân cư tổ 5, thường xuyên ngập úng khi mưa lớn.",
                null, null, null, null, List.of(new PetitionerRequest("Phạm Văn Hùng", "Tổ 5", null, null, true),
                        new PetitionerRequest("Lê Thị Thu", "Tổ 5", null, null, true)), 12, List.of(), List.of()));

        UUID body = sql.scalar("SELECT id FROM leadership_body WHERE jurisdiction_id = ? AND code = 'TTTU'", UUID.class, j);
        UUID deputy = sql.scalar("SELECT id FROM leader WHERE jurisdiction_id = ? AND title_vi = 'Phó Bí thư Thường trực Thành ủy'", UUID.class, j);
        if (body != null && deputy != null) {
            LocalDate day = today.plusDays(7);
            sessions.create(specialist, null, new ReceptionDtos.SessionRequest(ReceptionSessionKind.REGULAR, body, List.of(deputy), List.of(), null,
                    day.atTime(LocalTime.of(8, 0)).atZone(Zones.VIETNAM).toOffsetDateTime(), day.atTime(LocalTime.of(11, 30)).atZone(Zones.VIETNAM).toOffsetDateTime(),
                    "Trụ sở Tiếp công dân Thành phố, số 1 phố Ngô Quyền", true, null));
        }

        Caller council = caller(j, "vpdbhd.chuyenvien");
        UUID department = sql.scalar("SELECT id FROM unit WHERE jurisdiction_id = ? AND kind = 'DEPARTMENT' ORDER BY code LIMIT 1", UUID.class, j);
        UUID recommendation = recommendations.create(council, null, new VoterRecommendationDtos.RecommendationRequest(VoterMeetingHost.PEOPLES_COUNCIL,
                today.minusDays(20), "Nhà văn hóa phường Hoàn Kiếm", "Đại biểu HĐND Thành phố", "Cử tri đề nghị sớm sửa chữa, nâng cấp tuyến đường ven hồ bị xuống cấp.",
                "Giao thông, đô thị", null)).body().id();
        if (department != null) {
            recommendations.assign(council, recommendation, new VoterRecommendationDtos.AssignmentRequest(department, null, today.minusDays(15), null, false));
        }
    }

    private Caller caller(UUID j, String username) {
        Object[] user = sql.row("SELECT id, full_name, office_id, role FROM app_user WHERE jurisdiction_id = ? AND username = ?", j, username);
        return new Caller((UUID) user[0], (String) user[1], Caller.Kind.PERSON, j, (UUID) user[2], null, Role.valueOf((String) user[3]), Set.of());
    }
}
