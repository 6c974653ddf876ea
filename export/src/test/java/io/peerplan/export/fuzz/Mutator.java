package io.peerplan.export.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-aware mutations of a config text, as a careless or hostile colleague would make them: a
 * value replaced by a border case or by another value of the file, lines dropped, repeated or
 * swapped, the text truncated, line endings changed, bytes that are not UTF-8. Seeded: one seed,
 * one mutant, so a failure is reproduced from the seed the test prints.
 */
final class Mutator {
    /** Values that broke a loader, validator, simulator or exporter somewhere (the hostile-input list of the fuzzing work, and more). */
    private static final List<String> BORDER_VALUES = List.of("", "~", "{}", "[]", "-1", "0", "1", "65535", "2147483647",
            "2147483648", "4294967295", "4294967296", "99999999999999999999", "-2147483649", "\"2147483648\"", "1.5", "1e9",
            "0x10", "true", "null", "\"\"", "::ffff:198.51.100.9", "::", "::1", "0.0.0.0", "0.0.0.0/0", "::/0",
            "255.255.255.255", "10.0.0.0/33", "fe80::1%eth0", "203.0.113.0/24", "2001:db8::/129", "-5s", "1h", "0s",
            "99999999999h", "abc", "x y", "a\u0085b", "\uFEFF", "\"\\u0000\"", "\"a\\nb\"", "'", "\"", "&a x", "*a",
            "!!binary AA==", "? x", "|", ">", "#", "- x", "[1, [2]]", "{a: 1}", "x".repeat(300));
    private static final Pattern VALUE = Pattern.compile("^(\\s*(?:- )?[A-Za-z_][\\w.-]*:\\s)(.+)$|^(\\s*- )(.+)$"
            + "|^(\\s*\\S+\\s)(.+)$");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of the text, as bytes (some mutations are not text). */
    byte[] mutate(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> replaceValue(lines, pick(BORDER_VALUES));
                case 3, 4 -> replaceValue(lines, valueFrom(lines));
                case 5 -> lines.remove(random.nextInt(lines.size()));
                case 6 -> lines.add(random.nextInt(lines.size()), lines.get(random.nextInt(lines.size())));
                case 7 -> swap(lines);
                case 8 -> {
                    int at = random.nextInt(lines.size());
                    String l = lines.get(at);
                    lines.set(at, l.substring(0, random.nextInt(l.length() + 1)));
                }
                default -> {
                    return whole(String.join("\n", lines));
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Mutations of the whole text: truncation, other line endings, an invalid UTF-8 byte. */
    private byte[] whole(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 1 -> text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
            case 2 -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] out = bytes.clone();
                if (out.length > 0) {
                    out[random.nextInt(out.length)] = (byte) (0x80 | random.nextInt(0x80));
                }
                yield out;
            }
        };
    }

    private void replaceValue(List<String> lines, String value) {
        int at = random.nextInt(lines.size());
        Matcher m = VALUE.matcher(lines.get(at));
        if (m.matches()) {
            String head = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            lines.set(at, head + value);
        }
    }

    /** A value that occurs elsewhere in the file: an id, an address, an ASN used in the wrong place. */
    private String valueFrom(List<String> lines) {
        for (int tries = 0; tries < 8; tries++) {
            Matcher m = VALUE.matcher(lines.get(random.nextInt(lines.size())));
            if (m.matches()) {
                String v = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6);
                if (v != null) {
                    return v;
                }
            }
        }
        return pick(BORDER_VALUES);
    }

    private void swap(List<String> lines) {
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
