package io.peerplan.app.ui.vm;

import io.peerplan.app.design.SpeakerPeering;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The small choice a cluster-to-router peering asks for when it is drawn: how the router accepts
 * the speakers (a listen range with a peer group, or one neighbor per node) and whether they speak
 * the router's AS (iBGP) or a free private one (eBGP). Starts on the defaults, so Enter accepts
 * what the samples do.
 */
public final class PeeringChoice {
    private final EditActions edits;
    private final String from;
    private final String to;
    private final String router;
    private final SpeakerPeering.Options options;
    private final BooleanProperty listenRange = new SimpleBooleanProperty(this, "listenRange");
    private final BooleanProperty ibgp = new SimpleBooleanProperty(this, "ibgp");

    public PeeringChoice(EditActions edits, String from, String to, String router, SpeakerPeering.Options options) {
        this.edits = edits;
        this.from = from;
        this.to = to;
        this.router = router;
        this.options = options;
        SpeakerPeering.Choice defaults = options.defaults();
        listenRange.set(defaults.listenRange());
        ibgp.set(options.ibgpAsn() != null && defaults.asn() == options.ibgpAsn());
    }

    public String title() {
        return "Connect " + from + " to " + to;
    }

    /** True when the router can accept the speakers through a listen range (FRR). */
    public boolean offersListenRange() {
        return options.canListen();
    }

    /** True when the cluster has no AS yet and the router has one to share. */
    public boolean offersAs() {
        return options.fixedAsn() == null && options.ibgpAsn() != null;
    }

    public String listenText() {
        return "bgp listen range with a peer group on " + router;
    }

    public String perNodeText() {
        return "one neighbor per speaker node on " + router;
    }

    public String ibgpText() {
        return "iBGP: AS " + options.ibgpAsn() + ", " + router + "'s own";
    }

    public String ebgpText() {
        return "eBGP: AS " + options.ebgpAsn() + ", a free private AS";
    }

    /** The AS when there is nothing to choose, for a line of text. */
    public String fixedAsText() {
        long asn = options.defaults().asn();
        return "The speakers' AS: " + asn + (options.fixedAsn() != null ? " (the cluster's)" : "");
    }

    public BooleanProperty listenRangeProperty() {
        return listenRange;
    }

    public BooleanProperty ibgpProperty() {
        return ibgp;
    }

    /** Draws the peering as chosen, as one edit; empty when done, else why not. */
    public Optional<String> connect() {
        long asn = !offersAs() ? options.defaults().asn() : ibgp.get() ? options.ibgpAsn() : options.ebgpAsn();
        return edits.connect(from, to, new SpeakerPeering.Choice(listenRange.get() && options.canListen(), asn));
    }
}
