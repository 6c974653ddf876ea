package io.peerplan.app.render;

/**
 * Where the diagram is drawn: the JavaFX canvas, or an SVG document. Coordinates are model units;
 * {@link #transform} maps them to the output. The painters only ever talk to this interface, so
 * the PNG and SVG exports show exactly what the canvas shows.
 */
public interface Surface {
    enum Align { LEFT, CENTER, RIGHT }

    void transform(double scale, double tx, double ty);

    void fill(Rgb color);

    void stroke(Rgb color);

    void lineWidth(double width);

    /** Dash lengths in model units; none for a solid line. */
    void dashes(double... lengths);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void line(double x1, double y1, double x2, double y2);

    /** Starts a batch of line segments stroked together: one draw call for thousands of links. */
    void beginLines();

    void addLine(double x1, double y1, double x2, double y2);

    void strokeLines();

    /** Text with its baseline at y. */
    void text(String text, double x, double y, double size, boolean bold, Align align);

    /**
     * Text of a fixed size in screen pixels, anchored at a model point: names stay readable when
     * zoomed out, and the rasteriser sees one font size instead of a new one every zoom step.
     */
    void screenText(String text, double x, double y, double pixels, boolean bold, Align align);

    /** An icon: 24×24 SVG path data scaled into a square of {@code size} at (x, y), filled. */
    void icon(String svgPath, double x, double y, double size);
}
