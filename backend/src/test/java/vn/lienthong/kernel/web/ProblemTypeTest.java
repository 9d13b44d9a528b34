package vn.lienthong.kernel.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTypeTest {
    @ParameterizedTest
    @CsvSource({"400,MALFORMED", "401,UNAUTHENTICATED", "403,FORBIDDEN", "404,NOT_FOUND", "405,METHOD_NOT_ALLOWED", "409,CONFLICT",
            "412,STALE_VERSION", "413,PAYLOAD_TOO_LARGE", "415,UNSUPPORTED_MEDIA_TYPE", "422,UNPROCESSABLE", "428,PRECONDITION_REQUIRED",
            "429,TOO_MANY_REQUESTS", "500,INTERNAL", "502,INTERNAL", "503,UNAVAILABLE", "418,MALFORMED"})
    void everyStatusHasAStableType(int status, ProblemType expected) {
        assertEquals(expected, ProblemType.forStatus(status));
    }

    @ParameterizedTest
    @CsvSource({"VALIDATION,urn:lienthong:problem:validation,400", "STALE_VERSION,urn:lienthong:problem:stale-version,412",
            "IDEMPOTENCY_KEY_REUSED,urn:lienthong:problem:idempotency-key-reused,422"})
    void typesAreUrnsWithTheirStatus(ProblemType type, String uri, int status) {
        assertEquals(uri, type.uri());
        assertEquals(status, type.status().getCode());
    }
}
