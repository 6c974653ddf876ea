package io.peerplan.export.push;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device's answer to {@code show version}, checked before frr-reload.py is trusted with a diff:
 * frr-reload.py drives {@code vtysh} and parses FRR's own running-config, so a vtysh that is not
 * FRR's (Quagga's prints "Quagga 1.2.3", a wrapper or stub prints nothing) would make its "no
 * change" meaningless. FRR's vtysh answers with {@code FRRouting VERSION (HOST)...}
 * (lib/command.c {@code show_version}: {@code "%s %s (%s) on %s(%s).\n", FRR_FULL_NAME, FRR_VERSION, ...}).
 */
final class FrrVersion {
    private static final Pattern FRR = Pattern.compile("^FRRouting (\\d+\\.\\d+\\S*)", Pattern.MULTILINE);

    private FrrVersion() {
    }

    /** "FRRouting 8.4.4", or a failure saying what answered instead. */
    static String check(String showVersion) throws PushFailure {
        Matcher m = FRR.matcher(showVersion);
        if (!m.find()) {
            String first = showVersion.strip().lines().findFirst().orElse("");
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "the device's vtysh did not answer 'show version' as FRR does ("
                    + (first.isEmpty() ? "no output" : "'" + first.substring(0, Math.min(first.length(), 120)) + "'")
                    + "): frr-reload.py can only diff and apply FRR's own configuration");
        }
        return "FRRouting " + m.group(1);
    }
}
