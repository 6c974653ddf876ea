package io.peerplan.export.push;

import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.validate.input.CommandPrefix;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation of the topology values that end up in remote command lines or SSH logins. Quoting
 * alone ({@link ShellQuote}) already prevents injection; these checks add a clear error naming the
 * element and field when a value cannot be what it claims to be (a pathspace with a slash, a
 * command prefix with a semicolon), before anything is sent.
 */
public final class RemoteValues {
    /** FRR's -N pathspace becomes a directory name under /var/run/frr and /etc/frr. */
    private static final Pattern PATHSPACE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");
    /** POSIX portable user names (XBD 3.437) plus the common dot. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");
    /** A DNS name (RFC 1123 labels) or an IPv4/IPv6 literal. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9:]([A-Za-z0-9.:%-]{0,252})");

    private RemoteValues() {
    }

    public static String pathspace(String element, String value) throws PushFailure {
        return check(element, "management.frrPathspace", value, PATHSPACE,
                "letters, digits, '_', '.', '-' (it names a directory under /var/run/frr)");
    }

    /**
     * The words of a command prefix such as {@code sudo -n}; empty when none is set. Only the
     * privilege helpers of {@link CommandPrefix} are accepted: the prefix runs before every remote
     * command, dry runs included, so any other program would run on the device unasked.
     */
    public static List<String> commandPrefix(String element, String value) throws PushFailure {
        return CommandPrefix.parse(value).orElseThrow(() -> invalid(element, "management.commandPrefix", value,
                "Peerplan runs remote commands only through " + CommandPrefix.DESCRIPTION));
    }

    public static String user(String element, String value) throws PushFailure {
        return check(element, "management.user", value, USER, "a login name");
    }

    public static String host(String element, String value) throws PushFailure {
        return check(element, "management.host", value, HOST, "a host name or an IP address");
    }

    /**
     * A kubectl context name: kubeconfig allows any string, so anything printable is accepted (it is
     * quoted), except a leading '-' that kubectl would read as an option.
     */
    public static String kubeContext(String element, String value) throws PushFailure {
        return check(element, "kubeContext", value, Pattern.compile("[\\x21-\\x2c\\x2e-\\x7e][\\x20-\\x7e]{0,252}"),
                "a kubectl context name of printable characters, not starting with '-'");
    }

    private static String check(String element, String field, String value, Pattern p, String expected) throws PushFailure {
        if (value == null || !p.matcher(value).matches()) {
            throw invalid(element, field, value, "expected " + expected);
        }
        return value;
    }

    private static PushFailure invalid(String element, String field, String value, String why) {
        String shown = value == null ? "(missing)" : "'" + value.replaceAll("\\p{Cntrl}", "?") + "'";
        return new PushFailure(PushFailure.Kind.INVALID_VALUE, element + ": " + field + " " + shown + " is not usable: " + why);
    }
}
