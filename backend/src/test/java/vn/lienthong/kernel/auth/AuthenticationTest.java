package vn.lienthong.kernel.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuthenticationTest extends ApiTestBase {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Api.Response login(String username, String password) {
        return api().postJson("/api/v1/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void loginReturnsTokensAndMeShowsTheOfficeInBothLanguages() {
        Fixtures.World world = fixtures.world();
        Api.Response tokens = login(world.specialist(), Fixtures.PASSWORD);
        assertEquals(200, tokens.status(), tokens.body());
        assertEquals("Bearer", tokens.text("tokenType"));
        assertEquals(900, tokens.json().get("expiresIn").getIntValue());
        assertNotNull(tokens.text("refreshToken"));

        Api.Response me = api().get("/api/v1/me", tokens.text("accessToken"));
        assertEquals(200, me.status(), me.body());
        assertEquals("SPECIALIST", me.text("role"));
        assertEquals("Văn phòng Tỉnh ủy", me.json().get("office").get("nameVi").getStringValue());
        assertEquals("Provincial Party Committee Office", me.json().get("office").get("nameEn").getStringValue());
        assertEquals(world.code(), me.json().get("jurisdiction").get("code").getStringValue());
        assertTrue(me.json().get("unit").isNull(), "unit is explicitly null for office roles");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Fixtures.World world = fixtures.world();
        Api.Response wrongPassword = login(world.specialist(), "nope-nope");
        Api.Response unknownUser = login("khong.ton.tai." + world.code().toLowerCase(), "nope-nope");
        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownUser.status());
        assertEquals("application/problem+json", wrongPassword.contentType());
        assertEquals("urn:lienthong:problem:invalid-credentials", wrongPassword.text("type"));
        assertEquals(wrongPassword.text("type"), unknownUser.text("type"));
        assertEquals(wrongPassword.text("detail"), unknownUser.text("detail"));
    }

    @Test
    void repeatedFailuresLockTheUsernameUntilTheLockoutEnds() {
        Fixtures.World world = fixtures.world();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(world.leader(), "wrong-" + i).status());
        }
        Api.Response locked = login(world.leader(), Fixtures.PASSWORD);
        assertEquals(429, locked.status(), "even the right password is refused while locked");
        assertEquals("urn:lienthong:problem:too-many-requests", locked.text("type"));
        assertNotNull(locked.headers().get("Retry-After"));

        clock.advance(Duration.ofMinutes(16));
        assertEquals(200, login(world.leader(), Fixtures.PASSWORD).status(), "the injectable clock moved past the lock");
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenEndsTheSession() {
        Fixtures.World world = fixtures.world();
        String first = login(world.specialist(), Fixtures.PASSWORD).text("refreshToken");

        Api.Response rotated = api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first + "\"}");
        assertEquals(200, rotated.status(), rotated.body());
        String second = rotated.text("refreshToken");
        assertNotEquals(first, second);
        assertEquals(200, api().get("/api/v1/me", rotated.text("accessToken")).status());

        Api.Response reuse = api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first + "\"}");
        assertEquals(401, reuse.status());
        assertEquals("urn:lienthong:problem:invalid-token", reuse.text("type"));
        assertEquals(401, api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + second + "\"}").status(),
                "reuse of a rotated token revokes the whole family");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        Fixtures.World world = fixtures.world();
        String refresh = login(world.specialist(), Fixtures.PASSWORD).text("refreshToken");
        assertEquals(204, api().postJson("/api/v1/auth/logout", null, "{\"refreshToken\":\"" + refresh + "\"}").status());
        assertEquals(401, api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}").status());
    }

    @Test
    void refreshTokensAreStoredOnlyAsHashes() {
        Fixtures.World world = fixtures.world();
        String refresh = login(world.specialist(), Fixtures.PASSWORD).text("refreshToken");
        assertEquals(0, fixtures.count("SELECT count(*) FROM refresh_token WHERE token_hash = ?", refresh));
        assertEquals(1, fixtures.count("SELECT count(*) FROM refresh_token WHERE token_hash = ?", vn.lienthong.kernel.web.Sha256.hex(refresh)));
    }

    @Test
    void passwordsAreStoredWithBcrypt() {
        Fixtures.World world = fixtures.world();
        assertEquals(1, fixtures.count("SELECT count(*) FROM app_user WHERE username = ? AND password_hash LIKE '$2a$%'", world.specialist()));
    }

    @Test
    void requestsWithoutATokenGetProblem401() {
        Api.Response response = api().get("/api/v1/me", null);
        assertEquals(401, response.status());
        assertEquals("application/problem+json", response.contentType());
        assertEquals("urn:lienthong:problem:unauthenticated", response.text("type"));
        assertEquals(401, api().get("/api/v1/me", "not.a.jwt").status());
    }

    private Api.Response clientToken(String clientId, String secret, String scope) {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret + (scope == null ? "" : "&scope=" + scope);
        return api().send(HttpRequest.POST("/api/v1/auth/token", form).contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }

    @Test
    void machineClientGetsAScopedTokenThatCanReadPublicDataButNeverActAsAPerson() {
        Fixtures.World world = fixtures.world();
        String clientId = fixtures.machineClient(world, "public:read", "petitions:submit");
        Api.Response token = clientToken(clientId, Fixtures.PASSWORD, null);
        assertEquals(200, token.status(), token.body());
        assertEquals("public:read petitions:submit", token.text("scope"));
        String access = token.text("access_token");

        assertEquals(200, api().get("/api/v1/units", access).status(), "public:read lists units");
        assertEquals(403, api().get("/api/v1/me", access).status(), "a machine is not a person");
        assertEquals(403, api().get("/api/v1/notifications", access).status());
        assertEquals(403, api().postJson("/api/v1/units", access,
                "{\"code\":\"MX\",\"name\":\"Máy tạo\",\"kind\":\"OTHER\",\"validFrom\":\"2026-01-01\"}").status());
    }

    @Test
    void machineClientWithoutPublicReadCannotList() {
        Fixtures.World world = fixtures.world();
        String clientId = fixtures.machineClient(world, "petitions:submit");
        String access = clientToken(clientId, Fixtures.PASSWORD, null).text("access_token");
        assertEquals(403, api().get("/api/v1/units", access).status());
    }

    @Test
    void machineClientCannotAskForScopesItWasNotGrantedNorUseAWrongSecret() {
        Fixtures.World world = fixtures.world();
        String clientId = fixtures.machineClient(world, "public:read");
        assertEquals(400, clientToken(clientId, Fixtures.PASSWORD, "petitions:submit").status());
        Api.Response wrong = clientToken(clientId, "wrong-secret", null);
        assertEquals(401, wrong.status());
        assertNull(wrong.text("access_token"));
    }
}
