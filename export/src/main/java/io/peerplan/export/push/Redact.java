package io.peerplan.export.push;

import java.util.regex.Pattern;

/**
 * Masks secrets in text that leaves the device (diffs, error messages, reports, events): FRR and
 * Quagga print BGP/OSPF/RIP/IS-IS keys in clear in {@code show running-config}, so a diff that
 * removes or adds such a line would otherwise carry the key into the terminal and logs.
 */
public final class Redact {
    /** The keyword, then the secret word: neighbor X password K, ip ospf authentication-key K, key-string K, area-password K... */
    private static final Pattern SECRET = Pattern.compile(
            "(?m)(\\b(?:password|authentication-key|message-digest-key\\s+\\d+\\s+md5|key-string|area-password|domain-password)\\s+)(?:(?:clear|md5|hmac-md5|\\d)\\s+)?(\\S+)");

    private Redact() {
    }

    public static String secrets(String text) {
        if (text == null) {
            return null;
        }
        return SECRET.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(0).substring(0, m.group(0).length() - m.group(2).length()) + "********"));
    }
}
