/**
 * Peerplan's outputs: pure config generators (FRR, Quagga, RouterOS, MetalLB), import of existing
 * configs, the real-FRR lab and SSH push. Depends on the model only; never on JavaFX or the app.
 */
module peerplan.export {
    requires transitive peerplan.model;

    requires com.fasterxml.jackson.dataformat.yaml;

    exports io.peerplan.export;
    exports io.peerplan.export.frr;
    exports io.peerplan.export.metallb;
    exports io.peerplan.export.quagga;
    exports io.peerplan.export.routeros;
    exports io.peerplan.export.importer;
    exports io.peerplan.export.session;
}
