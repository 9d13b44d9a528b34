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
        Located located = locate(exception.getConversionError().getCause());
        String field = located.field();
        if (field == null) {
            // the body as a whole (empty, or not an object): the framework names the argument "/name", the client knows it as the body
            field = exception.getArgument().isAnnotationPresent(Body.class) ? "body" : exception.getArgument().getName();
        }
        return Problems.response(request, ProblemType.VALIDATION, "One or more fields or parameters have invalid values.",
                List.of(new Problem.FieldError(field, located.message())), Map.of());
    }

    /** Where in the body a deserialization failed, as the client writes it, and why; field null for the body itself. */
    public record Located(String field, String message) {
    }

    /**
     * Walks a deserialization failure from the outside in: Serde's path names the properties and items it knows,
     * {@link StrictJson.Refused} adds what it located itself (an item "[2]", a form field) and the reason.
     */
    public static Located locate(Throwable cause) {
        String field = null;
        String message = "has an invalid value";
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (field == null && t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                field = path(serde.getPath());
            }
            if (t instanceof StrictJson.Refused refused) {
                message = refused.getMessage();
                field = join(field, refused.field());
            } else if (t instanceof StrictJson.Missing missing) {
                // Serde's path already ends with the property when it asked for the default of a null
                if (field == null || !(field.equals(missing.field()) || field.endsWith("." + missing.field()))) {
                    field = join(field, missing.field());
                }
                message = "is required";
            }
        }
        return new Located(field, message);
    }

    private static String join(String outer, String inner) {
        if (inner == null) {
            return outer;
        }
        if (outer == null) {
            return inner.startsWith(".") ? inner.substring(1) : inner;
        }
        return inner.startsWith("[") || inner.startsWith(".") ? outer + inner : outer + "." + inner;
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
