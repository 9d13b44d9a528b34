package vn.lienthong.kernel.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.kernel.auth.PasswordHasher;
import vn.lienthong.kernel.web.Sql;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Demo data for `make run` (DEMO_DATA=true): Hà Nội, its three offices and the Fatherland Front office, their
 * bodies, departments and localities, and one account per role. Fictional people; passwords are in the README
 * and are for local use only. Loaded once: a database that already has the HN jurisdiction is left alone.
 */
@Singleton
@Requires(property = "lienthong.demo.enabled", value = "true")
public class DemoData implements ApplicationEventListener<StartupEvent> {
    public static final String PASSWORD = "LienThong@2026";
    public static final String PORTAL_SECRET = "portal-demo-secret";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Sql sql;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final ApplicationEventPublisher<DemoDataLoaded> loaded;

    DemoData(Sql sql, PasswordHasher hasher, Clock clock, ApplicationEventPublisher<DemoDataLoaded> loaded) {
        this.sql = sql;
        this.hasher = hasher;
        this.clock = clock;
        this.loaded = loaded;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        UUID jurisdiction = load();
        if (jurisdiction != null) {
            loaded.publishEvent(new DemoDataLoaded(jurisdiction));
        }
    }

    /** @return the new jurisdiction's id, or null when the demo data was already there. */
    @Transactional
    public UUID load() {
        if (sql.scalar("SELECT count(*) FROM jurisdiction WHERE code = 'HN'", Long.class) > 0) {
            // demo data of an earlier version (kept by `make run`): it had no national administrator yet
            if (sql.scalar("SELECT count(*) FROM app_user WHERE username = 'quantri.quocgia'", Long.class) == 0) {
                UUID hn = sql.scalar("SELECT id FROM jurisdiction WHERE code = 'HN'", UUID.class);
                user(hn, "quantri.quocgia", "Quản trị quốc gia", hasher.hash(PASSWORD), "NATIONAL_ADMIN", null, null, Timestamp.from(clock.instant()));
            }
            return null;
        }
        Timestamp now = Timestamp.from(clock.instant());
        UUID hn = UUID.randomUUID();
        exec("INSERT INTO jurisdiction (id, code, name, kind, created_at, updated_at) VALUES (?, 'HN', 'Thành phố Hà Nội', 'CENTRAL_CITY', ?, ?)", hn, now, now);

        UUID vptu = office(hn, "VPTU", "PARTY_COMMITTEE_OFFICE", "Văn phòng Thành ủy", "Party Committee Office", "VPTU", now);
        UUID vpdbhd = office(hn, "VPDDBQH-HDND", "NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE",
                "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân", "Office of the National Assembly Delegation and People's Council",
                "VPĐĐBQH&HĐND", now);
        UUID vpubnd = office(hn, "VPUBND", "PEOPLES_COMMITTEE_OFFICE", "Văn phòng Ủy ban nhân dân", "People's Committee Office", "VPUBND", now);
        UUID mttq = office(hn, "VP-MTTQ", "FATHERLAND_FRONT_OFFICE", "Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
                "Office of the Vietnam Fatherland Front Committee", "VP MTTQ", now);

        body(hn, vptu, "TTTU", "Thường trực Thành ủy", "Standing Board of the City Party Committee", now);
        body(hn, vptu, "BTVTU", "Ban Thường vụ Thành ủy", "Standing Committee of the City Party Committee", now);
        body(hn, vptu, "BCH-DB", "Ban Chấp hành Đảng bộ thành phố", "Executive Committee of the City Party Organisation", now);
        body(hn, vpdbhd, "DDBQH", "Đoàn đại biểu Quốc hội thành phố", "National Assembly Delegation of the city", now);
        body(hn, vpdbhd, "TTHDND", "Thường trực Hội đồng nhân dân thành phố", "Standing Board of the City People's Council", now);
        body(hn, vpdbhd, "HDND", "Hội đồng nhân dân thành phố", "City People's Council", now);
        body(hn, vpubnd, "UBND", "Ủy ban nhân dân thành phố", "City People's Committee", now);
        body(hn, vpubnd, "CT-UBND", "Chủ tịch Ủy ban nhân dân thành phố", "Chairman of the City People's Committee", now);
        body(hn, vpubnd, "PCT-UBND", "Các Phó Chủ tịch Ủy ban nhân dân thành phố", "Vice-chairmen of the City People's Committee", now);
        body(hn, mttq, "UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "City Committee of the Vietnam Fatherland Front", now);

        LocalDate founded = LocalDate.of(2008, 8, 1);
        LocalDate reform = LocalDate.of(2025, 7, 1);
        List<UUID> units = new ArrayList<>();
        String[][] departments = {
                {"SNV", "Sở Nội vụ"}, {"STC", "Sở Tài chính"}, {"SXD", "Sở Xây dựng"}, {"SNNMT", "Sở Nông nghiệp và Môi trường"},
                {"SGDDT", "Sở Giáo dục và Đào tạo"}, {"SYT", "Sở Y tế"}, {"SVHTT", "Sở Văn hóa và Thể thao"},
                {"SKHCN", "Sở Khoa học và Công nghệ"}, {"STP", "Sở Tư pháp"}, {"TTTP", "Thanh tra thành phố"},
                {"CATP", "Công an thành phố"}, {"BDT", "Ban Dân tộc và Tôn giáo"}};
        for (String[] d : departments) {
            units.add(unit(hn, d[0], d[1], "DEPARTMENT", founded, null, now));
        }
        String[][] wards = {{"P-HOANKIEM", "Phường Hoàn Kiếm"}, {"P-BADINH", "Phường Ba Đình"}, {"P-CAUGIAY", "Phường Cầu Giấy"},
                {"P-HADONG", "Phường Hà Đông"}, {"P-LONGBIEN", "Phường Long Biên"}};
        for (String[] w : wards) {
            units.add(unit(hn, w[0], w[1], "WARD", reform, null, now));
        }
        String[][] communes = {{"X-SOCSON", "Xã Sóc Sơn"}, {"X-BAVI", "Xã Ba Vì"}, {"X-DONGANH", "Xã Đông Anh"}};
        for (String[] c : communes) {
            units.add(unit(hn, c[0], c[1], "COMMUNE", reform, null, now));
        }
        // Districts abolished on 1/7/2025: kept so that older tasks and petitions still point at them.
        unit(hn, "Q-HOANKIEM", "Quận Hoàn Kiếm", "DISTRICT", founded, reform.minusDays(1), now);
        unit(hn, "Q-CAUGIAY", "Quận Cầu Giấy", "DISTRICT", founded, reform.minusDays(1), now);

        String hash = hasher.hash(PASSWORD);
        String[][] offices = {{"vptu", vptu.toString()}, {"vpdbhd", vpdbhd.toString()}, {"vpubnd", vpubnd.toString()}, {"mttq", mttq.toString()}};
        String[][] people = {
                {"chuyenvien", "SPECIALIST", "Chuyên viên"}, {"lanhdao", "OFFICE_LEADER", "Lãnh đạo"}, {"chanhvanphong", "CHIEF_OF_OFFICE", "Chánh Văn phòng"}};
        String[] surnames = {"Nguyễn Văn", "Trần Thị", "Lê Minh", "Phạm Thu", "Hoàng Đức", "Vũ Thị", "Đặng Quốc", "Bùi Thanh", "Đỗ Hải",
                "Hồ Thị", "Ngô Quang", "Dương Thị"};
        String[] given = {"An", "Bình", "Châu", "Dung", "Giang", "Hà", "Khánh", "Lan", "Minh", "Ngọc", "Phúc", "Quyên"};
        int n = 0;
        for (String[] office : offices) {
            for (String[] person : people) {
                user(hn, office[0] + "." + person[0], surnames[n % surnames.length] + " " + given[n % given.length], hash, person[1],
                        UUID.fromString(office[1]), null, now);
                n++;
            }
        }
        user(hn, "snv.canbo", "Mai Văn Sơn", hash, "UNIT_OFFICER", null, units.get(0), now);
        user(hn, "pcaugiay.canbo", "Lý Thị Hồng", hash, "UNIT_OFFICER", null, units.get(departments.length + 2), now);
        user(hn, "quantri", "Quản trị hệ thống", hash, "SYSTEM_ADMIN", null, null, now);
        // national data (statutory deadline rules, the national holiday calendar, jobs); its account sits in HN like every account
        user(hn, "quantri.quocgia", "Quản trị quốc gia", hash, "NATIONAL_ADMIN", null, null, now);
        exec("INSERT INTO machine_client (id, jurisdiction_id, client_id, name, secret_hash, scopes, created_at) VALUES (?, ?, 'cong-thong-tin', "
                + "'Cổng thông tin điện tử thành phố', ?, ARRAY['public:read', 'petitions:submit'], ?)", UUID.randomUUID(), hn, hasher.hash(PORTAL_SECRET), now);
        LOG.info("Demo data loaded: Hà Nội, 4 offices, {} units, {} accounts (password in README)", units.size() + 2, n + 4);
        return hn;
    }

    private UUID office(UUID j, String code, String kind, String vi, String en, String shortName, Timestamp now) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, j, code, kind, vi, en, shortName, now, now);
        return id;
    }

    private void body(UUID j, UUID office, String code, String vi, String en, Timestamp now) {
        exec("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), j, office, code, vi, en, now, now);
    }

    private UUID unit(UUID j, String code, String name, String kind, LocalDate from, LocalDate to, Timestamp now) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, valid_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, j, code, name, kind, from, to, now, now);
        return id;
    }

    private void user(UUID j, String username, String fullName, String hash, String role, UUID office, UUID unit, Timestamp now) {
        exec("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, unit_id, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), j, username, fullName, hash, role, office, unit, now, now);
    }

    private void exec(String statement, Object... values) {
        sql.exec(statement, values);
    }
}
