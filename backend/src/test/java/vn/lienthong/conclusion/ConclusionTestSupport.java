package vn.lienthong.conclusion;

import io.micronaut.http.HttpRequest;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.time.LocalDate;
import java.util.UUID;

/** Building notices and tasks over the API, for the conclusion tests. */
abstract class ConclusionTestSupport extends ApiTestBase {

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String task(UUID lead, String deadline) {
        return task("Rà soát quy hoạch mạng lưới trường học", lead, null, deadline);
    }

    static String task(String content, UUID lead, UUID coordinating, String deadline) {
        String units = "{\"unitId\":\"" + lead + "\",\"role\":\"LEAD\"}" + (coordinating == null ? "" : ",{\"unitId\":\"" + coordinating + "\",\"role\":\"COORDINATING\"}");
        return "{\"content\":\"" + content + "\",\"expectedResult\":\"Báo cáo kết quả\",\"units\":[" + units + "],\"focalOfficer\":\"Nguyễn Văn Đầu Mối\","
                + "\"deadline\":" + (deadline == null ? "null" : "\"" + deadline + "\"") + "}";
    }

    static String notice(Fixtures.World world, String issuedOn, String... tasks) {
        return "{\"kind\":\"CONCLUDING_NOTICE\",\"number\":\"" + UUID.randomUUID().toString().substring(0, 8) + "-TB/UBND\",\"issuedOn\":\"" + issuedOn
                + "\",\"issuingBodyId\":\"" + world.body() + "\",\"signer\":\"Trần Văn Cường\",\"summary\":\"Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban\","
                + "\"tasks\":[" + String.join(",", tasks) + "]}";
    }

    /** Records a notice as the People's Committee Office specialist; returns the response. */
    Api.Response record(Fixtures.World world, String body) {
        return api().postJson("/api/v1/conclusions", login(world.otherOfficeSpecialist()), body);
    }

    String firstTaskId(Fixtures.World world, String documentId) {
        return api().get("/api/v1/conclusions/" + documentId + "/tasks", login(world.otherOfficeSpecialist())).json().get("items").get(0).get("id").getStringValue();
    }

    Api.Response action(String token, String taskId, String action, String body) {
        return api().send(HttpRequest.POST("/api/v1/conclusion-tasks/" + taskId + "/" + action, body).contentType("application/json").bearerAuth(token));
    }

    String status(String token, String taskId) {
        return api().get("/api/v1/conclusion-tasks/" + taskId, token).text("status");
    }
}
