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
        // the double quote becomes _ (FileNames), the line feed goes, the ; stays text inside the quotes and is %3B
        assertEquals("attachment; filename=\"a_b;c.txt\"; filename*=UTF-8''a_b%3Bc.txt", Downloads.attachment("a\"b;c\n.txt"));
    }

    @Test
    void aPathInAStoredNameNeverReachesTheHeader() {
        // a row stored before names were cleaned on upload: only its last segment is sent, under either separator
        assertEquals("attachment; filename=\"c.txt\"; filename*=UTF-8''c.txt", Downloads.attachment("a\"b\\c\n.txt"));
        assertEquals("attachment; filename=\"passwd\"; filename*=UTF-8''passwd", Downloads.attachment("../../etc/passwd"));
    }
}
