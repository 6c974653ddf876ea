package io.peerplan.app.render;

import java.util.Locale;

/**
 * Writes what the painters draw as an SVG 1.1 document. Coordinates are transformed as they are
 * written, so the file has no nested transforms to confuse editors (Inkscape, draw.io import).
 */
public final class SvgSurface implements Surface {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final double width;
    private final double height;
    private double scale = 1;
    private double tx;
    private double ty;
    private Rgb fill = Rgb.hex("#000000");
    private Rgb stroke = Rgb.hex("#000000");
    private double lineWidth = 1;
    private double[] dashes = new double[0];
    private StringBuilder batch;

    public SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The finished document. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" "
                        + "viewBox=\"0 0 %s %s\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">%n",
                        n(width), n(height), n(width), n(height))
                + out + "</svg>\n";
    }

    @Override
    public void transform(double scale, double tx, double ty) {
        this.scale = scale;
        this.tx = tx;
        this.ty = ty;
    }

    @Override
    public void fill(Rgb color) {
        fill = color;
    }

    @Override
    public void stroke(Rgb color) {
        stroke = color;
    }

    @Override
    public void lineWidth(double w) {
        lineWidth = w;
    }

    @Override
    public void dashes(double... lengths) {
        dashes = lengths.clone();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillRoundRect(x, y, w, h, 0);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeRoundRect(x, y, w, h, 0);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        out.append(rect(x, y, w, h, arc)).append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        out.append(rect(x, y, w, h, arc)).append(" fill=\"none\"").append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        out.append(ellipse(x, y, w, h)).append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        out.append(ellipse(x, y, w, h)).append(" fill=\"none\"").append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(n(X(x1))).append("\" y1=\"").append(n(Y(y1))).append("\" x2=\"")
                .append(n(X(x2))).append("\" y2=\"").append(n(Y(y2))).append('"').append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void beginLines() {
        batch = new StringBuilder();
    }

    @Override
    public void addLine(double x1, double y1, double x2, double y2) {
        batch.append('M').append(n(X(x1))).append(' ').append(n(Y(y1))).append('L').append(n(X(x2))).append(' ')
                .append(n(Y(y2)));
    }

    @Override
    public void strokeLines() {
        if (batch != null && !batch.isEmpty()) {
            out.append("<path d=\"").append(batch).append("\" fill=\"none\"").append(strokeAttrs()).append("/>\n");
        }
        batch = null;
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Align align) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        out.append("<text x=\"").append(n(X(x))).append("\" y=\"").append(n(Y(y))).append("\" font-size=\"")
                .append(n(size * scale)).append('"').append(bold ? " font-weight=\"bold\"" : "")
                .append(" text-anchor=\"").append(anchor).append('"').append(fillAttrs()).append('>')
                .append(escape(text)).append("</text>\n");
    }

    @Override
    public void screenText(String text, double x, double y, double pixels, boolean bold, Align align) {
        text(text, x, y, pixels / scale, bold, align);
    }

    @Override
    public void icon(String svgPath, double x, double y, double size) {
        out.append("<path transform=\"translate(").append(n(X(x))).append(' ').append(n(Y(y))).append(") scale(")
                .append(n(size * scale / 24)).append(")\" d=\"").append(svgPath).append('"').append(fillAttrs())
                .append("/>\n");
    }

    private String rect(double x, double y, double w, double h, double arc) {
        String r = arc > 0 ? " rx=\"" + n(Math.min(arc / 2, Math.min(w, h) / 2) * scale) + "\"" : "";
        return "<rect x=\"" + n(X(x)) + "\" y=\"" + n(Y(y)) + "\" width=\"" + n(w * scale) + "\" height=\"" + n(h * scale)
                + "\"" + r;
    }

    private String ellipse(double x, double y, double w, double h) {
        return "<ellipse cx=\"" + n(X(x + w / 2)) + "\" cy=\"" + n(Y(y + h / 2)) + "\" rx=\"" + n(w / 2 * scale)
                + "\" ry=\"" + n(h / 2 * scale) + "\"";
    }

    private String fillAttrs() {
        return " fill=\"" + fill.hex() + "\"" + (fill.a() < 1 ? " fill-opacity=\"" + n(fill.a()) + "\"" : "");
    }

    private String strokeAttrs() {
        StringBuilder b = new StringBuilder(" stroke=\"").append(stroke.hex()).append('"')
                .append(" stroke-width=\"").append(n(lineWidth * scale)).append('"');
        if (stroke.a() < 1) {
            b.append(" stroke-opacity=\"").append(n(stroke.a())).append('"');
        }
        if (dashes.length > 0) {
            b.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                b.append(i == 0 ? "" : " ").append(n(dashes[i] * scale));
            }
            b.append('"');
        }
        return b.toString();
    }

    private double X(double x) {
        return x * scale + tx;
    }

    private double Y(double y) {
        return y * scale + ty;
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
