package vn.lienthong.kernel.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DownloadsTest {
    @Test
    void aVietnameseNameGoesAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"Bien ban hop Dang uy.docx\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y.docx",
                Downloads.attachment("Biên bản họp Đảng ủy.docx"));
    }

    @Test
    void quotesAndControlsCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a_b_c_.txt\"; filename*=UTF-8''a%22b%5Cc%0A.txt", Downloads.attachment("a\"b\\c\n.txt"));
    }
}
