package vn.lienthong.kernel.attachment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What a file declared as text (text/plain, text/csv) must hold: UTF-8, strictly decoded (a malformed, overlong or
 * cut-off sequence is an error, not a replacement character; a leading BOM is fine), and no control character but
 * TAB, LF, CR and FF (no other C0 character, no DEL). A program or any other binary renamed .txt or .csv fails it at once: NULs and other C0 bytes are
 * in its first bytes, and its other bytes are rarely valid UTF-8.
 *
 * <p>Fed in chunks ({@link #feed}, then {@link #finish}), so an upload is checked as it streams to storage.
 */
public final class TextContent {
    /** Media types whose content is checked as text. */
    public static final Set<String> TYPES = Set.of("text/plain", "text/csv");

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer out = CharBuffer.allocate(8192);
    private long offset;
    private String problem;
    private boolean finished;

    /** Why the content is not acceptable text, or null while it is. */
    public String problem() {
        return problem;
    }

    /** Checks the next bytes; false (and {@link #problem()} says why) as soon as they break a rule. */
    public boolean feed(byte[] bytes, int from, int length) {
        int position = from;
        int end = from + length;
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        while (problem == null && position < end) {
            int n = Math.min(in.remaining(), end - position);
            in.put(bytes, position, n);
            position += n;
            in.flip();
            decode(false);
            in.compact();
        }
        return problem == null;
    }

    /** At the end of the content: a sequence cut off by the end is malformed too. */
    public boolean finish() {
        if (problem == null && !finished) {
            finished = true;
            in.flip();
            decode(true);
            if (problem == null) {
                out.clear();
                CoderResult flushed = decoder.flush(out);
                out.flip();
                scan();
                if (flushed.isError()) {
                    malformed();
                }
            }
        }
        return problem == null;
    }

    /** The whole content at once: null when it is acceptable text, otherwise why not. */
    public static String check(byte[] content) {
        TextContent text = new TextContent();
        return text.feed(content, 0, content.length) && text.finish() ? null : text.problem();
    }

    private void decode(boolean last) {
        while (problem == null) {
            out.clear();
            CoderResult result = decoder.decode(in, out, last);
            out.flip();
            scan();
            if (result.isError()) {
                malformed();
            } else if (result.isUnderflow()) {
                return;
            }
        }
    }

    private void malformed() {
        if (problem == null) {
            problem = "is not UTF-8 text (invalid bytes near byte " + (offset + 1) + "); save it as UTF-8, or upload it in its own format";
        }
    }

    private void scan() {
        while (problem == null && out.hasRemaining()) {
            char c = out.get();
            offset += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                problem = "holds control characters (U+" + String.format("%04X", (int) c) + " at byte " + offset
                        + "), so it is not plain text; upload the file in its own format";
            }
        }
    }
}
