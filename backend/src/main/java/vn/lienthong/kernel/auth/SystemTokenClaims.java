package vn.lienthong.kernel.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The registered claims of the access tokens this system issues, and their check on every request.
 *
 * <p>Every token (people's and machine clients') carries {@code iss} = {@code lienthong.auth.issuer} (default
 * {@code urn:lienthong}), {@code aud} = [{@code lienthong.auth.audience}] (default {@code urn:lienthong:api}),
 * {@code iat}, {@code nbf} and {@code exp}. A token is accepted only with exactly that issuer, that audience among its
 * audiences, an expiry, and a not-before no later than now plus {@code lienthong.auth.clock-skew-seconds} (default 60,
 * for replicas whose clocks differ a little); the framework checks the signature and that {@code exp} has not passed.
 * Anything else is no authentication at all, so the answer is the usual 401 problem+json.
 *
 * <p>Micronaut's own validators are not used for this: its issuer check ({@code claims-validators.issuer}) accepts any
 * issuer that merely ends with the expected one, its not-before check has no clock skew and is off by default, and
 * a token without {@code iss}, {@code aud} or {@code exp} passes all of them. Times are the system clock's, not the
 * application {@link Clock} (which {@code lienthong.clock.offset} may move for a demo): the framework stamps {@code iat},
 * {@code nbf} and {@code exp} with the system clock and checks {@code exp} against it.
 */
final class SystemTokenClaims {
    private SystemTokenClaims() {
    }

    /** Writes this system's issuer and audience instead of the application name and no audience. */
    @Singleton
    @Replaces(JWTClaimsSetGenerator.class)
    static class Generator extends JWTClaimsSetGenerator {
        private final String issuer;
        private final String audience;

        Generator(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jwtIdGenerator,
                  @Nullable ApplicationConfiguration applicationConfiguration,
                  @Value("${lienthong.auth.issuer}") String issuer,
                  @Value("${lienthong.auth.audience}") String audience) {
            super(tokenConfiguration, jwtIdGenerator, null, applicationConfiguration);
            this.issuer = issuer;
            this.audience = audience;
        }

        @Override
        protected void populateIss(JWTClaimsSet.Builder builder) {
            builder.issuer(issuer);
        }

        @Override
        protected void populateAud(JWTClaimsSet.Builder builder) {
            builder.audience(List.of(audience));
        }
    }

    /** Refuses a token of another issuer or audience, without an expiry, or not valid yet. */
    @Singleton
    static class Validator<T> implements GenericJwtClaimsValidator<T> {
        private static final Logger LOG = LoggerFactory.getLogger(Validator.class);

        private final String issuer;
        private final String audience;
        private final long skewSeconds;
        private final Clock clock = Clock.systemUTC();

        Validator(@Value("${lienthong.auth.issuer}") String issuer,
                  @Value("${lienthong.auth.audience}") String audience,
                  @Value("${lienthong.auth.clock-skew-seconds:60}") long skewSeconds) {
            this.issuer = issuer;
            this.audience = audience;
            this.skewSeconds = skewSeconds;
        }

        @Override
        public boolean validate(Claims claims, @Nullable T request) {
            JWTClaimsSet set = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
            String refused = refusal(set, clock.instant());
            if (refused != null) {
                LOG.debug("Bearer token refused: {}", refused);
                return false;
            }
            return true;
        }

        String refusal(JWTClaimsSet set, Instant now) {
            if (!issuer.equals(set.getIssuer())) {
                return "issuer is not " + issuer;
            }
            if (set.getAudience() == null || !set.getAudience().contains(audience)) {
                return "audience does not include " + audience;
            }
            if (set.getExpirationTime() == null) {
                return "no expiry";
            }
            Date notBefore = set.getNotBeforeTime();
            if (notBefore != null && notBefore.toInstant().isAfter(now.plusSeconds(skewSeconds))) {
                return "not valid before " + notBefore.toInstant();
            }
            return null;
        }
    }
}
