package vn.lienthong.kernel.attachment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class AttachmentsApiTest extends ApiTestBase {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Api.Response upload(String token, String name, String type, byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.of(type), content).build();
        return api().send(HttpRequest.POST("/api/v1/attachments", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
    }

    @Test
    void uploadStoresTheChecksumAndTheOwningOfficeCanDownloadTheSameBytes() throws Exception {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        Api.Response stored = upload(token, "Biên bản họp.pdf", "application/pdf", PDF);
        assertEquals(201, stored.status(), stored.body());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), stored.text("sha256"));
        assertEquals(PDF.length, stored.json().get("sizeBytes").getIntValue());
        assertEquals("Biên bản họp.pdf", stored.text("fileName"));

        Api.Response download = api().get("/api/v1/attachments/" + stored.text("id") + "/content", token);
        assertEquals(200, download.status());
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), download.body());
        assertEquals("\"" + stored.text("sha256") + "\"", download.headers().get("ETag"));
    }

    @Test
    void anotherOfficesUserGets404() {
        Fixtures.World world = fixtures.world();
        String id = upload(login(world.specialist()), "a.pdf", "application/pdf", PDF).text("id");
        assertEquals(404, api().get("/api/v1/attachments/" + id, login(world.otherOfficeSpecialist())).status());
        assertEquals(404, api().get("/api/v1/attachments/" + id + "/content", login(world.otherOfficeSpecialist())).status());
        assertEquals(200, api().get("/api/v1/attachments/" + id, login(world.leader())).status(), "same office");
    }

    @Test
    void typesOutsideTheListAndDisguisedFilesAre415AndNothingIsStored() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        long before = fixtures.count("SELECT count(*) FROM attachment WHERE jurisdiction_id = ?", world.jurisdictionId());
        Api.Response exe = upload(token, "virus.exe", "application/x-msdownload", new byte[]{'M', 'Z', 0, 0});
        assertEquals(415, exe.status(), exe.body());
        Api.Response disguised = upload(token, "not-really.pdf", "application/pdf", "hello, I am text".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, disguised.status(), disguised.body());
        assertEquals(before, fixtures.count("SELECT count(*) FROM attachment WHERE jurisdiction_id = ?", world.jurisdictionId()));
    }

    @Test
    void filesOverTheLimitAre413() {
        Fixtures.World world = fixtures.world();
        byte[] big = new byte[1024 * 1024 + 10];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        Api.Response response = upload(login(world.specialist()), "big.pdf", "application/pdf", big);
        assertEquals(413, response.status(), response.body());
        assertEquals("urn:lienthong:problem:payload-too-large", response.text("type"));
    }
}
