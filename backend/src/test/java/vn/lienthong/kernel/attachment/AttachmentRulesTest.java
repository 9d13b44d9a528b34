package vn.lienthong.kernel.attachment;

import org.junit.jupiter.api.Test;
import vn.lienthong.kernel.web.ProblemException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void fileNamesLoseDirectoriesAndControlCharacters() {
        assertEquals(".._.._etc_passwd", AttachmentService.sanitize("../../etc/passwd"));
        assertEquals("Biên bản.pdf", AttachmentService.sanitize("Biên\u0000 bản.pdf".replace("\u0000", "")));
        assertEquals("a_b.pdf", AttachmentService.sanitize("a\\b.pdf"));
        assertEquals(255, AttachmentService.sanitize("x".repeat(300) + ".pdf").length());
        assertThrows(ProblemException.class, () -> AttachmentService.sanitize("  "));
    }
}
