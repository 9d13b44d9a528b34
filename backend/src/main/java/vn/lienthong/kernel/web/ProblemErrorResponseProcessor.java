package vn.lienthong.kernel.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Turns every error Micronaut itself raises (routing, security, conversion, size limits) into problem+json.
 * Framework messages are never passed on: they can name classes or echo internals.
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        ProblemType type = ProblemType.forStatus(status);
        List<Problem.FieldError> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldError(e.getPath().get(), "has an invalid value"))
                .toList();
        if (type == ProblemType.MALFORMED && !errors.isEmpty()) {
            type = ProblemType.VALIDATION;
        }
        Problem body = Problems.problem(context.getRequest(), type, status, detail(type, status), errors);
        return response.body(body).contentType(Problems.PROBLEM_JSON);
    }

    private static String detail(ProblemType type, int status) {
        return switch (type) {
            case VALIDATION -> "One or more fields or parameters have invalid values.";
            case MALFORMED -> "The request could not be read: check the JSON syntax, the field types and the parameters.";
            case UNAUTHENTICATED -> "Authentication is required: send a valid bearer token.";
            case FORBIDDEN -> "You are not allowed to do this.";
            case NOT_FOUND -> "No such resource.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource.";
            case NOT_ACCEPTABLE -> "The requested representation is not available.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here.";
            case INTERNAL -> "An unexpected error occurred; it has been logged with the request id.";
            default -> "The request failed with status " + status + ".";
        };
    }
}
