package vn.lienthong.kernel.web;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.uri.UriMatchInfo;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The edge rule for everything a request carries outside its JSON body, for every operation at once
 * ({@link StrictJson} does the body): query parameters, path variables and the Idempotency-Key hold no control
 * characters (a NUL never reaches PostgreSQL), a date-shaped value lies in {@link InputRules}' years, and a boolean
 * query flag is {@code true} or {@code false}. A refusal is a 400 naming each parameter; nothing runs.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class InputEdgeFilter {

    @RequestFilter
    @Nullable
    public HttpResponse<Problem> check(HttpRequest<?> request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        request.getParameters().forEach((name, values) -> {
            if (InputRules.hasAnyControlCharacter(name)) {
                errors.add(new Problem.FieldError("query", InputRules.CONTROL_MESSAGE));
                return;
            }
            for (String value : values) {
                checkValue(name, value, errors);
            }
        });
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (route instanceof UriMatchInfo uri) {
            for (Map.Entry<String, Object> variable : uri.getVariableValues().entrySet()) {
                if (variable.getValue() != null) {
                    checkValue(variable.getKey(), variable.getValue().toString(), errors);
                }
            }
        } else if (InputRules.hasAnyControlCharacter(request.getPath())) {
            errors.add(new Problem.FieldError("path", InputRules.CONTROL_MESSAGE));
        }
        if (route instanceof MethodBasedRouteMatch<?, ?> method) {
            checkBooleanFlags(request, method.getArguments(), errors);
        }
        String key = request.getHeaders().get(Idempotency.HEADER);
        if (key != null && InputRules.hasAnyControlCharacter(key)) {
            errors.add(new Problem.FieldError(Idempotency.HEADER, InputRules.CONTROL_MESSAGE));
        } else if (key != null && (key.isBlank() || key.length() > Idempotency.MAX_KEY_LENGTH)) {
            // here as well as in Idempotency, so that a bad key is named even when the body is refused too
            errors.add(new Problem.FieldError(Idempotency.HEADER, Idempotency.KEY_RULE));
        }
        if (errors.isEmpty()) {
            return null;
        }
        return Problems.response(request, ProblemType.VALIDATION, "One or more fields or parameters have invalid values.", errors, Map.of());
    }

    private static void checkValue(String name, String value, List<Problem.FieldError> errors) {
        if (InputRules.hasAnyControlCharacter(value)) {
            errors.add(new Problem.FieldError(name, InputRules.CONTROL_MESSAGE));
        } else if (InputRules.dateShapedOutOfRange(value)) {
            errors.add(new Problem.FieldError(name, InputRules.YEAR_MESSAGE));
        }
    }

    /** Micronaut reads any text but "true" as false; a flag the contract types as boolean takes true or false. */
    private static void checkBooleanFlags(HttpRequest<?> request, Argument<?>[] arguments, List<Problem.FieldError> errors) {
        for (Argument<?> argument : arguments) {
            if (argument.getType() != boolean.class && argument.getType() != Boolean.class) {
                continue;
            }
            AnnotationMetadata annotations = argument.getAnnotationMetadata();
            if (!annotations.hasAnnotation(QueryValue.class)) {
                continue;
            }
            String name = annotations.stringValue(QueryValue.class).filter(s -> !s.isEmpty()).orElse(argument.getName());
            for (String value : request.getParameters().getAll(name)) {
                if (!value.equals("true") && !value.equals("false")) {
                    errors.add(new Problem.FieldError(name, "must be true or false"));
                }
            }
        }
    }
}
