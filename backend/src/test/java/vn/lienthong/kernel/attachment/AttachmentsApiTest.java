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

    private long attachments(Fixtures.World world) {
        return fixtures.count("SELECT count(*) FROM attachment WHERE jurisdiction_id = ?", world.jurisdictionId());
    }

    /** The files in the test storage directory, temporary ones included: a refused upload must leave none behind. */
    private static long storedFiles() throws IOException {
        Path root = Path.of("target/test-attachments");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void assertRefusedAsFile(Api.Response response) {
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.contentType());
        assertEquals("urn:lienthong:problem:validation", response.text("type"));
        assertEquals("file", response.json().get("errors").get(0).get("field").getStringValue(), response.body());
    }

    @Test
    void aProgramRenamedTxtIs400AndNothingIsStored() throws IOException {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        long rows = attachments(world);
        long files = storedFiles();
        assertRefusedAsFile(upload(token, "hoa-don.txt", "text/plain", ELF));
        assertEquals(rows, attachments(world), "no row");
        assertEquals(files, storedFiles(), "no file, not even a temporary one");
    }

    @Test
    void aProgramRenamedCsvIs400() {
        Fixtures.World world = fixtures.world();
        long rows = attachments(world);
        assertRefusedAsFile(upload(login(world.specialist()), "danh-sach.csv", "text/csv", ELF));
        assertEquals(rows, attachments(world));
    }

    @Test
    void textThatIsNotUtf8OrHoldsControlCharactersIs400() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        long rows = attachments(world);
        // "Biên bản" in Windows-1258 (ê is 0xEA, ả is d + a combining hook): not UTF-8
        assertRefusedAsFile(upload(token, "bien-ban.txt", "text/plain", new byte[]{'B', 'i', (byte) 0xEA, 'n', ' ', 'b', 'a', (byte) 0xD2, 'n'}));
        // a multi-byte sequence cut off at the end of the file
        assertRefusedAsFile(upload(token, "cut.txt", "text/plain", new byte[]{'a', 'b', (byte) 0xE1, (byte) 0xBA}));
        // an overlong encoding of '/', which a lax decoder turns into a slash
        assertRefusedAsFile(upload(token, "overlong.csv", "text/csv", new byte[]{'a', (byte) 0xC0, (byte) 0xAF}));
        // valid UTF-8 but a NUL, or an escape character, after the first bytes
        assertRefusedAsFile(upload(token, "nul.txt", "text/plain", ("a".repeat(20000) + "\u0000").getBytes(StandardCharsets.UTF_8)));
        assertRefusedAsFile(upload(token, "esc.csv", "text/csv", "a,b\r\n\u001b[31mc,d\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(rows, attachments(world));
    }

    @Test
    void vietnameseUtf8TextIsAcceptedWithOrWithoutBom() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        String text = "Họ và tên,Đơn vị\tGhi chú\r\nNguyễn Thị Hằng,Sở Nội vụ\tĐã xử lý\f\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Api.Response plain = upload(token, "ghi-chu.txt", "text/plain", utf8);
        assertEquals(201, plain.status(), plain.body());
        assertEquals("text/plain", plain.text("contentType"));
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Api.Response csv = upload(token, "danh-sach.csv", "text/csv", withBom);
        assertEquals(201, csv.status(), csv.body());
        Api.Response download = api().get("/api/v1/attachments/" + plain.text("id") + "/content", token);
        assertEquals(text, download.body(), "the same bytes come back");
    }

    @Test
    void aRightToLeftOverrideIsNeitherStoredNorServed() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        // shown by a browser as "invoiceexe.txt", but ends in .exe
        Api.Response stored = upload(token, "invoice\u202etxt.exe", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, stored.status(), stored.body());
        assertEquals("invoicetxt.exe", stored.text("fileName"));
        assertEquals("invoicetxt.exe", api().get("/api/v1/attachments/" + stored.text("id"), token).text("fileName"));
        String disposition = api().get("/api/v1/attachments/" + stored.text("id") + "/content", token).headers().get("Content-Disposition");
        assertFalse(disposition.contains("%E2%80%AE"), disposition);
        assertEquals("invoicetxt.exe", dispositionParameters(disposition).get("filename*"));

        Api.Response isolates = upload(token, "a\u2066b\u2069\u200f\u061c\u200bc\u0085d.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals("abcd.txt", isolates.text("fileName"), "isolates, marks, zero-width and C1 controls go too");
    }

    @Test
    void dotNamesAndNamesWithNothingLeftGetTheDefaultName() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        assertEquals("tep-dinh-kem.pdf", upload(token, ".", "application/pdf", PDF).text("fileName"));
        assertEquals("tep-dinh-kem.txt", upload(token, "..", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).text("fileName"));
        assertEquals("tep-dinh-kem.csv", upload(token, "reports/..", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8)).text("fileName"));
        assertEquals("tep-dinh-kem.pdf", upload(token, "\u202e . .", "application/pdf", PDF).text("fileName"));
    }

    /**
     * A multipart body written by hand, with the part's Content-Disposition parameter exactly as given: browsers and
     * curl write a double quote in a file name as %22 (HTML's form encoding, RFC 7578 section 4.2), older curl as \\",
     * the Netty and Micronaut clients not at all.
     */
    private Api.Response uploadRaw(String token, String filenameParameter, String type, byte[] content) {
        String boundary = "----lienthong-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; " + filenameParameter
                + "\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        // the Micronaut client only sends a MultipartBody it wrote itself
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/v1/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(response.statusCode() < 300 ? "application/json" : "application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(""));
            return new Api.Response(response.statusCode(), response.body(), null, jsonMapper);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertDownloadsUnderItsName(String token, Api.Response stored) {
        String name = stored.text("fileName");
        Api.Response download = api().get("/api/v1/attachments/" + stored.text("id") + "/content", token);
        assertEquals(200, download.status());
        Map<String, String> parameters = dispositionParameters(download.headers().get("Content-Disposition"));
        assertEquals(List.of("attachment", "filename", "filename*"), List.copyOf(parameters.keySet()), download.headers().get("Content-Disposition"));
        assertEquals(name, parameters.get("filename*"), "the UTF-8 name is the stored one");
        assertEquals(name, parameters.get("filename"), "the ASCII name too (it holds no diacritics)");
    }

    @Test
    void aNameWithAQuoteAndASemicolonIsAcceptedCleanAndDownloadsUnderThatName() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
        // what a browser and curl send for quote"semi;colon.txt; Netty's decoder turns the ; in a file name into a space
        Api.Response browser = uploadRaw(token, "filename=\"quote%22semi;colon.txt\"", "text/plain", hello);
        assertEquals(201, browser.status(), browser.body());
        assertEquals("quote%22semi colon.txt", browser.text("fileName"));
        assertDownloadsUnderItsName(token, browser);

        // the quoted-pair form: Netty keeps the backslash and drops the quote, and a backslash ends a (Windows) path
        Api.Response escaped = uploadRaw(token, "filename=\"quote\\\"semi;colon.txt\"", "text/plain", hello);
        assertEquals(201, escaped.status(), escaped.body());
        assertEquals("semi colon.txt", escaped.text("fileName"));
        assertDownloadsUnderItsName(token, escaped);
    }

    @Test
    void aNameWithAnUnescapedQuoteAndASemicolonIs400NotA500() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        long rows = attachments(world);
        // the Micronaut client writes filename="quote"semi;colon.txt": the ; ends the parameter outside any quotes
        Api.Response response = upload(token, "quote\"semi;colon.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.contentType());
        assertEquals("urn:lienthong:problem:malformed-request", response.text("type"));
        assertEquals(400, uploadRaw(token, "filename=\"quote\"semi;colon.txt\"", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(rows, attachments(world));
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
