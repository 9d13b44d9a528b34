package vn.lienthong.kernel.web;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Anything not answered more specifically: database constraint violations become 409/400 (the database is the
 * last guard of every rule), a lost optimistic-lock race becomes 412, a form or multipart body the server cannot read a 400,
 * everything else a 500 without details.
 */
@Produces
@Singleton
public class UnexpectedProblemHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedProblemHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        if (exception instanceof OptimisticLockException) {
            return Problems.response(request, ProblemType.STALE_VERSION,
                    "The resource was changed by someone else; reload it and apply your change again.", List.of(), Map.of());
        }
        if (fromMultipartDecoder(exception)) {
            LOG.info("Unreadable form or multipart body on {} {} (request {}): {}", request.getMethodName(), request.getPath(), RequestIds.of(request), exception.toString());
            return Problems.response(request, ProblemType.MALFORMED, "The form or multipart body could not be read: a form body must be "
                    + "well-formed percent-encoding, and a part's file name a quoted string with any double quote written as %22 or \\\" "
                    + "(RFC 7578), as browsers and curl send it.", List.of(new Problem.FieldError("body", "could not be read")), Map.of());
        }
        String sqlState = sqlState(exception);
        if (sqlState != null) {
            switch (sqlState) {
                case "23505":
                    return Problems.response(request, ProblemType.CONFLICT, "A record with the same unique value already exists.", List.of(), Map.of());
                case "23503":
                    return Problems.response(request, ProblemType.CONFLICT, "The record refers to something that does not exist or is still referred to.", List.of(), Map.of());
                case "23514", "23502", "22001", "22P02", "22007", "22008":
                    return Problems.response(request, ProblemType.VALIDATION, "A value breaks a rule of the data model.", List.of(), Map.of());
                case "40001", "40P01":
                    return Problems.response(request, ProblemType.CONFLICT, "A concurrent change interfered; retry the request.", List.of(), Map.of());
                default:
                    break;
            }
        }
        LOG.error("Unexpected error on {} {} (request {})", request.getMethodName(), request.getPath(), RequestIds.of(request), exception);
        return Problems.response(request, ProblemType.INTERNAL, "An unexpected error occurred; it has been logged with the request id.", List.of(), Map.of());
    }

    /**
     * Netty's multipart decoder fails on some malformed part headers with a bare runtime exception rather than its
     * ErrorDataDecoderException: a file name holding an unescaped {@code "} followed by a {@code ;}
     * ({@code filename="quote"semi;colon.txt"}, as the Netty and Micronaut HTTP clients write it) leaves a parameter
     * without {@code =}, and reading its value throws ArrayIndexOutOfBoundsException. Either comes from the request's
     * bytes, so it is the client's 400, not a 500.
     */
    static boolean fromMultipartDecoder(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            StackTraceElement[] stack = t.getStackTrace();
            if (t.getClass().getName().startsWith("io.netty.handler.codec.http.multipart.")
                    || (stack.length > 0 && stack[0].getClassName().startsWith("io.netty.handler.codec.http.multipart."))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return error instanceof DataAccessException ? "unknown" : null;
    }
}
