package vn.lienthong.kernel.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Access tokens carry this system's issuer and audience and are refused with another, without one, or before their
 * not-before time. The tokens here are signed with the real (test) secret, so only the claims make the difference.
 */
@MicronautTest(transactional = false)
class TokenClaimsTest extends ApiTestBase {
    @Inject
    @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String secret;

    /** The defaults of lienthong.auth.issuer and lienthong.auth.audience. */
    private static final String ISSUER = "urn:lienthong";
    private static final String AUDIENCE = "urn:lienthong:api";

    /** The claims of a real access token of the specialist, changed by {@code change} and signed again. */
    private String forged(Fixtures.World world, UnaryOperator<JWTClaimsSet.Builder> change) throws ParseException, JOSEException {
        JWTClaimsSet real = SignedJWT.parse(login(world.specialist())).getJWTClaimsSet();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), change.apply(new JWTClaimsSet.Builder(real)).build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private void assertRefused(String token) {
        assertRefused(token, "refused");
    }

    private void assertRefused(String token, String why) {
        Api.Response me = api().get("/api/v1/me", token);
        assertEquals(401, me.status(), why + ": " + me.body());
        assertEquals("application/problem+json", me.contentType());
        assertEquals("urn:lienthong:problem:unauthenticated", me.text("type"));
    }

    @Test
    void issuedTokensCarryTheIssuerAudienceAndTimes() throws ParseException {
        Fixtures.World world = fixtures.world();
        JWTClaimsSet claims = SignedJWT.parse(login(world.specialist())).getJWTClaimsSet();
        assertEquals(ISSUER, claims.getIssuer());
        assertEquals(List.of(AUDIENCE), claims.getAudience());
        assertNotNull(claims.getNotBeforeTime());
        assertNotNull(claims.getExpirationTime());
    }

    @Test
    void theRealSecretAndUnchangedClaimsAreAccepted() throws Exception {
        Fixtures.World world = fixtures.world();
        assertEquals(200, api().get("/api/v1/me", forged(world, b -> b)).status(), "the forging itself is sound");
        assertEquals(200, api().get("/api/v1/me", forged(world, b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(20))))).status(),
                "a not-before within the clock skew (another replica's clock a little ahead)");
    }

    @Test
    void aTokenNotValidYetIs401() throws Exception {
        Fixtures.World world = fixtures.world();
        assertRefused(forged(world, b -> b.notBeforeTime(Date.from(Instant.now().plus(Duration.ofHours(1))))));
        assertRefused(forged(world, b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(120)))));
    }

    @Test
    void aTokenOfAnotherIssuerOrWithoutOneIs401() throws Exception {
        Fixtures.World world = fixtures.world();
        assertRefused(forged(world, b -> b.issuer("https://sso.example.vn")));
        assertRefused(forged(world, b -> b.issuer("urn:other:" + ISSUER)), "ends with ours, as the framework's issuer check would accept");
        assertRefused(forged(world, b -> b.issuer("lienthong")), "the issuer the framework wrote before (the application name)");
        assertRefused(forged(world, b -> b.issuer(null)));
    }

    @Test
    void aTokenForAnotherAudienceOrWithoutOneIs401() throws Exception {
        Fixtures.World world = fixtures.world();
        assertRefused(forged(world, b -> b.audience("urn:lienthong:portal")));
        assertRefused(forged(world, b -> b.audience(List.of())));
        assertRefused(forged(world, b -> b.audience((String) null)));
        assertEquals(200, api().get("/api/v1/me", forged(world, b -> b.audience(List.of("urn:other", AUDIENCE)))).status(),
                "a token for several audiences, ours among them");
    }

    @Test
    void aTokenWithoutAnExpiryIs401() throws Exception {
        Fixtures.World world = fixtures.world();
        assertRefused(forged(world, b -> b.expirationTime(null)));
    }

    @Test
    void aRefreshedTokenAndAMachineTokenCarryTheSameClaimsAndWork() throws ParseException {
        Fixtures.World world = fixtures.world();
        String refresh = api().postJson("/api/v1/auth/login", null,
                "{\"username\":\"" + world.specialist() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}").text("refreshToken");
        Api.Response rotated = api().postJson("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}");
        assertEquals(200, rotated.status(), rotated.body());
        assertEquals(200, api().get("/api/v1/me", rotated.text("accessToken")).status());
        assertEquals(ISSUER, SignedJWT.parse(rotated.text("accessToken")).getJWTClaimsSet().getIssuer());

        String clientId = fixtures.machineClient(world, "public:read");
        Api.Response machine = api().send(io.micronaut.http.HttpRequest.POST("/api/v1/auth/token",
                        "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + Fixtures.PASSWORD)
                .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED));
        String access = machine.text("access_token");
        assertEquals(200, api().get("/api/v1/units", access).status());
        JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
        assertEquals(Map.of("iss", ISSUER, "aud", List.of(AUDIENCE)), Map.of("iss", claims.getIssuer(), "aud", claims.getAudience()));
    }
}
