package vn.lienthong.kernel.attachment;

import org.junit.jupiter.api.Test;
import vn.lienthong.kernel.web.Downloads;
import vn.lienthong.kernel.web.FileNames;
import vn.lienthong.kernel.web.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentRulesTest {
    @Test
    void signaturesMustMatchTheDeclaredType() {
        assertDoesNotThrow(() -> AttachmentService.checkSignature("application/pdf", "%PDF-1.7".getBytes()));
        assertDoesNotThrow(() -> AttachmentService.checkSignature("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[]{'P', 'K', 3, 4, 0}));
        assertDoesNotThrow(() -> AttachmentService.checkSignature("text/csv", "a,b".getBytes()), "text types have no signature");
        assertThrows(ProblemException.class, () -> AttachmentService.checkSignature("application/pdf", "%PD".getBytes()), "too short");
        assertThrows(ProblemException.class, () -> AttachmentService.checkSignature("image/png", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    }

    @Test
    void fileNamesKeepOnlyTheirLastPathSegment() {
        assertEquals("passwd", FileNames.clean("../../etc/passwd", "text/plain"));
        assertEquals("b.pdf", FileNames.clean("a\\b.pdf", "application/pdf"));
        assertEquals("Biên bản.pdf", FileNames.clean("C:\\Users\\Lan\\Desktop\\Biên bản.pdf", "application/pdf"));
        assertEquals(255, FileNames.clean("x".repeat(300) + ".pdf", "application/pdf").length());
        assertTrue(FileNames.clean("x".repeat(300) + ".pdf", "application/pdf").endsWith("x.pdf"), "the extension survives");
        String emoji = FileNames.clean("😀".repeat(300), null);
        assertEquals(255, emoji.codePointCount(0, emoji.length()), "cut by characters, never inside a surrogate pair");
        assertTrue(Character.isHighSurrogate(emoji.charAt(0)));
    }

    @Test
    void fileNamesLoseControlAndFormatCharacters() {
        assertEquals("Biên bản.pdf", FileNames.clean("Biên\u0000 bản\r\n.pdf", "application/pdf"));
        assertEquals("invoicetxt.exe", FileNames.clean("invoice\u202etxt.exe", "text/plain"), "right-to-left override");
        for (int cp : new int[]{0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C, 0x200B, 0xFEFF, 0x00AD, 0x0085, 0x009B, 0x007F, 0x2028}) {
            assertEquals("ab.txt", FileNames.clean("a" + Character.toString(cp) + "b.txt", "text/plain"), "U+" + Integer.toHexString(cp));
        }
        assertEquals("a_b_c_.txt", FileNames.clean("a\"b<c>.txt", "text/plain"), "what Windows refuses in names");
        assertEquals("quote_semi;colon.txt", FileNames.clean("quote\"semi;colon.txt", "text/plain"));
        assertEquals("Biên bản.pdf", FileNames.clean("Bie\u0302n ba\u0309n.pdf", "application/pdf"), "decomposed (Mac) input is composed");
        assertEquals("Tiếng Việt 😀.txt", FileNames.clean("Tiếng Việt 😀.txt", "text/plain"), "other characters stay");
    }

    @Test
    void namesWithNothingLeftGetTheDefaultNameWithTheTypesExtension() {
        assertEquals("tep-dinh-kem.pdf", FileNames.clean(".", "application/pdf"));
        assertEquals("tep-dinh-kem.docx", FileNames.clean("..", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals("tep-dinh-kem.csv", FileNames.clean(" . . ", "text/csv; charset=utf-8"));
        assertEquals("tep-dinh-kem.jpg", FileNames.clean("photos/", "image/jpeg"));
        assertEquals("tep-dinh-kem.txt", FileNames.clean("\u202e\u200f", "text/plain"));
        assertEquals("tep-dinh-kem", FileNames.clean(null, null));
        assertEquals("bao-cao.pdf", FileNames.clean("bao-cao.pdf. . ", "application/pdf"), "trailing dots and spaces go, as on Windows");
        assertEquals(".htaccess", FileNames.clean(".htaccess", "text/plain"), "a leading dot is part of a name");
    }

    @Test
    void contentDispositionCannotBeBrokenByAName() {
        Map<String, String> nasty = AttachmentsApiTest.dispositionParameters(Downloads.attachment("a\"b;c*d'e\r\nf\u202e.txt"));
        assertEquals(List.of("attachment", "filename", "filename*"), List.copyOf(nasty.keySet()));
        assertEquals("a_b;c_d'ef.txt", nasty.get("filename"));
        assertEquals("a_b;c_d'ef.txt", nasty.get("filename*"));

        String header = Downloads.attachment("Biên bản \"họp\"; số 5.pdf");
        assertEquals("attachment; filename=\"Bien ban _hop_; so 5.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20_h%E1%BB%8Dp_%3B%20s%E1%BB%91%205.pdf", header);
        assertEquals("Biên bản _họp_; số 5.pdf", AttachmentsApiTest.dispositionParameters(header).get("filename*"));
        assertEquals("attachment; filename=\"tep-dinh-kem\"; filename*=UTF-8''tep-dinh-kem", Downloads.attachment(".."));
    }

    @Test
    void textMustBeStrictUtf8WithoutControlCharacters() {
        assertNull(TextContent.check("Họ và tên\tĐơn vị\r\nNguyễn Thị Hằng\f\n".getBytes(StandardCharsets.UTF_8)));
        assertNull(TextContent.check(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}), "a BOM is fine");
        assertNull(TextContent.check("😀".repeat(5000).getBytes(StandardCharsets.UTF_8)), "four-byte sequences across chunks");
        assertNotNull(TextContent.check(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0}), "an ELF header");
        assertNotNull(TextContent.check(new byte[]{'a', (byte) 0xC0, (byte) 0xAF}), "overlong");
        assertNotNull(TextContent.check(new byte[]{'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}), "an encoded surrogate");
        assertNotNull(TextContent.check(new byte[]{'a', (byte) 0xE1, (byte) 0xBA}), "cut off at the end");
        assertNotNull(TextContent.check(new byte[]{'B', 'i', (byte) 0xEA, 'n'}), "Windows-1258");
        assertNotNull(TextContent.check("a\u0000b".getBytes(StandardCharsets.UTF_8)), "NUL");
        assertNotNull(TextContent.check("a\u001bb".getBytes(StandardCharsets.UTF_8)), "ESC");
        assertNotNull(TextContent.check("a\u007fb".getBytes(StandardCharsets.UTF_8)), "DEL");

        TextContent chunked = new TextContent();
        byte[] e = "ệ".getBytes(StandardCharsets.UTF_8);
        assertTrue(chunked.feed(e, 0, 1) && chunked.feed(e, 1, 1) && chunked.feed(e, 2, 1) && chunked.finish(), "a character split over reads");
        TextContent late = new TextContent();
        byte[] big = ("a".repeat(100_000) + "\u0001").getBytes(StandardCharsets.UTF_8);
        assertFalse(late.feed(big, 0, big.length));
        assertTrue(late.problem().contains("100001"), late.problem());
    }
}
