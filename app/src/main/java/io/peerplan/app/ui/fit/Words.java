package io.peerplan.app.ui.fit;

/** Counted nouns that read right: "1 warning", "2 warnings", "1 prefix", "3 prefixes" — never "warning(s)". */
public final class Words {
    private Words() {
    }

    /** A count with a noun that takes an "s" in the plural. */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "name · detail", or just the name when there is no detail (no dangling separator). */
    public static String withDetail(String name, Object detail) {
        String d = detail == null ? "" : detail.toString();
        return d.isBlank() ? name : name + " · " + d;
    }
}
