package vn.lienthong.kernel.user;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The strength rule of a person's own password, and the one-time passwords administrators hand out. A pure class:
 * the reuse of the last {@link #HISTORY} passwords is checked against stored hashes by {@link PasswordChange}.
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 10;
    static final int HISTORY = 5;
    static final String RULE = "A password has at least 10 characters, at least one letter and one digit, does not contain the username, "
            + "and is none of the account's last 5 passwords.";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/l/I: one-time passwords are read aloud and typed by hand. */
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";

    private PasswordPolicy() {
    }

    /** Why the password is too weak for this username, or empty when it is strong enough. */
    static Optional<String> weakness(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters. " + RULE);
        }
        if (password.codePoints().noneMatch(Character::isLetter) || password.codePoints().noneMatch(Character::isDigit)) {
            return Optional.of("must contain at least one letter and one digit. " + RULE);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username. " + RULE);
        }
        return Optional.empty();
    }

    /** 12 letters and digits in three groups ("k7Qm-3xPa-9dRt"): strong enough for the rule, and never containing a username's dot. */
    static String oneTimePassword() {
        StringBuilder out = new StringBuilder();
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                out.append('-');
            }
            out.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
            for (int i = 0; i < 3; i++) {
                out.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
            }
        }
        return out.toString();
    }
}
