package vn.lienthong.kernel.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The Content-Disposition of a file the API sends back under its own (stored) name, which may be Vietnamese. */
public final class Downloads {
    private Downloads() {
    }

    /**
     * {@code attachment; filename="<ASCII form>"; filename*=UTF-8''<percent-encoded name>} (RFC 6266): browsers use the
     * UTF-8 name, older clients the ASCII form (diacritics dropped, đ as d, quotes and controls replaced).
     */
    public static String attachment(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
