package vn.lienthong.kernel.office;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.Versions;

import java.net.URI;

/** The created-with-ETag (and replayed) and the ok-with-ETag responses of the organisation's controllers. */
final class OrgResponses {
    private OrgResponses() {
    }

    static <T> MutableHttpResponse<T> created(Idempotency.Outcome<T> outcome, String location, long version) {
        MutableHttpResponse<T> response = HttpResponse.created(outcome.body(), URI.create(location)).header(HttpHeaders.ETAG, Versions.etag(version));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    static <T> MutableHttpResponse<T> ok(T body, long version) {
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, Versions.etag(version));
    }
}
