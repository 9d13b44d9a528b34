package vn.lienthong.kernel.office;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.Fixtures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of the organisation's administration, with every role and a machine client: a write is refused (403)
 * to everyone but the role it is for, who gets past security (here to a 400, since the body is empty: nothing is
 * written); the reads answer every person (and the e-portal where reference data is public).
 */
@MicronautTest(transactional = false)
class OrganisationRoleSweepTest extends OrgTestSupport {

    record Call(String method, String path, Set<String> allowed, int allowedStatus) {
    }

    @Test
    void everyNewEndpointWithEveryRole() {
        Fixtures.World w = fixtures.world();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("SPECIALIST", login(w.specialist()));
        tokens.put("OFFICE_LEADER", login(w.leader()));
        tokens.put("CHIEF_OF_OFFICE", login(chiefOfOffice(w)));
        tokens.put("UNIT_OFFICER", login(w.unitOfficer()));
        tokens.put("SYSTEM_ADMIN", login(w.admin()));
        tokens.put("NATIONAL_ADMIN", login(w.nationalAdmin()));
        tokens.put("MACHINE", machineToken(w));
        Api.Response leader = post("/api/v1/leaders", tokens.get("SYSTEM_ADMIN"), "{\"fullName\":\"Nguyễn Văn Quét\",\"titleVi\":\"Bí thư\",\"titleEn\":\"Secretary\","
                + "\"validFrom\":\"2025-01-01\"}", null);
        String leaderId = leader.text("id");
        Set<String> persons = Set.of("SPECIALIST", "OFFICE_LEADER", "CHIEF_OF_OFFICE", "UNIT_OFFICER", "SYSTEM_ADMIN", "NATIONAL_ADMIN");
        Set<String> everyone = Set.of("SPECIALIST", "OFFICE_LEADER", "CHIEF_OF_OFFICE", "UNIT_OFFICER", "SYSTEM_ADMIN", "NATIONAL_ADMIN", "MACHINE");
        Set<String> admin = Set.of("SYSTEM_ADMIN");
        Set<String> national = Set.of("NATIONAL_ADMIN");
        Set<String> administrators = Set.of("SYSTEM_ADMIN", "NATIONAL_ADMIN");
        List<Call> calls = List.of(
                new Call("GET", "/api/v1/jurisdictions", administrators, 200),
                new Call("GET", "/api/v1/jurisdictions/" + w.jurisdictionId(), administrators, 200),
                new Call("POST", "/api/v1/jurisdictions", national, 400),
                new Call("PUT", "/api/v1/jurisdictions/" + w.jurisdictionId(), national, 400),
                new Call("GET", "/api/v1/offices?active=true", everyone, 200),
                new Call("POST", "/api/v1/offices", admin, 400),
                new Call("PUT", "/api/v1/offices/" + w.partyOffice(), admin, 400),
                new Call("GET", "/api/v1/bodies/" + w.body(), everyone, 200),
                new Call("POST", "/api/v1/bodies", admin, 400),
                new Call("PUT", "/api/v1/bodies/" + w.body(), admin, 400),
                new Call("GET", "/api/v1/leaders/" + leaderId, everyone, 200),
                new Call("GET", "/api/v1/leaders/" + leaderId + "/positions", everyone, 200),
                new Call("POST", "/api/v1/leaders", admin, 400),
                new Call("PUT", "/api/v1/leaders/" + leaderId, admin, 400),
                new Call("POST", "/api/v1/leaders/" + leaderId + "/positions", admin, 400),
                new Call("POST", "/api/v1/units/" + w.unit() + "/merger", admin, 400));
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                MutableHttpRequest<?> request = switch (call.method()) {
                    case "GET" -> HttpRequest.GET(call.path());
                    case "POST" -> HttpRequest.POST(call.path(), "{}").contentType("application/json");
                    default -> HttpRequest.PUT(call.path(), "{}").contentType("application/json").header("If-Match", "\"0\"");
                };
                Api.Response response = api().send(request.bearerAuth(token.getValue()));
                int expected = call.allowed().contains(token.getKey()) ? call.allowedStatus() : 403;
                if (response.status() != expected) {
                    wrong.add(call.method() + " " + call.path() + " as " + token.getKey() + ": " + response.status() + " (expected " + expected + ")");
                }
                if (response.status() >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    wrong.add(call.method() + " " + call.path() + " as " + token.getKey() + ": no problem+json");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(persons.size() == 6);
        assertTrue(fixtures.count("SELECT count(*) FROM leader_position WHERE leader_id = ?", UUID.fromString(leaderId)) == 1, "nothing written by the sweep");
    }
}
