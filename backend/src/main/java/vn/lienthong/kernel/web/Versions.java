package vn.lienthong.kernel.web;

import java.util.List;
import java.util.Map;

/**
 * Optimistic concurrency over HTTP: every mutable resource has a `version`, sent as a strong ETag;
 * an update must send it back in If-Match (428 without, 412 when someone else changed it first).
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
        throw new ProblemException(ProblemType.STALE_VERSION,
                "The resource was changed by someone else (current version " + currentVersion + "); reload it and apply your change again.",
                List.of(), Map.of("ETag", etag(currentVersion)));
    }
}
