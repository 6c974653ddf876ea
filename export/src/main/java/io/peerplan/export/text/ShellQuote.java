package io.peerplan.export.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * POSIX shell quoting for every generated shell line: remote command lines, and the commands the
 * bundle README and the MetalLB file headers tell the user to run. OpenSSH hands the command string to the login
 * user's shell ({@code sh -c}), so every argument is either made of characters no shell treats
 * specially or wrapped in single quotes, inside which nothing is special except the quote itself
 * (POSIX.1-2017 XCU 2.2.2); an embedded quote becomes {@code '\''}. Control characters are refused
 * outright: they are never legitimate in a router id, a path or a kubectl context.
 */
public final class ShellQuote {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./=:@%+,-]+");

    private ShellQuote() {
    }

    /** One argument, quoted only when needed. */
    public static String quote(String arg) {
        if (arg == null) {
            throw new UnwritableValueException("a shell command line", null, "is missing");
        }
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (Character.isISOControl(c)) {
                throw new UnwritableValueException("a shell command line", arg, "holds control character U+%04X".formatted((int) c));
            }
        }
        if (!arg.isEmpty() && SAFE.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** A command line: each argument quoted, joined with spaces. */
    public static String join(List<String> args) {
        return args.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
    }

    public static String join(String... args) {
        return join(List.of(args));
    }
}
