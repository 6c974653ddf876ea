package io.peerplan.app.ui.push;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the push engine said when it refused a host key, picked out of its message (see the engine's
 * HostKeys: "is not in KNOWN_HOSTS, so Peerplan refuses to connect" with the fingerprint and the
 * {@code ssh-keyscan} lines, or "HAS CHANGED" with the {@code ssh-keygen -R} line), so the dialog
 * can show the fingerprint and the exact commands apart from the prose.
 *
 * @param changed       true when known_hosts holds a different key (possible man-in-the-middle)
 * @param fingerprint   the offered key's {@code SHA256:} fingerprint, as {@code ssh-keygen -lf} prints it
 * @param checkCommand  {@code ssh-keyscan … | ssh-keygen -lf -}, to compare the fingerprint (unknown key only)
 * @param trustCommand  {@code ssh-keyscan … >> known_hosts}, which trusts the key
 * @param removeCommand {@code ssh-keygen -R …}, which forgets the old key (changed key only)
 */
public record HostKeyNotice(boolean changed, String fingerprint, String checkCommand, String trustCommand, String removeCommand) {
    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]+");

    /** The notice in a device report's reason, if the device was refused for its host key. */
    public static Optional<HostKeyNotice> parse(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        boolean unknown = reason.contains("so Peerplan refuses to connect") && reason.contains(" is not in ");
        boolean changed = reason.contains("HAS CHANGED. Peerplan refuses to connect");
        if (!unknown && !changed) {
            return Optional.empty();
        }
        Matcher m = FINGERPRINT.matcher(reason);
        String fingerprint = m.find() ? m.group() : null;
        String check = null;
        String trust = null;
        String remove = null;
        for (String line : reason.lines().map(String::strip).toList()) {
            if (line.startsWith("ssh-keyscan ") && line.contains("| ssh-keygen -lf -")) {
                check = line;
            } else if (line.startsWith("ssh-keyscan ") && line.contains(" >> ")) {
                trust = line;
            } else if (line.startsWith("ssh-keygen -R ")) {
                remove = line;
            }
        }
        return Optional.of(new HostKeyNotice(changed, fingerprint, check, trust, remove));
    }
}
