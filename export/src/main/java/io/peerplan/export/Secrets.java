package io.peerplan.export;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets never enter a bundle. Where a config needs one (a BGP TCP-MD5 password), the bundle holds
 * the placeholder {@code @@SECRET:NAME@@}, NAME being the secret's name in the design
 * ({@code passwordRef}); the README tells the user to replace every placeholder before applying.
 * The form is one word with no shell, YAML-plain or RouterOS special meaning at its start, so
 * {@code vtysh -C} accepts it, a forgotten placeholder fails authentication loudly instead of
 * silently setting an empty key, and {@code grep -r @@SECRET: BUNDLE} lists what is left to fill.
 */
public final class Secrets {
    private static final Pattern PLACEHOLDER = Pattern.compile("@@SECRET:([A-Za-z0-9._-]+)@@");

    private Secrets() {
    }

    /** The placeholder for secret {@code name}. */
    public static String placeholder(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new io.peerplan.export.text.UnwritableValueException("a secret placeholder", name,
                    "is not a secret name (letters, digits, '.', '_' or '-')");
        }
        return "@@SECRET:" + name + "@@";
    }

    /** The secret name when {@code text} is exactly a placeholder. */
    public static Optional<String> nameOf(String text) {
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A valid secret name made from free text (ids and addresses), e.g. for an imported password. */
    public static String nameFrom(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
