package io.peerplan.export.importer;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.Arrays;

/** One config line split into words, with safe accessors for the parsers. */
final class Line {
    final int number;
    final String text;
    final String[] w;

    Line(int number, String text) {
        this.number = number;
        this.text = text.strip();
        this.w = this.text.split("\\s+");
    }

    int size() {
        return w.length;
    }

    String at(int i) {
        return i < w.length ? w[i] : null;
    }

    boolean is(String... words) {
        if (words.length != w.length) {
            return false;
        }
        return starts(words);
    }

    boolean starts(String... words) {
        if (words.length > w.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(w[i])) {
                return false;
            }
        }
        return true;
    }

    /** The words from {@code i} on, joined by single spaces. */
    String rest(int i) {
        return i >= w.length ? "" : String.join(" ", Arrays.copyOfRange(w, i, w.length));
    }

    static Integer integer(String s) {
        if (s == null || !s.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.parseInt(s);
    }

    static Long number(String s) {
        if (s == null || !s.matches("[0-9]{1,10}")) {
            return null;
        }
        return Long.parseLong(s);
    }

    /** An AS number as FRR's {@code (1-4294967295)} tokens read it (bgpd/bgp_vty.c), or null. */
    static Long asn(String s) {
        Long n = number(s);
        return n != null && n <= io.peerplan.model.Asn.MAX ? n : null;
    }

    static Ip ip(String s) {
        if (s == null || !s.matches("[0-9A-Fa-f:.]+") || !(s.contains(".") || s.contains(":"))) {
            return null;
        }
        try {
            return Ip.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static IpPrefix prefix(String s) {
        if (s == null || !s.contains("/") && !s.equals("any")) {
            return null;
        }
        try {
            return IpPrefix.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
