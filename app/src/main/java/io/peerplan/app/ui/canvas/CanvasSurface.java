package io.peerplan.app.ui.canvas;

import io.peerplan.app.render.Rgb;
import io.peerplan.app.render.Surface;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The painters' {@link Surface} on a JavaFX canvas. Colours and fonts are cached: a frame allocates almost nothing. */
public final class CanvasSurface implements Surface {
    private static final String FAMILY = Font.getDefault().getFamily();

    private final GraphicsContext gc;
    private final Map<Rgb, Color> colors = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private double scale = 1;
    private double tx;
    private double ty;

    public CanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void transform(double scale, double tx, double ty) {
        this.scale = scale;
        this.tx = tx;
        this.ty = ty;
        gc.setTransform(scale, 0, 0, scale, tx, ty);
    }

    @Override
    public void screenText(String text, double x, double y, double pixels, boolean bold, Align align) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        text(text, x * scale + tx, y * scale + ty, pixels, bold, align);
        gc.setTransform(scale, 0, 0, scale, tx, ty);
    }

    @Override
    public void fill(Rgb color) {
        gc.setFill(color(color));
    }

    @Override
    public void stroke(Rgb color) {
        gc.setStroke(color(color));
    }

    @Override
    public void lineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void dashes(double... lengths) {
        gc.setLineDashes(lengths.length == 0 ? null : lengths);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        gc.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    /**
     * A batch is stroked line by line. One path of many lines would be one shape whose bounding
     * box spans the canvas, and the antialiasing rasteriser (Marlin, used by every Prism pipeline
     * for strokes) then computes coverage across that whole box row by row: measured ~2× slower
     * than separate lines, each with a small box.
     */
    @Override
    public void beginLines() {
    }

    @Override
    public void addLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeLines() {
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Align align) {
        gc.setFont(font(size, bold));
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    @Override
    public void icon(String svgPath, double x, double y, double size) {
        gc.save();
        gc.translate(x, y);
        gc.scale(size / 24, size / 24);
        gc.beginPath();
        gc.appendSVGPath(svgPath);
        gc.fill();
        gc.restore();
    }

    private Color color(Rgb c) {
        return colors.computeIfAbsent(c, k -> Color.rgb(k.r(), k.g(), k.b(), k.a()));
    }

    /** Fonts by size; zooming makes many sizes, so the cache is emptied when it grows past a few hundred. */
    private Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        if (fonts.size() > 256) {
            fonts.clear();
        }
        return fonts.computeIfAbsent(key, k -> Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }
}
