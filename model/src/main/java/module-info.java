/**
 * The Peerplan topology model: immutable records, the YAML project format, the bundled samples,
 * the validator and the BGP simulator. Pure Java: this module must never read JavaFX, export or app.
 */
module peerplan.model {
    requires transitive inet.ipaddr;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.jgrapht.core;

    exports io.peerplan.model;
    exports io.peerplan.model.io;
    exports io.peerplan.model.sample;
    exports io.peerplan.model.generate;
    exports io.peerplan.model.validate;
    exports io.peerplan.model.validate.input;
    exports io.peerplan.model.sim;
    exports io.peerplan.model.session;
    // The exporters announce what the validator resolves (pools as MetalLB parses them, legacy default advertisements).
    exports io.peerplan.model.validate.core to peerplan.export;
    // The Cilium export writes the cluster configs the validator judges (one grouping).
    exports io.peerplan.model.validate.cilium to peerplan.export;

    opens io.peerplan.model to com.fasterxml.jackson.databind;
    // ProjectCodec writes through Jackson, which instantiates NoneValues reflectively.
    opens io.peerplan.model.io to com.fasterxml.jackson.databind;
    opens io.peerplan.model.sample;
}
