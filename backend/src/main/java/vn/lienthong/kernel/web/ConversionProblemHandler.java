package vn.lienthong.kernel.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * A body or parameter that could not be read as its declared type is a 400 naming the field as the client wrote it
 * ({@code petitioners[1].fullName}, {@code allDay}, {@code size}), with the reason when {@link StrictJson} gave one.
 * Framework messages are not passed on: they name classes and echo input.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
public class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        Throwable cause = exception.getConversionError().getCause();
        String field = null;
        String message = "has an invalid value";
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (field == null && t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                field = path(serde.getPath());
            }
            if (t instanceof StrictJson.Refused refused) {
                message = refused.getMessage();
                if (refused.field() != null) {
                    field = field == null ? refused.field() : field + "." + refused.field();
                }
            } else if (t instanceof StrictJson.Missing missing) {
                field = field == null ? missing.field() : field + "." + missing.field();
                message = "is required";
            }
        }
        if (field == null) {
            // the body as a whole (empty, or not an object): the framework names the argument "/name", the client knows it as the body
            field = exception.getArgument().isAnnotationPresent(Body.class) ? "body" : exception.getArgument().getName();
        }
        return Problems.response(request, ProblemType.VALIDATION, "One or more fields or parameters have invalid values.",
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    /** Serde lists the path innermost first; the client reads it outermost first. */
    static String path(List<ReferencePath> path) {
        StringBuilder out = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath step = path.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                out.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                out.append('[').append(entry.key()).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(step.getArgument().getName());
            }
        }
        return out.toString();
    }
}
