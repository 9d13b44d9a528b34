package vn.lienthong.kernel.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** One log line per request, with the request id that is also returned to the client. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLogFilter {
    private static final Logger LOG = LoggerFactory.getLogger("vn.lienthong.request");
    private static final String STARTED = "lienthong.requestStarted";

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
        MDC.put("requestId", RequestIds.assign(request));
    }

    @ResponseFilter
    public void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String requestId = RequestIds.of(request);
        response.header(RequestIds.HEADER, requestId);
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        String user = request.getUserPrincipal(Authentication.class).map(Authentication::getName).orElse("-");
        MDC.put("requestId", requestId);
        LOG.info("{} {} {} {}ms user={}", request.getMethodName(), request.getPath(), response.code(),
                (System.nanoTime() - started) / 1_000_000, user);
        MDC.remove("requestId");
    }
}
