/** Element icons as SVG path data: no JavaFX dependency, so any renderer (canvas, SVG export) can use them. */
module peerplan.icons {
    exports io.peerplan.icons;
}
