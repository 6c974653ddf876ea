package io.peerplan.app.ui.layout;

import io.peerplan.app.files.Settings;

/**
 * Pane sizes and visibility, remembered per user in {@link Settings} and per layout mode: a laptop
 * and a wide monitor want different sizes, so each mode keeps its own. Values come from a file the
 * user can edit, so anything unreadable or out of range falls back to the default.
 */
final class LayoutMemory {
    private static final double MAX_PX = 10_000;
    private final Settings settings;

    LayoutMemory(Settings settings) {
        this.settings = settings;
    }

    double size(boolean compact, String pane, double fallback) {
        String v = settings.get(key(compact, pane), null);
        if (v == null) {
            return fallback;
        }
        try {
            double px = Double.parseDouble(v);
            return px > 0 && px < MAX_PX ? px : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Writes only a real change (a whole pixel), so window resizes that keep a pane's size cost nothing. */
    void remember(boolean compact, String pane, double px) {
        if (px <= 0 || Math.abs(size(compact, pane, -1) - px) < 1) {
            return;
        }
        settings.put(key(compact, pane), Long.toString(Math.round(px)));
    }

    boolean shown(String pane) {
        return !"false".equals(settings.get("layout." + pane + ".shown", "true"));
    }

    void shown(String pane, boolean shown) {
        if (shown != shown(pane)) {
            settings.put("layout." + pane + ".shown", Boolean.toString(shown));
        }
    }

    private static String key(boolean compact, String pane) {
        return "layout." + (compact ? "compact." : "wide.") + pane;
    }
}
