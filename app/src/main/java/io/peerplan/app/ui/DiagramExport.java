package io.peerplan.app.ui;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.render.DiagramPainter;
import io.peerplan.app.render.DiagramTheme;
import io.peerplan.app.render.Legend;
import io.peerplan.app.render.LegendPainter;
import io.peerplan.app.render.Marks;
import io.peerplan.app.render.SimulationMarks;
import io.peerplan.app.render.Surface;
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
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

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

    /**
     * What the user chose in the export dialog. The background picks the palette too: a transparent
     * picture uses the light theme's ink, which reads on the white pages it is usually pasted into.
     *
     * @param scale PNG pixels per model unit (clamped so no side exceeds {@value #MAX_SIDE}); SVG is vector
     */
    public record Options(Backdrop backdrop, boolean badges, boolean legend, double scale) {
        public enum Backdrop { LIGHT, DARK, TRANSPARENT }

        public DiagramTheme theme() {
            return switch (backdrop) {
                case LIGHT -> DiagramTheme.LIGHT;
                case DARK -> DiagramTheme.DARK;
                case TRANSPARENT -> DiagramTheme.LIGHT.withBackground(DiagramTheme.LIGHT.background().alpha(0));
            };
        }

        /** The current look: the window's theme, badges, no legend, 2×. */
        public static Options like(DiagramTheme theme) {
            return new Options(theme == DiagramTheme.DARK ? Backdrop.DARK : Backdrop.LIGHT, true, false, 2);
        }
    }

    public static String svg(Diagram d, Marks marks, Options o, TextMeasure measure) {
        Picture p = new Picture(d, o.badges() ? marks : Marks.NONE, o, measure, 1);
        SvgSurface s = new SvgSurface(p.width, p.height);
        p.paint(s);
        return s.document();
    }

    public static void writeSvg(Path file, String svg) throws IOException {
        AtomicFiles.write(file, svg.getBytes(StandardCharsets.UTF_8));
    }

    /** Pixels of the whole diagram at the chosen scale (FX thread). */
    public static Pixels rasterise(Diagram d, Marks marks, Options o, TextMeasure measure) {
        Footprint c = d.contentBounds();
        double scale = Math.min(Math.max(0.25, o.scale()), MAX_SIDE / Math.max(1, Math.max(c.width(), c.height()) + 2 * MARGIN));
        Picture p = new Picture(d, o.badges() ? marks : Marks.NONE, o, measure, scale);
        Canvas canvas = new Canvas(Math.ceil(p.width), Math.ceil(p.height));
        p.paint(new CanvasSurface(canvas.getGraphicsContext2D()));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT); // the default white would fill in a transparent background
        return Pixels.of(canvas.snapshot(params, null));
    }

    /** The diagram, with the legend under it when asked for, in output units (model units × scale). */
    private static final class Picture {
        private final Diagram diagram;
        private final Marks marks;
        private final Options options;
        private final TextMeasure measure;
        private final double scale;
        private final Legend legend;
        private final double[] legendSize;
        final double width;
        final double height;

        Picture(Diagram d, Marks marks, Options o, TextMeasure measure, double scale) {
            this.diagram = d;
            this.marks = marks;
            this.options = o;
            this.measure = measure;
            this.scale = scale;
            Footprint c = d.contentBounds();
            this.legend = o.legend() ? Legend.of(d, marks, SimulationMarks.NONE, o.theme()) : null;
            this.legendSize = legend == null ? new double[] {0, 0} : new LegendPainter(o.theme(), measure).size(legend);
            this.width = Math.max(c.width() + 2 * MARGIN, legendSize[0] + 2 * MARGIN) * scale;
            this.height = (c.height() + 2 * MARGIN + (legend == null ? 0 : legendSize[1] + MARGIN)) * scale;
        }

        void paint(Surface s) {
            s.transform(1, 0, 0);
            s.fill(options.theme().background());
            s.fillRect(0, 0, width, height);
            new DiagramPainter(options.theme(), measure).paintAll(s, diagram, marks, scale, MARGIN * scale);
            if (legend != null) {
                s.transform(scale, 0, 0);
                Footprint c = diagram.contentBounds();
                new LegendPainter(options.theme(), measure).paint(s, legend, MARGIN, c.height() + 2 * MARGIN);
            }
        }
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

        /**
         * The PNG file: three bytes a pixel when every pixel is opaque (a window, a diagram on a
         * background), four only with transparency, and deflate at its best level (ImageIO's PNG
         * writer maps compression quality 0 to zlib level 9; its default is level 4).
         */
        public byte[] png() throws IOException {
            boolean opaque = true;
            for (int p : argb) {
                if (p >>> 24 != 0xff) {
                    opaque = false;
                    break;
                }
            }
            BufferedImage img = new BufferedImage(width, height,
                    opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            img.setRGB(0, 0, width, height, argb, 0, width);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0f);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }

        public void writePng(Path file) throws IOException {
            AtomicFiles.write(file, png());
        }
    }
}
