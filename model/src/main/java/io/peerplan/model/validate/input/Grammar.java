package io.peerplan.model.validate.input;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one text field of a project may hold, by the grammar of every file or command line it is
 * written into. A project is untrusted input (shared in git and tickets), so a value that a
 * target cannot hold as the single token or line it is meant to be is refused on load, before
 * any exporter sees it.
 */
public enum Grammar {
    /**
     * Free text (descriptions, a region's site and location): exporters collapse its whitespace into
     * single spaces (vtysh stores descriptions that way) or do not write it, so line breaks (LF, CR,
     * U+0085, U+2028, U+2029) and tabs are allowed; other control characters are not.
     */
    TEXT,
    /** One line of printable text: display names, label values, annotations, comments in headers. */
    LINE,
    /**
     * One word of a router command line: peer-group, prefix-list, route-map, community-list,
     * BFD-profile and interface names, {@code remote-as}, {@code update-source}. FRR's and Quagga's
     * command lexers split a line at whitespace (FRR lib/command_lex.l, Quagga lib/command.c
     * {@code cmd_make_strvec}), and both vtysh shells bind {@code ?} to help while a line is typed
     * (vtysh.c {@code rl_bind_key('?', vtysh_rl_describe)}), so neither may appear in a name.
     */
    WORD,
    /**
     * The name of a secret ({@code passwordRef}): exporters write it as the placeholder
     * {@code @@SECRET:NAME@@}, which must stay one word for every format and for {@code grep}.
     */
    SECRET_NAME,
    /** FRR's {@code log} command (lib/log_vty.c): {@code syslog|stdout|monitor [LEVEL]}, {@code file PATH [LEVEL]}... */
    FRR_LOG,
    /** A Kubernetes namespace: an RFC 1123 label (apimachinery IsDNS1123Label). */
    DNS_LABEL,
    /** A Kubernetes Service name: an RFC 1035 label (apimachinery IsDNS1035Label, ValidateServiceName). */
    DNS_1035_LABEL,
    /** The SSH host of a device: a DNS name (RFC 1123) or an IP literal. */
    HOST,
    /** A login name: POSIX portable user names (XBD 3.437) plus the common dot. */
    USER,
    /** FRR's {@code -N} pathspace, which becomes a directory name under /var/run/frr and /etc/frr. */
    PATHSPACE,
    /** The program a push runs its commands through: one of the forms {@link CommandPrefix} allows. */
    COMMAND_PREFIX,
    /** Where a Quagga router keeps its files: one of the names of {@link io.peerplan.model.QuaggaLayout}. */
    QUAGGA_LAYOUT,
    /** A kubectl context: kubeconfig allows any printable name; a leading '-' would be read as an option. */
    KUBE_CONTEXT;

    private static final Pattern LOG_LEVEL = Pattern.compile(
            "(emergencies|alerts|critical|errors|warnings|notifications|informational|debugging)");
    private static final Pattern LOG = Pattern.compile("(?:(?:syslog|stdout|monitor)(?: " + LOG_LEVEL + ")?"
            + "|file [^\\s?]+(?: " + LOG_LEVEL + ")?"
            + "|facility (?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|local[0-7])"
            + "|record-priority|commands|timestamp precision [0-6])");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern LABEL_1035 = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9:]([A-Za-z0-9.:%-]{0,252})");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");
    private static final Pattern PATHSPACE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");
    private static final Pattern CONTEXT = Pattern.compile("[\\x21-\\x2c\\x2e-\\x7e][\\x20-\\x7e]{0,252}");

    /** Why the value does not fit, as a problem of a {@link Kind}; empty when it fits. */
    public Optional<Problem> check(String value) {
        Optional<Problem> control = control(value, this == TEXT);
        if (control.isPresent()) {
            return control;
        }
        String why = switch (this) {
            case TEXT, LINE -> null;
            case WORD -> word(value);
            case SECRET_NAME -> SECRET.matcher(value).matches() ? null : "is not a secret name (letters, digits, '.', '_', '-')";
            case FRR_LOG -> LOG.matcher(value.strip()).matches() ? null
                    : "is not an FRR log destination (syslog, stdout or file PATH, each with an optional level such as informational)";
            case DNS_LABEL -> LABEL.matcher(value).matches() ? null
                    : "is not a Kubernetes namespace name (lower-case letters, digits and '-', at most 63, RFC 1123)";
            case DNS_1035_LABEL -> LABEL_1035.matcher(value).matches() ? null
                    : "is not a Kubernetes Service name (a lower-case letter, then letters, digits and '-', at most 63, RFC 1035)";
            case HOST -> HOST_NAME.matcher(value).matches() ? null : "is not a host name or an IP address";
            case USER -> USER_NAME.matcher(value).matches() ? null : "is not a login name (letters, digits, '_', '.', '-')";
            case PATHSPACE -> PATHSPACE_NAME.matcher(value).matches() ? null
                    : "is not an FRR pathspace (letters, digits, '_', '.', '-'; it names a directory)";
            case COMMAND_PREFIX -> CommandPrefix.parse(value).isPresent() ? null
                    : "is not an allowed command prefix: Peerplan runs remote commands only through " + CommandPrefix.DESCRIPTION;
            case QUAGGA_LAYOUT -> io.peerplan.model.QuaggaLayout.parse(value).isPresent() ? null
                    : "is not a Quagga layout Peerplan knows (" + io.peerplan.model.QuaggaLayout.names() + ")";
            case KUBE_CONTEXT -> CONTEXT.matcher(value).matches() ? null
                    : "is not a kubectl context name (printable characters, not starting with '-')";
        };
        return why == null ? Optional.empty() : Optional.of(new Problem(Kind.SYNTAX, why));
    }

    /**
     * C0 and C1 control characters (Unicode category Cc) and the Unicode line and paragraph
     * separators: SnakeYAML, which reads YAML 1.1, ends a line (and so a comment) at U+0085,
     * U+2028 and U+2029 too (YAML 1.1 spec, 5.4 "Line Break Characters").
     */
    static Optional<Problem> control(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue; // printable ASCII, nearly every character of a design: no Unicode table lookup
            }
            int type = Character.getType(c);
            boolean bad = type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (bad && !(lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029'))) {
                String what = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? "a line break" : "a control character";
                return Optional.of(new Problem(Kind.CONTROL, "holds " + what + " (U+%04X) at position %d, which would end the line or command it is written into"
                        .formatted((int) c, i + 1)));
            }
        }
        return Optional.empty();
    }

    private static String word(String value) {
        if (value.isEmpty()) {
            return "is empty, but it is written as one word of a router command";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '?') {
                return "holds '?', which vtysh takes as a request for help while a command is typed";
            }
            if (c > 0x20 && c < 0x7f) {
                continue; // visible ASCII other than '?' fits: no Unicode table lookups
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return "holds a space (U+%04X) at position %d, but a router command line reads it as one word".formatted((int) c, i + 1);
            }
            if (Character.getType(c) == Character.FORMAT) {
                return "holds an invisible formatting character (U+%04X) at position %d".formatted((int) c, i + 1);
            }
        }
        return null;
    }

    /** {@link Kind#CONTROL}: a character no line-based format can hold; {@link Kind#SYNTAX}: the field's own grammar. */
    public enum Kind {
        CONTROL, SYNTAX
    }

    public record Problem(Kind kind, String reason) {
    }
}
