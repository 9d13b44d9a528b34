package vn.lienthong.kernel.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Problems;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every API call of a person, after the token was verified, is checked against the account as it is now: a
 * deactivated account is refused at once (401, even with an access token that has not expired), and an account whose
 * password is a one-time password may only read GET /me, change the password (PUT /me/password) and use /auth/*; anything
 * else is 403 urn:lienthong:problem:password-change-required.
 *
 * <p>The check runs on the blocking pool, as the controllers do. The state is cached per account for {@link #TTL_NANOS} (5 s), so a request usually costs no query; a change made
 * on this replica ({@link #forget}) takes effect on the next request, one made on another replica within 5 s.
 */
@ServerFilter("/api/**")
public class AccountGate implements Ordered {
    static final long TTL_NANOS = 5_000_000_000L;

    private record Cached(UserStore.AccountState state, long expiresAt) {
    }

    private final UserStore store;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    AccountGate(UserStore store) {
        this.store = store;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /** The account changed here (deactivated, reactivated, password set): the next request reads it again. */
    void forget(UUID userId) {
        cache.remove(userId);
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        Authentication authentication = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null);
        if (authentication == null || !"PERSON".equals(String.valueOf(authentication.getAttributes().get("kind")))) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
        Cached cached = cache.get(id);
        if (cached != null && cached.expiresAt() - System.nanoTime() > 0) {
            return decide(request, Optional.of(cached.state()));
        }
        Optional<UserStore.AccountState> state = store.state(id);
        // only a usable account is cached: a refused one is read again, so a reactivation (of the account or of its
        // jurisdiction) takes effect at once, and refused requests are rare
        state.filter(UserStore.AccountState::active).ifPresent(s -> cache.put(id, new Cached(s, System.nanoTime() + TTL_NANOS)));
        return decide(request, state);
    }

    @Nullable
    private static HttpResponse<?> decide(HttpRequest<?> request, Optional<UserStore.AccountState> state) {
        if (state.isEmpty() || !state.get().active()) {
            return Problems.response(request, ProblemType.UNAUTHENTICATED, "This account has been deactivated or no longer exists.", List.of(), Map.of());
        }
        if (state.get().passwordChangeRequired() && !allowedBeforeChange(request)) {
            return Problems.response(request, ProblemType.PASSWORD_CHANGE_REQUIRED,
                    "Your password is a one-time password: change it (PUT /api/v1/me/password) before anything else.", List.of(), Map.of());
        }
        return null;
    }

    private static boolean allowedBeforeChange(HttpRequest<?> request) {
        String path = request.getPath();
        HttpMethod method = request.getMethod();
        return path.startsWith("/api/v1/auth/")
                || (method == HttpMethod.GET && path.equals("/api/v1/me"))
                || (method == HttpMethod.PUT && path.equals("/api/v1/me/password"));
    }

}
