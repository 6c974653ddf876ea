package io.peerplan.app.render;

/**
 * The canvas colours for one UI theme, matched to AtlantaFX's Primer Light and Primer Dark
 * palettes so the drawing reads as part of the window. Icons use {@link #foreground}, the theme's
 * text colour, which is what makes them right in both themes.
 */
public record DiagramTheme(
        String name,
        Rgb background,
        Rgb grid,
        Rgb regionFill,
        Rgb regionStroke,
        Rgb regionTitle,
        Rgb cardFill,
        Rgb networkFill,
        Rgb cardStroke,
        Rgb foreground,
        Rgb muted,
        Rgb accent,
        Rgb ebgp,
        Rgb ibgp,
        Rgb unknown,
        Rgb attachment,
        Rgb error,
        Rgb warning,
        Rgb info,
        Rgb labelFill) {

    public static final DiagramTheme LIGHT = new DiagramTheme("light",
            Rgb.hex("#ffffff"), Rgb.hex("#eef1f4"), Rgb.hex("#0969da").alpha(0.035), Rgb.hex("#8c959f"),
            Rgb.hex("#eaeef2"), Rgb.hex("#f6f8fa"), Rgb.hex("#ddf4ff"), Rgb.hex("#afb8c1"), Rgb.hex("#1f2328"),
            Rgb.hex("#656d76"), Rgb.hex("#0969da"), Rgb.hex("#0550ae"), Rgb.hex("#8250df"), Rgb.hex("#6e7781"),
            Rgb.hex("#8c959f"), Rgb.hex("#cf222e"), Rgb.hex("#9a6700"), Rgb.hex("#0969da"), Rgb.hex("#ffffff"));

    public static final DiagramTheme DARK = new DiagramTheme("dark",
            Rgb.hex("#0d1117"), Rgb.hex("#161b22"), Rgb.hex("#388bfd").alpha(0.05), Rgb.hex("#484f58"),
            Rgb.hex("#161b22"), Rgb.hex("#161b22"), Rgb.hex("#0c2d6b"), Rgb.hex("#30363d"), Rgb.hex("#e6edf3"),
            Rgb.hex("#8d96a0"), Rgb.hex("#2f81f7"), Rgb.hex("#58a6ff"), Rgb.hex("#bc8cff"), Rgb.hex("#8d96a0"),
            Rgb.hex("#6e7681"), Rgb.hex("#f85149"), Rgb.hex("#d29922"), Rgb.hex("#58a6ff"), Rgb.hex("#0d1117"));

    /** The same palette on another background (a transparent export). */
    public DiagramTheme withBackground(Rgb value) {
        return new DiagramTheme(name, value, grid, regionFill, regionStroke, regionTitle, cardFill, networkFill, cardStroke,
                foreground, muted, accent, ebgp, ibgp, unknown, attachment, error, warning, info, labelFill);
    }
}
