package vn.lienthong.kernel.attachment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AttachmentsApiTest extends ApiTestBase {
    @Inject
    EmbeddedServer server;

    /** The first bytes of an ELF executable (a Linux program): magic, 64-bit, little-endian, then NULs and the header. */
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0, 0x40, 0x10, 0x40, 0, 0, 0, 0, 0};
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

    /**
     * Content-Disposition read the way RFC 6266 says (the disposition type, then `;`-separated parameters, quoted strings
     * with backslash escapes, `filename*` as RFC 8187 UTF-8 percent-encoding): a header a name could break yields other
     * parameters than the two.
     */
    static Map<String, String> dispositionParameters(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            assertTrue(c >= 0x20 && c < 0x7F, "the header is printable ASCII: " + header);
            if (quoted && c == '\\') {
                part.append(c).append(header.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                part.append(c);
            } else if (c == ';' && !quoted) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        assertFalse(quoted, "unbalanced quotes: " + header);
        parts.add(part.toString().strip());
        out.put(parts.get(0), "");
        for (String p : parts.subList(1, parts.size())) {
            int eq = p.indexOf('=');
            assertTrue(eq > 0, "a parameter without a value: " + header);
            String key = p.substring(0, eq).strip();
            String value = p.substring(eq + 1).strip();
            if (key.endsWith("*")) {
                assertTrue(value.startsWith("UTF-8''"), header);
                String encoded = value.substring("UTF-8''".length());
                assertTrue(encoded.matches("([A-Za-z0-9!#$&+.^_`|~-]|%[0-9A-F]{2})*"), "only attr-chars and %XX: " + encoded);
                value = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            } else if (value.startsWith("\"")) {
                value = value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
            }
            assertFalse(out.containsKey(key), "a parameter twice: " + header);
            out.put(key, value);
        }
        return out;
    }
}
