package io.peerplan.export.push;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a candidate's secret placeholders ({@code @@SECRET:NAME@@}, see io.peerplan.export.Secrets)
 * with the values the device already uses: a candidate line {@code neighbor X password @@SECRET:n@@}
 * takes the rest of the running line {@code neighbor X password ...}. Peerplan thus pushes designs
 * with TCP-MD5 sessions without ever holding a secret in the project, a bundle or a log; the filled
 * text lives only in memory and in the 0600 file of the push's private directory on the device.
 * A placeholder the device has no value for stops the push before anything changes.
 */
final class DeviceSecrets {
    private static final Pattern PLACEHOLDER = Pattern.compile("@@SECRET:([A-Za-z0-9._-]+)@@");

    private DeviceSecrets() {
    }

    static boolean hasPlaceholders(String candidate) {
        return PLACEHOLDER.matcher(candidate).find();
    }

    static String fill(String candidate, String running) throws PushFailure {
        List<String> runningLines = running.lines().map(String::strip).toList();
        List<String> missing = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (String line : candidate.lines().toList()) {
            Matcher m = PLACEHOLDER.matcher(line);
            if (!m.find()) {
                out.append(line).append('\n');
                continue;
            }
            String key = line.substring(0, m.start()).strip();
            String value = runningLines.stream().filter(r -> r.startsWith(key + " ")).map(r -> r.substring(key.length()).strip())
                    .findFirst().orElse(null);
            if (value == null || value.isEmpty()) {
                missing.add(m.group(1) + " (for '" + key + "')");
                continue;
            }
            out.append(line, 0, m.start()).append(value).append(line.substring(m.end())).append('\n');
        }
        if (!missing.isEmpty()) {
            throw new PushFailure(PushFailure.Kind.INVALID_VALUE, "the device has no value yet for secret " + String.join(", ", missing)
                    + "; Peerplan never carries secrets: configure it on the device once, then push again");
        }
        return out.toString();
    }
}
