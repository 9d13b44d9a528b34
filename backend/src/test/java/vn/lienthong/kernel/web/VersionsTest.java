package vn.lienthong.kernel.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionsTest {
    @Test
    void missingIfMatchIsPreconditionRequired() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED, assertThrows(ProblemException.class, () -> Versions.requireIfMatch(null, 3)).type());
        assertEquals(ProblemType.PRECONDITION_REQUIRED, assertThrows(ProblemException.class, () -> Versions.requireIfMatch("  ", 3)).type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "*", "\"2\", \"3\"", " \"3\" "})
    void matchingTagsPass(String ifMatch) {
        assertDoesNotThrow(() -> Versions.requireIfMatch(ifMatch, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "3", "W/\"3\"", "\"4\"", "\"\""})
    void otherTagsAreStaleAndCarryTheCurrentEtag(String ifMatch) {
        ProblemException e = assertThrows(ProblemException.class, () -> Versions.requireIfMatch(ifMatch, 3));
        assertEquals(ProblemType.STALE_VERSION, e.type());
        assertEquals("\"3\"", e.headers().get("ETag"));
    }
}
