package vn.lienthong.kernel.user;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every new endpoint (the /users operations and PUT /me/password) with every role: the system administrator and the
 * chief of office (on their own office's specialist) get through, every other person 403, a machine client 403, no
 * token 401; PUT /me/password is for every person (here refused with 422 for a wrong current password).
 */
@MicronautTest(transactional = false)
class UsersRoleSweepTest extends ApiTestBase {

    @Test
    void everyNewEndpointWithEveryRole() {
        Fixtures.World w = fixtures.world();
        String chiefName = w.code().toLowerCase() + ".cvp";
        fixtures.update("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at) "
                + "SELECT ?, ?, ?, 'Chánh Văn Phòng', password_hash, 'CHIEF_OF_OFFICE', ?, now(), now() FROM app_user WHERE username = ?",
                UUID.randomUUID(), w.jurisdictionId(), chiefName, w.partyOffice(), w.specialist());
        // the target: a specialist of the Party Committee Office who never logs in here
        String targetName = w.code().toLowerCase() + ".dich";
        UUID target = UUID.randomUUID();
        fixtures.update("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at) "
                + "SELECT ?, ?, ?, 'Người Đích', password_hash, 'SPECIALIST', ?, now(), now() FROM app_user WHERE username = ?",
                target, w.jurisdictionId(), targetName, w.partyOffice(), w.specialist());

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("SYSTEM_ADMIN", login(w.admin()));
        tokens.put("CHIEF_OF_OFFICE", login(chiefName));
        tokens.put("SPECIALIST", login(w.specialist()));
        tokens.put("OFFICE_LEADER", login(w.leader()));
        tokens.put("UNIT_OFFICER", login(w.unitOfficer()));
        tokens.put("NATIONAL_ADMIN", login(w.nationalAdmin()));
        tokens.put("MACHINE", machineToken(w));
        tokens.put("ANONYMOUS", null);

        int[] n = {0};
        Map<String, Function<String, MutableHttpRequest<?>>> endpoints = new LinkedHashMap<>();
        endpoints.put("listUsers", t -> HttpRequest.GET("/api/v1/users"));
        endpoints.put("getUser", t -> HttpRequest.GET("/api/v1/users/" + target));
        endpoints.put("createUser", t -> HttpRequest.POST("/api/v1/users", UsersApiTest.createJson(w.code().toLowerCase() + ".sweep" + (n[0]++),
                "Nhân Viên Mới", "SPECIALIST", w.partyOffice(), null)).contentType("application/json"));
        endpoints.put("updateUser", t -> HttpRequest.PUT("/api/v1/users/" + target, UsersApiTest.updateJson("Người Đích", "SPECIALIST", w.partyOffice(), null))
                .contentType("application/json").header("If-Match", "\"" + fixtures.count("SELECT version FROM app_user WHERE id = ?", target) + "\""));
        endpoints.put("deactivateUser", t -> HttpRequest.POST("/api/v1/users/" + target + "/deactivation", ""));
        endpoints.put("reactivateUser", t -> HttpRequest.POST("/api/v1/users/" + target + "/reactivation", ""));
        endpoints.put("resetUserPassword", t -> HttpRequest.POST("/api/v1/users/" + target + "/password-reset", ""));
        endpoints.put("unlockUser", t -> HttpRequest.POST("/api/v1/users/" + target + "/unlock", ""));

        List<String> wrong = new ArrayList<>();
        endpoints.forEach((operation, request) -> tokens.forEach((role, token) -> {
            int status = api().send(Api.auth(request.apply(token), token)).status();
            int expected = switch (role) {
                case "SYSTEM_ADMIN", "CHIEF_OF_OFFICE" -> operation.equals("createUser") ? 201 : 200;
                case "ANONYMOUS" -> 401;
                default -> 403;
            };
            if (status != expected) {
                wrong.add(operation + " as " + role + ": " + status + " (expected " + expected + ")");
            }
        }));
        tokens.forEach((role, token) -> {
            int status = api().send(Api.auth(HttpRequest.PUT("/api/v1/me/password", "{\"currentPassword\":\"not-the-password-1\",\"newPassword\":\"Hoa-sen-2026-xanh\"}")
                    .contentType("application/json"), token)).status();
            int expected = switch (role) {
                case "MACHINE" -> 403;
                case "ANONYMOUS" -> 401;
                default -> 422;
            };
            if (status != expected) {
                wrong.add("changeMyPassword as " + role + ": " + status + " (expected " + expected + ")");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private String machineToken(Fixtures.World world) {
        String clientId = fixtures.machineClient(world, "public:read", "petitions:submit");
        Api.Response token = api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertEquals(200, token.status(), token.body());
        return token.text("access_token");
    }
}
