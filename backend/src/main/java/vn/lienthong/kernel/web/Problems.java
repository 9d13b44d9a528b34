package vn.lienthong.kernel.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Map;

/** Builds problem+json responses; the one place their shape is decided. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.of(MEDIA_TYPE);

    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(HttpRequest<?> request, ProblemType type, String detail,
                                                        List<Problem.FieldError> errors, Map<String, String> headers) {
        Problem body = problem(request, type, type.status().getCode(), detail, errors);
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(type.status()).body(body).contentType(PROBLEM_JSON);
        headers.forEach(response::header);
        return response;
    }

    public static Problem problem(HttpRequest<?> request, ProblemType type, int status, String detail, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), status, detail,
                request == null ? null : request.getPath(),
                request == null ? null : RequestIds.of(request),
                errors == null || errors.isEmpty() ? null : errors);
    }
}
