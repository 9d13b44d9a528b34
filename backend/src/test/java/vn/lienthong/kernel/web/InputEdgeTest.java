package vn.lienthong.kernel.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One regression test per defect of issue 23 points 1 and 3, found from outside: each answered 500 or was accepted
 * although the contract refuses it. ContractFuzzTest covers the same classes for every operation; these name them.
 */
@MicronautTest(transactional = false)
class InputEdgeTest extends ApiTestBase {

    private static final String CLASH = "{\"periodKind\":\"WEEK\",\"startsAt\":\"2026-12-08T08:00:00+07:00\",\"endsAt\":\"2026-12-08T10:00:00+07:00\",\"allDay\":false}";

    /** A 400 problem whose errors name exactly these fields. */
    private static void refused(Api.Response response, String... fields) {
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.contentType());
        List<String> named = new ArrayList<>();
        for (JsonNode error : response.json().get("errors").values()) {
            named.add(error.get("field").getStringValue());
        }
        assertEquals(List.of(fields), named, response.body());
    }

    @Test
    void aNulInAQueryParameterIsRefusedNotSentToPostgres() {
        String token = login(fixtures.world().specialist());
        refused(api().get("/api/v1/petitions?q=a%00b", token), "q");
        refused(api().get("/api/v1/notifications?q=%1B%5B31m", token), "q");
    }

    @Test
    void datesOutsideTheYears1900To2200AreRefusedNotOverflowed() {
        String token = login(fixtures.world().specialist());
        refused(api().get("/api/v1/calendar-items/weekly-schedule?weekOf=-999999999-01-01", token), "weekOf");
        refused(api().get("/api/v1/calendar-items/weekly-schedule?weekOf=%2B999999999-12-31", token), "weekOf");
        refused(api().get("/api/v1/programme-deadlines?on=2300-01-01", token), "on");
        assertEquals(200, api().get("/api/v1/programme-deadlines?on=2200-12-31", token).status());
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace("2026-12-08T10:00:00+07:00", "+1000000000-12-31T23:59:59.999999999Z")), "endsAt");
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace("2026-12-08T10:00:00+07:00", "2026-12-08T10:00:00")), "endsAt");
        assertEquals(200, api().postJson("/api/v1/clash-checks", token, CLASH).status());
    }

    @Test
    void aMalformedOrRepeatedFormBodyOnTheTokenEndpointIsA400() {
        refused(form("%%%zz"), "body");
        refused(form("grant_type=client_credentials&client_id=a%00b&client_secret=x"), "client_id");
        refused(form("grant_type=client_credentials&grant_type=password&client_id=x&client_secret=x"), "grant_type");
    }

    private Api.Response form(String body) {
        return api().send(HttpRequest.POST("/api/v1/auth/token", body).contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }

    @Test
    void jsonTypesAreAsStrictAsTheContract() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        // an array where the contract says string
        refused(api().postJson("/api/v1/auth/login", null, "{\"username\":[\"" + world.specialist() + "\"],\"password\":\"" + Fixtures.PASSWORD + "\"}"), "username");
        // a string for a boolean, and a required boolean left out
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace("\"allDay\":false", "\"allDay\":\"false\"")), "allDay");
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace(",\"allDay\":false", "")), "allDay");
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace("\"allDay\":false", "\"allDay\":null")), "allDay");
        // an enum in an array, a string for an array, and a bad item named by its index
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace("\"WEEK\"", "[\"WEEK\"]")), "periodKind");
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace("}", ",\"leaderIds\":\"x\"}")), "leaderIds");
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace("}", ",\"leaderIds\":[12]}")), "leaderIds[0]");
        // a NUL in a JSON string, and JSON that is no object
        refused(api().postJson("/api/v1/clash-checks", token, CLASH.replace("}", ",\"venue\":\"Hội trường\\u0000A\"}")), "venue");
        refused(api().postJson("/api/v1/clash-checks", token, "null"), "body");
        refused(api().postJson("/api/v1/clash-checks", token, "{\"periodKind\":"), "body");
    }

    @Test
    void wholeNumbersAreWholeAndNumbers() {
        String token = login(fixtures.world().unitOfficer());
        // read before the task is looked up: each is refused on the field, not answered "task not found"
        for (String percent : new String[]{"\"50\"", "50.5", "true", "99999999999999999999"}) {
            refused(api().postJson("/api/v1/conclusion-tasks/" + java.util.UUID.randomUUID() + "/progress-reports", token,
                    "{\"percent\":" + percent + ",\"content\":\"Đã triển khai\"}"), "percent");
        }
    }

    @Test
    void booleanQueryFlagsTakeOnlyTrueOrFalse() {
        String token = login(fixtures.world().specialist());
        refused(api().get("/api/v1/notifications?unread=maybe", token), "unread");
        refused(api().get("/api/v1/petitions?open=1", token), "open");
        assertEquals(200, api().get("/api/v1/notifications?unread=true", token).status());
    }

    @Test
    void anIdempotencyKeyOverItsLimitIsNamedEvenWhenTheBodyIsBadToo() {
        String token = login(fixtures.world().specialist());
        Api.Response response = api().send(HttpRequest.POST("/api/v1/meetings", "{}").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "k".repeat(201)).bearerAuth(token));
        assertEquals(400, response.status(), response.body());
        assertTrue(response.body().contains("\"field\":\"Idempotency-Key\""), response.body());
    }
}
