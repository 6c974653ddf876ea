package io.peerplan.app.ui.view;

import io.peerplan.icons.ElementIcon;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icon nodes. Element icons come from the {@code icons} module as SVG paths and are painted with
 * the theme's foreground colour through CSS ({@code .element-icon} in designer.css), so they follow
 * a light/dark switch without rebuilding anything. Command icons are Material Design glyphs.
 */
public final class Icons {
    private Icons() {
    }

    public static Region element(ElementIcon icon, double size) {
        SVGPath shape = new SVGPath();
        shape.setContent(icon.svgPath());
        Region r = new Region();
        r.setShape(shape);
        r.setScaleShape(true);
        r.setMinSize(size, size);
        r.setPrefSize(size, size);
        r.setMaxSize(size, size);
        r.getStyleClass().add("element-icon");
        return r;
    }

    public static Node glyph(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("command-icon");
        return icon;
    }
}
