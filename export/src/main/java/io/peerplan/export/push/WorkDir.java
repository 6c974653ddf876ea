package io.peerplan.export.push;

import io.peerplan.export.text.ShellQuote;
import java.util.regex.Pattern;

/**
 * A push's private directory on the device, made by {@code mktemp -d} (mode 0700, so no other user
 * can swap a file between upload and use). The name mktemp prints is checked before it becomes part
 * of any later command line.
 */
record WorkDir(String path) {
    /** The command that makes one; it prints the directory's name. */
    static final String MAKE = "mktemp -d /tmp/peerplan-push.XXXXXXXX";
    private static final Pattern NAME = Pattern.compile("/tmp/peerplan-push\\.[A-Za-z0-9]{8,}");

    /** Accepts the directory mktemp printed. */
    static WorkDir of(String printed) throws PushFailure {
        if (!NAME.matcher(printed).matches()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "mktemp printed an unexpected directory name: '" + printed + "'");
        }
        return new WorkDir(printed);
    }

    String file(String name) {
        return path + "/" + name;
    }

    String remove() {
        return ShellQuote.join("rm", "-rf", "--", path);
    }
}
