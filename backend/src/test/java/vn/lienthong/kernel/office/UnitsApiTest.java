package vn.lienthong.kernel.office;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel's mechanisms, exercised on units: versions, idempotency, paging, search, tenancy, audit, notifications. */
@MicronautTest(transactional = false)
class UnitsApiTest extends ApiTestBase {

    private static String unitJson(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"DEPARTMENT\",\"validFrom\":\"2020-01-01\"}";
    }

    private Api.Response put(String id, String token, String ifMatch, String body) {
        var request = HttpRequest.PUT("/api/v1/units/" + id, body).contentType("application/json").bearerAuth(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(request);
    }

    @Test
    void updatesNeedIfMatchAndAStaleVersionGets412() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        Api.Response created = api().postJson("/api/v1/units", admin, unitJson("SXD", "Sở Xây dựng"));
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        String etag = api().get("/api/v1/units/" + id, admin).headers().get("ETag");
        assertEquals("\"0\"", etag);

        Api.Response noIfMatch = put(id, admin, null, unitJson("SXD", "Sở Xây dựng Hà Nội"));
        assertEquals(428, noIfMatch.status());
        assertEquals("urn:lienthong:problem:precondition-required", noIfMatch.text("type"));

        Api.Response first = put(id, admin, etag, unitJson("SXD", "Sở Xây dựng thành phố"));
        assertEquals(200, first.status(), first.body());
        assertEquals("\"1\"", first.headers().get("ETag"));

        Api.Response stale = put(id, admin, etag, unitJson("SXD", "Ghi đè lên thay đổi của người khác"));
        assertEquals(412, stale.status());
        assertEquals("urn:lienthong:problem:stale-version", stale.text("type"));
        assertEquals("Sở Xây dựng thành phố", api().get("/api/v1/units/" + id, admin).text("name"), "the stale write changed nothing");
    }

    @Test
    void aReplayedIdempotencyKeyCreatesOneRowUnderTwentyConcurrentRequests() throws Exception {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        String key = UUID.randomUUID().toString();
        String body = unitJson("SVHTT", "Sở Văn hóa, Thể thao");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Callable<Api.Response> call = () -> {
                start.await();
                return api().send(HttpRequest.POST("/api/v1/units", body).contentType("application/json").bearerAuth(admin).header("Idempotency-Key", key));
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        int replayed = 0;
        for (Future<Api.Response> future : futures) {
            Api.Response response = future.get();
            assertEquals(201, response.status(), response.body());
            ids.add(response.text("id"));
            if ("true".equals(response.headers().get("Idempotent-Replayed"))) {
                replayed++;
            }
        }
        pool.shutdown();
        assertEquals(1, ids.size(), "every retry returns the first result");
        assertEquals(19, replayed);
        assertEquals(1, fixtures.count("SELECT count(*) FROM unit WHERE jurisdiction_id = ? AND code = 'SVHTT'", world.jurisdictionId()));
    }

    @Test
    void theSameIdempotencyKeyWithADifferentBodyIs422() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        String key = UUID.randomUUID().toString();
        assertEquals(201, api().send(HttpRequest.POST("/api/v1/units", unitJson("STC", "Sở Tài chính")).contentType("application/json")
                .bearerAuth(admin).header("Idempotency-Key", key)).status());
        Api.Response other = api().send(HttpRequest.POST("/api/v1/units", unitJson("STP", "Sở Tư pháp")).contentType("application/json")
                .bearerAuth(admin).header("Idempotency-Key", key));
        assertEquals(422, other.status());
        assertEquals("urn:lienthong:problem:idempotency-key-reused", other.text("type"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM unit WHERE jurisdiction_id = ? AND code = 'STP'", world.jurisdictionId()));
    }

    @Test
    void anotherJurisdictionsUserGets404OnAUnitById() {
        Fixtures.World mine = fixtures.world();
        Fixtures.World theirs = fixtures.world();
        String id = api().postJson("/api/v1/units", login(mine.admin()), unitJson("SGD", "Sở Giáo dục")).text("id");
        Api.Response probe = api().get("/api/v1/units/" + id, login(theirs.specialist()));
        assertEquals(404, probe.status());
        assertEquals("urn:lienthong:problem:not-found", probe.text("type"));
        Api.Response list = api().get("/api/v1/units?q=giao%20duc", login(theirs.specialist()));
        assertEquals(0, list.json().get("totalItems").getIntValue(), "lists are scoped by jurisdiction too");
        assertEquals(403, api().postJson("/api/v1/units", login(mine.specialist()), unitJson("SVH", "Sở Văn hóa")).status(),
                "only administrators maintain units");
    }

    @Test
    void searchIgnoresVietnameseDiacriticsAndCase() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        api().postJson("/api/v1/units", admin, unitJson("P-HN", "Phường Hà Nội Đông"));
        api().postJson("/api/v1/units", admin, unitJson("P-DN", "Phường Đà Nẵng"));
        assertEquals(1, api().get("/api/v1/units?q=ha%20noi", admin).json().get("totalItems").getIntValue());
        assertEquals(1, api().get("/api/v1/units?q=DA%20NANG", admin).json().get("totalItems").getIntValue());
        assertEquals(1, api().get("/api/v1/units?q=H%C3%A0%20N%E1%BB%99i", admin).json().get("totalItems").getIntValue(), "with diacritics too");
        assertEquals(0, api().get("/api/v1/units?q=100%25", admin).json().get("totalItems").getIntValue(), "LIKE wildcards are literal");
    }

    @Test
    void pagingHasAHardMaximumAndAWhitelistedSort() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        for (int i = 0; i < 5; i++) {
            api().postJson("/api/v1/units", admin, unitJson("U" + i, "Đơn vị " + (char) ('E' - i)));
        }
        Api.Response page = api().get("/api/v1/units?size=2&page=1&sort=-code", admin);
        assertEquals(200, page.status(), page.body());
        assertEquals(7, page.json().get("totalItems").getIntValue(), "five new units and the fixture's two");
        assertEquals(4, page.json().get("totalPages").getIntValue());
        assertEquals("U2", page.json().get("items").get(0).get("code").getStringValue());

        Api.Response tooBig = api().get("/api/v1/units?size=101", admin);
        assertEquals(400, tooBig.status());
        assertTrue(tooBig.body().contains("\"field\":\"size\""), tooBig.body());
        Api.Response badSort = api().get("/api/v1/units?sort=password", admin);
        assertEquals(400, badSort.status());
        assertTrue(badSort.body().contains("\"field\":\"sort\""));
    }

    @Test
    void updatedSinceReturnsOnlyLaterChanges() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        Api.Response created = api().postJson("/api/v1/units", admin, unitJson("SKH", "Sở Khoa học"));
        String since = created.text("updatedAt");
        clock.advance(java.time.Duration.ofMinutes(5));
        try {
            String id = created.text("id");
            put(id, admin, "\"0\"", unitJson("SKH", "Sở Khoa học và Công nghệ"));
            String later = java.net.URLEncoder.encode(java.time.OffsetDateTime.parse(since).plusMinutes(1).toString(), java.nio.charset.StandardCharsets.UTF_8);
            Api.Response changed = api().get("/api/v1/units?updatedSince=" + later, admin);
            assertEquals(1, changed.json().get("totalItems").getIntValue(), changed.body());
            assertEquals("SKH", changed.json().get("items").get(0).get("code").getStringValue());
        } finally {
            clock.reset();
        }
    }

    @Test
    void theAuditTrailRecordsWhoChangedWhatAndAdminsCanReadIt() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        String id = api().postJson("/api/v1/units", admin, unitJson("SCT", "Sở Công Thương")).text("id");
        put(id, admin, "\"0\"", unitJson("SCT", "Sở Công Thương thành phố"));

        Api.Response events = api().get("/api/v1/audit-events?entityType=unit&entityId=" + id, admin);
        assertEquals(200, events.status(), events.body());
        assertEquals(2, events.json().get("totalItems").getIntValue());
        var update = events.json().get("items").get(0);
        assertEquals("UPDATE", update.get("action").getStringValue());
        assertEquals("Quản Trị Viên", update.get("actorName").getStringValue());
        assertEquals("Sở Công Thương", update.get("changes").get("name").get("from").getStringValue());
        assertEquals("Sở Công Thương thành phố", update.get("changes").get("name").get("to").getStringValue());
        assertEquals("CREATE", events.json().get("items").get(1).get("action").getStringValue());
    }

    @Test
    void changingAUnitNotifiesEveryOfficeInTheSameTransaction() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        String specialist = login(world.specialist());
        String other = login(world.otherOfficeSpecialist());
        long before = api().get("/api/v1/notifications/unread-count", specialist).json().get("count").getLongValue();

        String id = api().postJson("/api/v1/units", admin, unitJson("SDL", "Sở Du lịch")).text("id");
        put(id, admin, "\"0\"", unitJson("SDL", "Sở Du lịch Hà Nội"));
        assertEquals(before + 1, api().get("/api/v1/notifications/unread-count", specialist).json().get("count").getLongValue());

        Api.Response stale = put(id, admin, "\"0\"", unitJson("SDL", "Không được lưu"));
        assertEquals(412, stale.status());
        assertEquals(before + 1, api().get("/api/v1/notifications/unread-count", specialist).json().get("count").getLongValue(),
                "a rejected change notifies nobody");

        Api.Response inbox = api().get("/api/v1/notifications?unread=true", other);
        String notificationId = inbox.json().get("items").get(0).get("id").getStringValue();
        assertEquals("UNIT_CHANGED", inbox.json().get("items").get(0).get("kind").getStringValue());
        assertEquals(204, api().send(HttpRequest.POST("/api/v1/notifications/" + notificationId + "/read", "").bearerAuth(other)).status());
        assertEquals(0, api().get("/api/v1/notifications/unread-count", other).json().get("count").getLongValue());
        assertEquals(before + 1, api().get("/api/v1/notifications/unread-count", specialist).json().get("count").getLongValue(),
                "read state is per person, even for an office-wide notification");
        assertNotEquals(0, fixtures.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = 'unit.updated'", id));
    }

    @Test
    void aNotificationOfAnotherOfficeCannotBeMarkedRead() {
        Fixtures.World world = fixtures.world();
        Fixtures.World elsewhere = fixtures.world();
        String admin = login(world.admin());
        String id = api().postJson("/api/v1/units", admin, unitJson("SLD", "Sở Lao động")).text("id");
        put(id, admin, "\"0\"", unitJson("SLD", "Sở Lao động thành phố"));
        String notificationId = api().get("/api/v1/notifications", login(world.specialist())).json().get("items").get(0).get("id").getStringValue();
        Api.Response probe = api().send(HttpRequest.POST("/api/v1/notifications/" + notificationId + "/read", "").bearerAuth(login(elsewhere.specialist())));
        assertEquals(404, probe.status());
    }
}
