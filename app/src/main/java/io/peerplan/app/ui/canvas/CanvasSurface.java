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

    public CanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void transform(double scale, double tx, double ty) {
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

    @Override
    public void beginLines() {
        gc.beginPath();
    }

    @Override
    public void addLine(double x1, double y1, double x2, double y2) {
        gc.moveTo(x1, y1);
        gc.lineTo(x2, y2);
    }

    @Override
    public void strokeLines() {
        gc.stroke();
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

    private Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }
}
