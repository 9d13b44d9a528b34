package vn.lienthong.kernel.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt (at.favre.lib); the cost is configurable so that tests can hash quickly. */
@Singleton
public class PasswordHasher {
    private final int cost;
    /** Verified against when the username is unknown, so both cases take the same time. */
    private final String dummyHash;

    PasswordHasher(@Value("${lienthong.auth.bcrypt-cost:11}") int cost) {
        this.cost = cost;
        this.dummyHash = hash("not-a-real-password");
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void verifyDummy(String password) {
        verify(password, dummyHash);
    }
}
