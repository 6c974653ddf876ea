package io.peerplan.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a Quagga router keeps its daemon configs and how its daemons are restarted
 * ({@code management.quaggaLayout}). The names are the only values a project may give; the paths
 * behind them are fixed by Peerplan, so a project cannot make a push run any other program.
 */
public enum QuaggaLayout {
    /** OpenWrt's quagga packages: {@code /etc/quagga/} and the {@code /etc/init.d/quagga} script (the default). */
    OPENWRT("openwrt"),
    /** Quagga's own systemd units (redhat/zebra.service, bgpd.service): {@code /etc/quagga/}, {@code systemctl}. */
    LINUX("linux");

    private final String json;

    QuaggaLayout(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** The layout named in a project; empty when the name is none of them. */
    public static Optional<QuaggaLayout> parse(String name) {
        return Arrays.stream(values()).filter(l -> l.json.equals(name)).findFirst();
    }

    /** The layout of a management block: the named one, or {@link #OPENWRT} when none is named (seed 001's router). */
    public static QuaggaLayout of(Management m) {
        return m == null || m.quaggaLayout() == null ? OPENWRT : parse(m.quaggaLayout()).orElse(OPENWRT);
    }

    /** The names, for messages: "openwrt or linux". */
    public static String names() {
        return String.join(" or ", Arrays.stream(values()).map(QuaggaLayout::json).toList()).toLowerCase(Locale.ROOT);
    }
}
