package vn.lienthong.kernel.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.core.type.Argument;
import io.micronaut.web.router.RouteAttributes;
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
        String bodyName = RouteAttributes.getRouteMatch(context.getRequest())
                .flatMap(match -> match.getRouteInfo().getBodyArgument()).map(Argument::getName).orElse(null);
        List<Problem.FieldError> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> fieldError(e, bodyName))
                .toList();
        if (type == ProblemType.MALFORMED && !errors.isEmpty()) {
            type = ProblemType.VALIDATION;
        }
        if (type == ProblemType.MALFORMED && bodyName != null) {
            // unreadable JSON: the client is told which part of the request to fix, as with any other 400
            errors = List.of(new Problem.FieldError("body", "is not valid JSON"));
        }
        Problem body = Problems.problem(context.getRequest(), type, status, detail(type, status), errors);
        return response.body(body).contentType(Problems.PROBLEM_JSON);
    }

    /**
     * The framework names a missing argument by its Java name with a leading slash ("/request"); the client sent
     * a body, a parameter or a header, and knows the body as "body".
     */
    private static Problem.FieldError fieldError(io.micronaut.http.server.exceptions.response.Error error, String bodyName) {
        String path = error.getPath().orElseThrow();
        String field = path.startsWith("/") ? path.substring(1) : path;
        if (field.equals(bodyName)) {
            field = "body";
        }
        String message = error.getMessage() != null && error.getMessage().startsWith("Required") ? "is required" : "has an invalid value";
        return new Problem.FieldError(field, message);
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
