package vn.lienthong.kernel.auth;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Usernames are compared without case and diacritics: "Nguyễn.An", "NGUYEN.AN" and "nguyen.an" are one account. They
 * are stored in that form (lower-case ASCII letters, digits, '.', '_' and '-', 3 to 60 characters), so the unique index
 * on app_user.username refuses a duplicate however it is typed, and a login finds the account the same way.
 */
public final class Usernames {
    public static final String RULE = "3 to 60 characters: letters without diacritics, digits, '.', '_' or '-'";
    private static final Pattern ALLOWED = Pattern.compile("^[a-z0-9._-]{3,60}$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Usernames() {
    }

    /** The stored form: stripped, without diacritics (đ → d), lower case. */
    public static String normalize(String username) {
        String decomposed = Normalizer.normalize(username.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    public static boolean valid(String normalized) {
        return ALLOWED.matcher(normalized).matches();
    }
}
