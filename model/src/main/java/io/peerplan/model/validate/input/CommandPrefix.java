package io.peerplan.model.validate.input;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The programs a push may run its remote commands through ({@code management.commandPrefix}). A
 * prefix is the first words of every command line on the device, dry runs included, so an
 * arbitrary one would let a project file run any program there ({@code truncate -s0 FILE --}
 * empties the file named next, which is frr-reload.py's path). Only privilege helpers are
 * accepted: {@code sudo} and OpenBSD's {@code doas}, each with {@code -n} (never prompt: sudo(8),
 * doas(1)) and {@code -u USER}, nothing else.
 */
public final class CommandPrefix {
    public static final String DESCRIPTION = "sudo or doas, optionally with -n and -u USER (e.g. 'sudo -n', 'doas -u frr')";
    private static final Pattern ALLOWED = Pattern.compile(
            "(sudo|doas)(?: (-n))?(?: -u ([A-Za-z0-9_][A-Za-z0-9_.-]{0,31}))?(?: (-n))?");

    private CommandPrefix() {
    }

    /**
     * The prefix's words when it is one of the allowed forms (words separated by single or repeated
     * spaces), else empty; a null or blank value is the empty prefix.
     */
    public static Optional<List<String>> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(List.of());
        }
        String normal = String.join(" ", value.strip().split(" +"));
        Matcher m = ALLOWED.matcher(normal);
        if (!m.matches() || (m.group(2) != null && m.group(4) != null)) {
            return Optional.empty();
        }
        return Optional.of(List.of(normal.split(" ")));
    }
}
