package vn.lienthong.kernel.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Optimistic concurrency over HTTP: every mutable resource has a `version`, sent as a strong ETag;
 * an update must send it back in If-Match (428 without, 412 when someone else changed it first).
 *
 * <p>Comparing If-Match with a version read earlier is not enough on its own: two requests carrying the same ETag both
 * pass the comparison. Every If-Match write is therefore decided atomically, either by locking the row
 * (`SELECT … FOR UPDATE`) before {@link #requireIfMatch}, or by a conditional statement
 * (`UPDATE/DELETE … WHERE id = ? AND version = ?`) whose row count goes to {@link #requireWritten}.
 */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the resource's ETag in If-Match so that a concurrent change is not overwritten.");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag(currentVersion))) {
                return;
            }
        }
        throw stale(currentVersion);
    }

    /**
     * The outcome of a conditional write (`… WHERE id = ? AND version = ?`, the version the If-Match was checked
     * against): no row written means that someone else got there first, so 412 with the row's current ETag, or 404 when
     * `currentVersion` finds the row gone (null).
     */
    public static void requireWritten(int rows, Supplier<Long> currentVersion, String resource) {
        if (rows > 0) {
            return;
        }
        Long current = currentVersion.get();
        if (current == null) {
            throw ProblemException.notFound(resource);
        }
        throw stale(current);
    }

    private static ProblemException stale(long currentVersion) {
        return new ProblemException(ProblemType.STALE_VERSION,
                "The resource was changed by someone else (current version " + currentVersion + "); reload it and apply your change again.",
                List.of(), Map.of("ETag", etag(currentVersion)));
    }
}
