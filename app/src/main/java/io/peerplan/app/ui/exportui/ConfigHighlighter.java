package io.peerplan.app.ui.exportui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a config file into styled spans for the preview: comments (FRR/Quagga "!" and "#",
 * RouterOS "#", YAML "#"), leading keywords, IP addresses and prefixes, numbers, and YAML keys.
 * Pure, so it is unit-tested and runs off the FX thread.
 */
public final class ConfigHighlighter {
    public enum Style { PLAIN, COMMENT, KEYWORD, ADDRESS, NUMBER, KEY }

    public record Span(String text, Style style) {
    }

    private static final Set<String> KEYWORDS = Set.of("router", "neighbor", "network", "address-family",
            "exit-address-family", "route-map", "ip", "ipv6", "bgp", "bfd", "profile", "peer", "permit", "deny", "match",
            "set", "prefix-list", "interface", "hostname", "frr", "log", "line", "end", "exit", "redistribute", "remote-as",
            "peer-group", "listen", "add", "apiVersion", "kind", "metadata", "spec", "/routing", "/ip", "/interface",
            "password", "service", "debug", "access-list", "community-list", "bgp-community", "maximum-paths");
    private static final Pattern TOKEN = Pattern.compile(
            "(?<addr>\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?\\b)|(?<num>\\b\\d+\\b)|(?<word>[/A-Za-z][\\w./-]*)");

    private ConfigHighlighter() {
    }

    public static List<Span> highlight(String text) {
        List<Span> out = new ArrayList<>();
        boolean yaml = text.startsWith("apiVersion") || text.contains("\napiVersion:") || text.startsWith("---");
        for (String line : text.split("\n", -1)) {
            line(line, yaml, out);
            out.add(new Span("\n", Style.PLAIN));
        }
        if (!out.isEmpty()) {
            out.removeLast();
        }
        return merge(out);
    }

    private static void line(String line, boolean yaml, List<Span> out) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("!") || trimmed.startsWith("#")) {
            out.add(new Span(line, Style.COMMENT));
            return;
        }
        int colon = yaml ? line.indexOf(':') : -1;
        int start = 0;
        if (colon > 0 && line.substring(0, colon).strip().matches("-?\\s*[\\w.-]+")) {
            out.add(new Span(line.substring(0, colon + 1), Style.KEY));
            start = colon + 1;
        }
        Matcher m = TOKEN.matcher(line);
        m.region(start, line.length());
        int pos = start;
        while (m.find()) {
            if (m.start() > pos) {
                out.add(new Span(line.substring(pos, m.start()), Style.PLAIN));
            }
            Style s;
            if (m.group("addr") != null) {
                s = Style.ADDRESS;
            } else if (m.group("num") != null) {
                s = Style.NUMBER;
            } else {
                s = KEYWORDS.contains(m.group()) ? Style.KEYWORD : Style.PLAIN;
            }
            out.add(new Span(m.group(), s));
            pos = m.end();
        }
        if (pos < line.length()) {
            out.add(new Span(line.substring(pos), Style.PLAIN));
        }
    }

    /** Neighbouring spans of one style become one, so the preview needs few Text nodes. */
    private static List<Span> merge(List<Span> in) {
        List<Span> out = new ArrayList<>();
        for (Span s : in) {
            if (!out.isEmpty() && out.getLast().style() == s.style()) {
                out.set(out.size() - 1, new Span(out.getLast().text() + s.text(), s.style()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
