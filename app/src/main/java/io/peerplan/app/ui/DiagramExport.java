package io.peerplan.app.ui;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.render.DiagramPainter;
import io.peerplan.app.render.DiagramTheme;
import io.peerplan.app.render.Marks;
import io.peerplan.app.render.SvgSurface;
import io.peerplan.app.render.TextMeasure;
import io.peerplan.app.ui.canvas.CanvasSurface;
import io.peerplan.model.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Diagram export. SVG is written entirely off the FX thread from the immutable diagram. PNG needs
 * JavaFX to rasterise, so the FX thread paints and snapshots an off-screen canvas (one paint, the
 * same cost as a frame of a fitted view) and the PNG encoding runs in the background.
 */
public final class DiagramExport {
    /** Keeps the bitmap within what the software and GPU pipelines can snapshot. */
    static final double MAX_SIDE = 8000;
    static final double MARGIN = 24;

    private DiagramExport() {
    }

    public static String svg(Diagram d, Marks marks, DiagramTheme theme, TextMeasure measure) {
        Footprint c = d.contentBounds();
        SvgSurface s = new SvgSurface(c.width() + 2 * MARGIN, c.height() + 2 * MARGIN);
        new DiagramPainter(theme, measure).paintAll(s, d, marks, 1, MARGIN);
        return s.document();
    }

    public static void writeSvg(Path file, String svg) throws IOException {
        AtomicFiles.write(file, svg.getBytes(StandardCharsets.UTF_8));
    }

    /** Pixels of the whole diagram at up to 2× (FX thread). */
    public static Pixels rasterise(Diagram d, Marks marks, DiagramTheme theme, TextMeasure measure) {
        Footprint c = d.contentBounds();
        double scale = Math.min(2, MAX_SIDE / Math.max(1, Math.max(c.width(), c.height()) + 2 * MARGIN));
        int w = (int) Math.ceil((c.width() + 2 * MARGIN) * scale);
        int h = (int) Math.ceil((c.height() + 2 * MARGIN) * scale);
        Canvas canvas = new Canvas(w, h);
        new DiagramPainter(theme, measure).paintAll(new CanvasSurface(canvas.getGraphicsContext2D()), d, marks, scale,
                MARGIN * scale);
        return Pixels.of(canvas.snapshot(null, null));
    }

    /** Raw ARGB pixels, safe to hand to a background thread. */
    public record Pixels(int width, int height, int[] argb) {
        /** Copies an image's pixels (FX thread for a snapshot). */
        public static Pixels of(javafx.scene.image.Image image) {
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            return new Pixels(w, h, argb);
        }

        public byte[] png() throws IOException {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            img.setRGB(0, 0, width, height, argb, 0, width);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        }

        public void writePng(Path file) throws IOException {
            AtomicFiles.write(file, png());
        }
    }
}
