package vn.lienthong.kernel.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that turns a file name a client sent into a name the API stores, shows and sends back; every upload
 * path (attachments, meeting documents, petition scans, bridge-point imports) goes through {@link #clean}.
 *
 * <ul>
 * <li>Only the last path segment is kept: anything up to the last {@code /} or {@code \} goes (a browser sends a bare
 * name; old ones and scripts may send a path).</li>
 * <li>Control characters (C0, DEL, C1), format characters (Unicode category Cf: the bidi overrides, embeddings,
 * isolates and marks U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C, zero-width characters, the BOM), line and
 * paragraph separators and lone surrogates are removed: a right-to-left override (U+202E) between {@code invoice} and
 * {@code txt.exe} makes the name look like {@code invoiceexe.txt}.</li>
 * <li>The characters Windows refuses in a name ({@code < > : " | ? *}) become {@code _}, so a double quote can never
 * reach a header or a saved file.</li>
 * <li>Spaces around the name and dots or spaces at its end (which Windows drops) go; the name is put in NFC, so a
 * Vietnamese name typed on a Mac (decomposed) is the same name as one typed on Windows.</li>
 * <li>A name with nothing left, or only dots and spaces ({@code .}, {@code ..}), becomes {@value #DEFAULT_BASE} with
 * the extension of the file's media type ({@code tep-dinh-kem.pdf}); a name longer than 255 characters keeps its
 * last 255 (the extension survives).</li>
 * </ul>
 */
public final class FileNames {
    /** "tệp đính kèm" (attachment) without diacritics: a name every system can store. */
    public static final String DEFAULT_BASE = "tep-dinh-kem";
    public static final int MAX_LENGTH = 255;

    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", ".pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx",
            "application/msword", ".doc",
            "application/vnd.ms-excel", ".xls",
            "image/png", ".png",
            "image/jpeg", ".jpg",
            "text/plain", ".txt",
            "text/csv", ".csv");

    private FileNames() {
    }

    /**
     * The cleaned name, never empty.
     *
     * @param raw       the name as the client sent it (null or blank allowed)
     * @param mediaType the file's media type, for the extension of the default name; null for none
     */
    public static String clean(String raw, String mediaType) {
        String name = raw == null ? "" : raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (!removed(cp)) {
                out.appendCodePoint(reserved(cp) ? '_' : cp);
            }
        });
        name = Normalizer.normalize(out, Normalizer.Form.NFC).strip();
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)) || Character.isSpaceChar(name.charAt(end - 1)))) {
            end--;
        }
        name = name.substring(0, end);
        if (name.isEmpty()) {
            return DEFAULT_BASE + extension(mediaType);
        }
        int count = name.codePointCount(0, name.length());
        return count > MAX_LENGTH ? name.substring(name.offsetByCodePoints(0, count - MAX_LENGTH)) : name;
    }

    /** The usual extension of an accepted media type ({@code .pdf}), or "" for another or none. */
    public static String extension(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        return EXTENSIONS.getOrDefault(mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT), "");
    }

    private static boolean removed(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static boolean reserved(int cp) {
        return cp == '<' || cp == '>' || cp == ':' || cp == '"' || cp == '|' || cp == '?' || cp == '*';
    }
}
