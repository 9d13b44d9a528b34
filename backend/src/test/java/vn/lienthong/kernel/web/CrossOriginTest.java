package vn.lienthong.kernel.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser client on another origin (the e-portal) may call the API and read the headers it documents: the version
 * (ETag) for If-Match, a download's name, a replayed submission, how long to wait after too many attempts.
 */
@MicronautTest(transactional = false)
class CrossOriginTest extends ApiTestBase {
    /** Another port of this machine: Micronaut refuses a remote origin calling a server on localhost (DNS rebinding). */
    private static final String ORIGIN = "http://localhost:4300";

    @Test
    void aCrossOriginResponseExposesTheDocumentedHeaders() {
        Api.Response response = api().send(HttpRequest.GET("/health").header("Origin", ORIGIN));
        assertEquals(200, response.status());
        assertEquals(ORIGIN, response.headers().get("Access-Control-Allow-Origin"));
        List<String> exposed = Arrays.stream(String.join(",", response.headers().getAll("Access-Control-Expose-Headers")).split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String header : List.of("etag", "content-disposition", "idempotent-replayed", "retry-after")) {
            assertTrue(exposed.contains(header), header + " in " + exposed);
        }
    }

    @Test
    void aPreflightAllowsTheWritesAndTheirHeaders() {
        Api.Response preflight = api().send(HttpRequest.create(HttpMethod.OPTIONS, "/api/v1/portal/petitions")
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,if-match"));
        assertEquals(200, preflight.status(), preflight.toString());
        assertEquals(ORIGIN, preflight.headers().get("Access-Control-Allow-Origin"));
        String allowed = String.join(",", preflight.headers().getAll("Access-Control-Allow-Headers")).toLowerCase(Locale.ROOT);
        for (String header : List.of("authorization", "content-type", "idempotency-key", "if-match")) {
            assertTrue(allowed.contains(header), header + " in " + allowed);
        }
    }
}
