package vn.lienthong.kernel.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The Content-Disposition of a file the API sends back under its own (stored) name, which may be Vietnamese. */
public final class Downloads {
    private Downloads() {
    }

    /**
     * {@code attachment; filename="<ASCII form>"; filename*=UTF-8''<percent-encoded name>} (RFC 6266, RFC 8187):
     * browsers use the UTF-8 name, older clients the ASCII form (diacritics dropped, đ as d). The name is first cleaned
     * by {@link FileNames} (no controls, no bidi overrides, no path, no double quote); then nothing a name holds can
     * end the quoted string or start another parameter: in the ASCII form anything outside printable ASCII, {@code "}
     * and {@code \} become {@code _} (a {@code ;} inside the quotes is text), and the UTF-8 form is percent-encoded down
     * to RFC 8187's attr-chars, so {@code ;}, {@code "}, {@code \}, {@code *}, {@code '}, CR and LF are all {@code %XX}.
     */
    public static String attachment(String fileName) {
        String name = FileNames.clean(fileName, null);
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        // URLEncoder leaves only A-Z a-z 0-9 . - _ * and writes a space as + (a plus here); * is no attr-char
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
