package vn.lienthong.kernel.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Problems;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A machine token is good only while its client is active and holds the token generation the token was issued
 * under ({@link Caller#CLAIM_TOKEN_GENERATION}): rotating the secret, deactivating the client or changing its scopes
 * moves the generation on, so the tokens issued before are refused at once (401) rather than at their expiry.
 * Runs after the security filter, on the blocking pool (one primary-key look-up per machine request; people's
 * requests are not touched).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class MachineTokenFilter implements Ordered {
    private final MachineClientStore store;

    MachineTokenFilter(MachineClientStore store) {
        this.store = store;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<Problem> check(HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null || !Caller.Kind.MACHINE.name().equals(String.valueOf(authentication.getAttributes().get(Caller.CLAIM_KIND)))) {
            return null;
        }
        return current(authentication) ? null : Problems.response(request, ProblemType.UNAUTHENTICATED,
                "This machine token was revoked (the client was deactivated, its secret rotated or its scopes changed); request a new token.",
                List.of(), Map.of());
    }

    boolean current(Authentication authentication) {
        Object generation = authentication.getAttributes().get(Caller.CLAIM_TOKEN_GENERATION);
        UUID id;
        try {
            id = UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return generation != null && store.tokenState(id)
                .map(state -> state.active() && String.valueOf(state.tokenGeneration()).equals(String.valueOf(generation)))
                .orElse(false);
    }
}
