package io.peerplan.app.render;

import java.util.Locale;

/** A colour with alpha, independent of JavaFX so the SVG export can use it off the FX thread. */
public record Rgb(int r, int g, int b, double a) {

    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, 1);
    }

    public Rgb alpha(double alpha) {
        return new Rgb(r, g, b, alpha);
    }

    /** {@code #rrggbb}, for SVG fill/stroke attributes (opacity goes separately). */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
