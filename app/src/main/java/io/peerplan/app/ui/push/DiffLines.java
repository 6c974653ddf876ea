package io.peerplan.app.ui.push;

import java.util.ArrayList;
import java.util.List;

/**
 * A device's diff split into coloured lines. Two shapes come from the push engine: frr-reload.py
 * {@code --test} output ("Lines To Delete" / "Lines To Add" sections, each under a row of '='; the
 * lines themselves carry no +/-), and {@code kubectl diff}'s unified diff. Both become one unified
 * view: a deleted line shows as {@code - line}, an added one as {@code + line}. Pure, unit-tested.
 */
public final class DiffLines {
    public enum Kind { HEADER, DELETE, ADD, CONTEXT }

    public record Line(Kind kind, String text) {
    }

    private DiffLines() {
    }

    public static List<Line> parse(String diff) {
        List<Line> out = new ArrayList<>();
        if (diff == null || diff.isBlank()) {
            return out;
        }
        boolean reload = diff.lines().anyMatch(l -> l.equals("Lines To Delete") || l.equals("Lines To Add"));
        Kind section = null;
        for (String line : diff.lines().toList()) {
            if (reload) {
                if (line.equals("Lines To Delete")) {
                    section = Kind.DELETE;
                    out.add(new Line(Kind.HEADER, line));
                } else if (line.equals("Lines To Add")) {
                    section = Kind.ADD;
                    out.add(new Line(Kind.HEADER, line));
                } else if (line.isBlank() || line.chars().allMatch(c -> c == '=')) {
                    continue;
                } else if (section == null) {
                    out.add(new Line(Kind.CONTEXT, line));
                } else {
                    out.add(new Line(section, (section == Kind.DELETE ? "- " : "+ ") + line));
                }
            } else {
                out.add(unified(line));
            }
        }
        return out;
    }

    private static Line unified(String line) {
        if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@") || line.startsWith("diff ")) {
            return new Line(Kind.HEADER, line);
        }
        if (line.startsWith("+")) {
            return new Line(Kind.ADD, line);
        }
        if (line.startsWith("-")) {
            return new Line(Kind.DELETE, line);
        }
        return new Line(Kind.CONTEXT, line);
    }

    /** Lines deleted and added, for the confirmation summary. */
    public static int[] counts(String diff) {
        int[] c = new int[2];
        for (Line l : parse(diff)) {
            if (l.kind() == Kind.DELETE) {
                c[0]++;
            } else if (l.kind() == Kind.ADD) {
                c[1]++;
            }
        }
        return c;
    }
}
