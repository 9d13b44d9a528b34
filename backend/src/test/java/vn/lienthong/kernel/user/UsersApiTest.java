package vn.lienthong.kernel.user;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /users over real HTTP: each operation, each refusal, and who may manage whom. */
@MicronautTest(transactional = false)
class UsersApiTest extends ApiTestBase {

    /** A chief of office (CHIEF_OF_OFFICE) of the world's Party Committee Office, with the fixtures' password. */
    String chief(Fixtures.World w) {
        String username = w.code().toLowerCase() + ".cvp";
        fixtures.update("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at) "
                + "SELECT ?, ?, ?, 'Chánh Văn Phòng', password_hash, 'CHIEF_OF_OFFICE', ?, now(), now() FROM app_user WHERE username = ?",
                UUID.randomUUID(), w.jurisdictionId(), username, w.partyOffice(), w.specialist());
        return username;
    }

    UUID userId(String username) {
        return fixtures.id("SELECT id FROM app_user WHERE username = ?", username);
    }

    static String createJson(String username, String fullName, String role, UUID officeId, UUID unitId) {
        return "{\"username\":\"" + username + "\",\"fullName\":\"" + fullName + "\",\"role\":\"" + role + "\",\"officeId\":"
                + (officeId == null ? "null" : "\"" + officeId + "\"") + ",\"unitId\":" + (unitId == null ? "null" : "\"" + unitId + "\"")
                + ",\"email\":null,\"phone\":null}";
    }

    static String updateJson(String fullName, String role, UUID officeId, UUID unitId) {
        return "{\"fullName\":\"" + fullName + "\",\"role\":\"" + role + "\",\"officeId\":" + (officeId == null ? "null" : "\"" + officeId + "\"")
                + ",\"unitId\":" + (unitId == null ? "null" : "\"" + unitId + "\"") + ",\"email\":\"a@b.vn\",\"phone\":\"0912 345 678\"}";
    }

    Api.Response put(String path, String token, String ifMatch, String body) {
        MutableHttpRequest<String> request = HttpRequest.PUT(path, body).contentType("application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(Api.auth(request, token));
    }

    Api.Response post(String path, String token) {
        return api().postJson(path, token, "");
    }

    Api.Response loginWith(String username, String password) {
        return api().postJson("/api/v1/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    Api.Response changePassword(String token, String current, String next) {
        return put("/api/v1/me/password", token, null, "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
    }

    @Test
    void anAdministratorCreatesListsEditsDeactivatesAndReactivatesAndEveryChangeIsAudited() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String username = w.code().toLowerCase() + ".binh";
        String body = createJson(username, "Trần Thị Bình", "SPECIALIST", w.peoplesCommitteeOffice(), null);
        Api.Response created = api().send(HttpRequest.POST("/api/v1/users", body).contentType("application/json").bearerAuth(admin).header("Idempotency-Key", "u-" + username));
        assertEquals(201, created.status(), created.body());
        JsonNode user = created.json().get("user");
        String id = user.get("id").getStringValue();
        String oneTime = created.text("oneTimePassword");
        assertNotNull(oneTime);
        assertTrue(user.get("passwordChangeRequired").getBooleanValue());
        assertEquals("\"0\"", created.headers().get("ETag"));

        Api.Response replayed = api().send(HttpRequest.POST("/api/v1/users", body).contentType("application/json").bearerAuth(admin).header("Idempotency-Key", "u-" + username));
        assertEquals(201, replayed.status(), replayed.body());
        assertEquals("true", replayed.headers().get("Idempotent-Replayed"));
        assertEquals(id, replayed.json().get("user").get("id").getStringValue());
        assertNull(replayed.text("oneTimePassword"), "the password is shown once");
        assertEquals(1, fixtures.count("SELECT count(*) FROM app_user WHERE username = ?", username));
        assertEquals(0, fixtures.count("SELECT count(*) FROM idempotency_record WHERE response_body LIKE ?", "%" + oneTime + "%"), "the password is never stored");

        Api.Response found = api().get("/api/v1/users?q=tran%20thi%20binh", admin);
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.json().get("totalItems").getIntValue());
        assertEquals(3, api().get("/api/v1/users?role=SPECIALIST&size=100", admin).json().get("items").size(), "the world's 2 specialists and the new one");

        Api.Response got = api().get("/api/v1/users/" + id, admin);
        assertEquals(200, got.status());
        String etag = got.headers().get("ETag");
        assertEquals(428, put("/api/v1/users/" + id, admin, null, updateJson("Trần Thị Bình", "OFFICE_LEADER", w.peoplesCommitteeOffice(), null)).status());
        Api.Response updated = put("/api/v1/users/" + id, admin, etag, updateJson("Trần Thị Bình", "OFFICE_LEADER", w.peoplesCommitteeOffice(), null));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("OFFICE_LEADER", updated.text("role"));
        assertEquals("a@b.vn", updated.text("email"));
        Api.Response stale = put("/api/v1/users/" + id, admin, etag, updateJson("Ghi đè", "SPECIALIST", w.peoplesCommitteeOffice(), null));
        assertEquals(412, stale.status(), stale.body());
        assertEquals("urn:lienthong:problem:stale-version", stale.text("type"));
        assertEquals("Trần Thị Bình", api().get("/api/v1/users/" + id, admin).text("fullName"));

        Api.Response wrongShape = put("/api/v1/users/" + id, admin, updated.headers().get("ETag"), updateJson("Trần Thị Bình", "UNIT_OFFICER", w.peoplesCommitteeOffice(), null));
        assertEquals(400, wrongShape.status(), wrongShape.body());

        Api.Response deactivated = post("/api/v1/users/" + id + "/deactivation", admin);
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().get("active").getBooleanValue());
        assertNotNull(deactivated.text("deactivatedAt"));
        assertEquals(1, api().get("/api/v1/users?active=false", admin).json().get("totalItems").getIntValue());
        Api.Response reactivated = post("/api/v1/users/" + id + "/reactivation", admin);
        assertEquals(200, reactivated.status(), reactivated.body());
        assertTrue(reactivated.json().get("active").getBooleanValue());

        Api.Response audit = api().get("/api/v1/audit-events?entityType=app_user&entityId=" + id + "&size=100", admin);
        assertEquals(200, audit.status(), audit.body());
        List<String> actions = new ArrayList<>();
        audit.json().get("items").values().forEach(e -> actions.add(e.get("action").getStringValue()));
        assertTrue(actions.containsAll(List.of("CREATE", "UPDATE", "DEACTIVATE", "REACTIVATE")), actions.toString());
    }

    @Test
    void usernamesAreUniqueWithoutCaseAndDiacritics() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String prefix = w.code().toLowerCase();
        Api.Response first = api().postJson("/api/v1/users", admin, createJson(prefix + ".dung", "Phạm Thu Dung", "SPECIALIST", w.partyOffice(), null));
        assertEquals(201, first.status(), first.body());
        long before = fixtures.count("SELECT count(*) FROM app_user");
        Api.Response duplicate = api().postJson("/api/v1/users", admin, createJson(prefix.toUpperCase() + ".DŨNG", "Phạm Thu Dung", "SPECIALIST", w.partyOffice(), null));
        assertEquals(409, duplicate.status(), duplicate.body());
        assertEquals("urn:lienthong:problem:conflict", duplicate.text("type"));
        assertEquals(before, fixtures.count("SELECT count(*) FROM app_user"));
        Api.Response login = loginWith(prefix.toUpperCase() + ".DŨNG", first.text("oneTimePassword"));
        assertEquals(200, login.status(), "the login finds the account the same way: " + login.body());

        assertEquals(400, api().postJson("/api/v1/users", admin, createJson("a b", "X", "SPECIALIST", w.partyOffice(), null)).status());
        Api.Response noOffice = api().postJson("/api/v1/users", admin, createJson(prefix + ".x1", "X", "SPECIALIST", UUID.randomUUID(), null));
        assertEquals(422, noOffice.status(), noOffice.body());
        assertEquals(403, api().postJson("/api/v1/users", admin, createJson(prefix + ".x2", "X", "NATIONAL_ADMIN", null, null)).status());
    }

    @Test
    void aChiefOfOfficeManagesOnlyTheirOwnOfficesStaff() {
        Fixtures.World w = fixtures.world();
        String chief = login(chief(w));
        String prefix = w.code().toLowerCase();
        Api.Response list = api().get("/api/v1/users?size=100", chief);
        assertEquals(200, list.status(), list.body());
        list.json().get("items").values().forEach(u -> assertEquals(w.partyOffice().toString(), u.get("officeId").getStringValue()));
        assertEquals(3, list.json().get("totalItems").getIntValue(), "specialist, leader and chief of the Party Committee Office");
        assertEquals(403, api().get("/api/v1/users?officeId=" + w.peoplesCommitteeOffice(), chief).status());

        UUID own = userId(w.specialist());
        UUID other = userId(w.otherOfficeSpecialist());
        assertEquals(200, api().get("/api/v1/users/" + own, chief).status());
        Api.Response otherOffice = api().get("/api/v1/users/" + other, chief);
        assertEquals(403, otherOffice.status(), otherOffice.body());
        assertEquals(403, post("/api/v1/users/" + other + "/deactivation", chief).status());
        assertEquals(403, post("/api/v1/users/" + other + "/password-reset", chief).status());
        assertEquals(403, post("/api/v1/users/" + userId(w.admin()) + "/deactivation", chief).status());

        assertEquals(201, api().postJson("/api/v1/users", chief, createJson(prefix + ".cv9", "Đỗ Hải Nam", "SPECIALIST", w.partyOffice(), null)).status());
        assertEquals(403, api().postJson("/api/v1/users", chief, createJson(prefix + ".cv8", "Đỗ Hải", "SPECIALIST", w.peoplesCommitteeOffice(), null)).status());
        assertEquals(403, api().postJson("/api/v1/users", chief, createJson(prefix + ".qt9", "Quản trị", "SYSTEM_ADMIN", null, null)).status());
        assertEquals(403, api().postJson("/api/v1/users", chief, createJson(prefix + ".dv9", "Đơn vị", "UNIT_OFFICER", null, w.unit())).status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM app_user WHERE username IN (?, ?, ?)", prefix + ".cv8", prefix + ".qt9", prefix + ".dv9"));

        Api.Response deactivated = post("/api/v1/users/" + own + "/deactivation", chief);
        assertEquals(200, deactivated.status(), deactivated.body());
        String etag = api().get("/api/v1/users/" + own, chief).headers().get("ETag");
        assertEquals(403, put("/api/v1/users/" + own, chief, etag, updateJson("Nguyễn Văn Thử", "SYSTEM_ADMIN", null, null)).status());
        assertEquals(200, put("/api/v1/users/" + own, chief, etag, updateJson("Nguyễn Văn Thử", "OFFICE_LEADER", w.partyOffice(), null)).status());
    }

    @Test
    void anotherJurisdictionsAccountIsNotFound() {
        Fixtures.World mine = fixtures.world();
        Fixtures.World theirs = fixtures.world();
        String admin = login(mine.admin());
        UUID id = userId(theirs.specialist());
        assertEquals(404, api().get("/api/v1/users/" + id, admin).status());
        assertEquals(404, put("/api/v1/users/" + id, admin, "\"0\"", updateJson("X", "SPECIALIST", theirs.partyOffice(), null)).status());
        assertEquals(404, post("/api/v1/users/" + id + "/deactivation", admin).status());
        assertEquals(404, post("/api/v1/users/" + id + "/password-reset", admin).status());
        assertEquals(404, post("/api/v1/users/" + id + "/unlock", admin).status());
        assertEquals(0, api().get("/api/v1/users?q=" + theirs.code(), admin).json().get("totalItems").getIntValue());
        assertEquals(1, fixtures.count("SELECT count(*) FROM app_user WHERE id = ? AND active AND version = 0", id));
    }

    @Test
    void theLastActiveSystemAdministratorStays() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        UUID self = userId(w.admin());
        Api.Response own = post("/api/v1/users/" + self + "/deactivation", admin);
        assertEquals(409, own.status(), own.body());
        String etag = api().get("/api/v1/users/" + self, admin).headers().get("ETag");
        Api.Response demote = put("/api/v1/users/" + self, admin, etag, updateJson("Quản Trị Viên", "SPECIALIST", w.partyOffice(), null));
        assertEquals(409, demote.status(), demote.body());
        assertTrue(demote.text("detail").contains("last active system administrator"), demote.body());

        Api.Response second = api().postJson("/api/v1/users", admin, createJson(w.code().toLowerCase() + ".qt2", "Quản trị hai", "SYSTEM_ADMIN", null, null));
        assertEquals(201, second.status(), second.body());
        String secondId = second.json().get("user").get("id").getStringValue();
        assertEquals(200, post("/api/v1/users/" + secondId + "/deactivation", admin).status(), "two administrators: one may go");
        assertEquals(1, fixtures.count("SELECT count(*) FROM app_user WHERE jurisdiction_id = ? AND role = 'SYSTEM_ADMIN' AND active", w.jurisdictionId()));
    }

    @Test
    void deactivationEndsTheSessionsAtOnce() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        Api.Response session = loginWith(w.specialist(), Fixtures.PASSWORD);
        String access = session.text("accessToken");
        assertEquals(200, api().get("/api/v1/notifications/unread-count", access).status());
        assertEquals(200, post("/api/v1/users/" + userId(w.specialist()) + "/deactivation", admin).status());

        Api.Response refused = api().get("/api/v1/notifications/unread-count", access);
        assertEquals(401, refused.status(), "the unexpired access token is refused at once: " + refused.body());
        assertEquals(401, api().get("/api/v1/me", access).status());
        assertEquals(401, api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + session.text("refreshToken") + "\"}").status());
        assertEquals(401, loginWith(w.specialist(), Fixtures.PASSWORD).status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM refresh_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ? AND t.revoked_at IS NULL", w.specialist()));

        assertEquals(200, post("/api/v1/users/" + userId(w.specialist()) + "/reactivation", admin).status());
        assertEquals(200, loginWith(w.specialist(), Fixtures.PASSWORD).status());
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String username = w.code().toLowerCase() + ".moi";
        Api.Response created = api().postJson("/api/v1/users", admin, createJson(username, "Người Mới", "SPECIALIST", w.partyOffice(), null));
        String oneTime = created.text("oneTimePassword");
        Api.Response first = loginWith(username, oneTime);
        assertEquals(200, first.status(), first.body());
        assertTrue(first.json().get("passwordChangeRequired").getBooleanValue());
        String access = first.text("accessToken");

        Api.Response blocked = api().get("/api/v1/notifications/unread-count", access);
        assertEquals(403, blocked.status(), blocked.body());
        assertEquals("urn:lienthong:problem:password-change-required", blocked.text("type"));
        assertTrue(blocked.contentType().startsWith("application/problem+json"));
        Api.Response me = api().get("/api/v1/me", access);
        assertEquals(200, me.status());
        assertTrue(me.json().get("passwordChangeRequired").getBooleanValue());

        assertEquals(204, changePassword(access, oneTime, "Ho-Guom-2026-sang").status());
        assertEquals(200, api().get("/api/v1/notifications/unread-count", access).status(), "then everything else works, with the same token");
        Api.Response next = loginWith(username, "Ho-Guom-2026-sang");
        assertFalse(next.json().get("passwordChangeRequired").getBooleanValue());
        assertEquals(401, loginWith(username, oneTime).status());
    }

    @Test
    void changingTheOwnPasswordChecksTheRuleTheCurrentPasswordAndTheHistory() {
        Fixtures.World w = fixtures.world();
        Api.Response other = loginWith(w.specialist(), Fixtures.PASSWORD);
        Api.Response session = loginWith(w.specialist(), Fixtures.PASSWORD);
        String access = session.text("accessToken");

        Api.Response wrong = changePassword(access, "not-my-password-1", "Hoa-sen-2026-xanh");
        assertEquals(422, wrong.status(), wrong.body());
        assertEquals("currentPassword", wrong.json().get("errors").get(0).get("field").getStringValue());
        for (String weak : List.of("short1", "abcdefghijkl", "123456789012", w.specialist() + "-2026x")) {
            Api.Response refused = changePassword(access, Fixtures.PASSWORD, weak);
            assertEquals(422, refused.status(), weak + ": " + refused.body());
            assertEquals("newPassword", refused.json().get("errors").get(0).get("field").getStringValue());
            assertTrue(refused.json().get("errors").get(0).get("message").getStringValue().contains("at least 10 characters"), refused.body());
        }
        assertEquals(422, changePassword(access, Fixtures.PASSWORD, Fixtures.PASSWORD).status(), "the current password again");

        assertEquals(204, changePassword(access, Fixtures.PASSWORD, "Hoa-sen-2026-xanh").status());
        assertEquals(401, api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + other.text("refreshToken") + "\"}").status(), "other logins end");
        Api.Response mine = api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + session.text("refreshToken") + "\"}");
        assertEquals(200, mine.status(), "this login stays: " + mine.body());
        assertEquals(401, loginWith(w.specialist(), Fixtures.PASSWORD).status());

        String current = "Hoa-sen-2026-xanh";
        for (String next : List.of("Hoa-sen-2027-xanh", "Hoa-sen-2028-xanh", "Hoa-sen-2029-xanh", "Hoa-sen-2030-xanh")) {
            assertEquals(204, changePassword(access, current, next).status());
            current = next;
        }
        Api.Response reused = changePassword(access, current, "Hoa-sen-2027-xanh");
        assertEquals(422, reused.status(), reused.body());
        assertTrue(reused.body().contains("last 5"), reused.body());
        assertEquals(204, changePassword(access, current, Fixtures.PASSWORD).status(), "six passwords ago is allowed again");
    }

    @Test
    void wrongCurrentPasswordsAreThrottledWithoutLockingTheLogin() {
        Fixtures.World w = fixtures.world();
        String access = loginWith(w.specialist(), Fixtures.PASSWORD).text("accessToken");
        for (int i = 0; i < 5; i++) {
            assertEquals(422, changePassword(access, "not-my-password-" + i, "Hoa-sen-2026-xanh").status());
        }
        Api.Response throttled = changePassword(access, Fixtures.PASSWORD, "Hoa-sen-2026-xanh");
        assertEquals(429, throttled.status(), "even the right password waits: " + throttled.body());
        assertTrue(throttled.headers().get("Retry-After") != null);
        assertEquals(200, loginWith(w.specialist(), Fixtures.PASSWORD).status(), "the login is not locked by it");
    }

    @Test
    void aResetGivesANewOneTimePasswordAndUnlockLiftsTheThrottle() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        UUID id = userId(w.leader());
        Api.Response session = loginWith(w.leader(), Fixtures.PASSWORD);
        Api.Response reset = post("/api/v1/users/" + id + "/password-reset", admin);
        assertEquals(200, reset.status(), reset.body());
        String oneTime = reset.text("oneTimePassword");
        assertTrue(reset.json().get("user").get("passwordChangeRequired").getBooleanValue());
        assertEquals(401, api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + session.text("refreshToken") + "\"}").status());
        assertEquals(401, loginWith(w.leader(), Fixtures.PASSWORD).status());
        Api.Response first = loginWith(w.leader(), oneTime);
        assertTrue(first.json().get("passwordChangeRequired").getBooleanValue());
        assertEquals(422, changePassword(first.text("accessToken"), oneTime, oneTime).status(), "the one-time password is not kept");
        assertEquals(204, changePassword(first.text("accessToken"), oneTime, "Song-Hong-2026-do").status());
        assertEquals(200, api().get("/api/v1/notifications/unread-count", first.text("accessToken")).status(), "the same token works once changed");
        Api.Response again = loginWith(w.leader(), "Song-Hong-2026-do");
        assertFalse(again.json().get("passwordChangeRequired").getBooleanValue());

        for (int i = 0; i < 5; i++) {
            loginWith(w.leader(), "wrong-password-" + i);
        }
        assertEquals(429, loginWith(w.leader(), "Song-Hong-2026-do").status());
        assertNotNull(api().get("/api/v1/users/" + id, admin).text("lockedUntil"));
        Api.Response unlocked = post("/api/v1/users/" + id + "/unlock", admin);
        assertEquals(200, unlocked.status(), unlocked.body());
        assertNull(unlocked.text("lockedUntil"));
        assertEquals(200, loginWith(w.leader(), "Song-Hong-2026-do").status());
        Api.Response audit = api().get("/api/v1/audit-events?entityType=app_user&entityId=" + id, admin);
        assertTrue(audit.body().contains("PASSWORD_RESET") && audit.body().contains("UNLOCK") && audit.body().contains("PASSWORD_CHANGED"), audit.body());
    }
}
