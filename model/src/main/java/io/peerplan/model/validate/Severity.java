package io.peerplan.model.validate;

import java.util.Locale;

/** How bad a finding is. Errors make {@code peerplan validate} exit 1; the designer marks them red. */
public enum Severity {
    /** The real system rejects the config, or the design cannot work (a session never comes up). */
    ERROR,
    /** It works, but not as the user probably expects (a single point of failure, a setting without effect). */
    WARNING,
    /** Worth knowing (anycast recognised, the negotiated hold time). */
    INFO;

    /** The lower-case keyword used on the command line and in JSON ({@code error}, {@code warning}, {@code info}). */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error|warning|info} (any case). */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.keyword().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
    }
}
