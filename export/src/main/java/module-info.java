/**
 * Peerplan's outputs: pure config generators (FRR, Quagga, RouterOS, MetalLB), import of existing
 * configs, the real-FRR lab and SSH push. Depends on the model only; never on JavaFX or the app.
 * sshj stays an implementation detail of {@code io.peerplan.export.push} (no sshj type in its API),
 * so it is not required transitively (stack.md).
 */
module peerplan.export {
    requires transitive peerplan.model;
    requires com.fasterxml.jackson.databind;
    requires com.hierynomus.sshj;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.slf4j;

    requires com.fasterxml.jackson.dataformat.yaml;

    exports io.peerplan.export;
    exports io.peerplan.export.push;
    exports io.peerplan.export.frr;
    exports io.peerplan.export.metallb;
    exports io.peerplan.export.frrk8s;
    exports io.peerplan.export.cilium;
    exports io.peerplan.export.quagga;
    exports io.peerplan.export.routeros;
    exports io.peerplan.export.importer;
    exports io.peerplan.export.lab;
    exports io.peerplan.export.text;

    opens io.peerplan.export.lab to com.fasterxml.jackson.databind;
}
