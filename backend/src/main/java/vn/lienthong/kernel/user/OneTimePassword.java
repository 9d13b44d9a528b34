package vn.lienthong.kernel.user;

/** A one-time password handed out by an administrator or the bootstrap: shown once, stored only as its hash. */
record OneTimePassword(String plain, String hash) {
    @Override
    public String toString() {
        return "OneTimePassword[]";
    }
}
