package io.peerplan.model.validate;

import java.util.Optional;

/**
 * How MetalLB findings name the object they are about, in front of the message:
 * {@code BGPPeer p1 (cluster k8s): …}. A finding's elements are topology ids (the cluster), so the
 * designer reads the object back from this prefix ({@link #named}) to select it.
 *
 * @param kind the CRD kind, as MetalLB's own errors name it (BGPPeer, BGPAdvertisement, ...)
 * @param name the object's name; null for an unnamed object
 */
public record MetalLbObjectName(String kind, String name) {
    private static final String UNNAMED = "(unnamed)";
    private static final String CLUSTER = " (cluster ";

    /** The message prefix for this object in the cluster shown as {@code clusterName}. */
    public String in(String clusterName) {
        return kind + " " + (name == null || name.isEmpty() ? UNNAMED : name) + CLUSTER + clusterName + ")";
    }

    /**
     * The object a MetalLB finding's message names, if it names one: the kind is the first word,
     * the name runs up to {@code " (cluster "} (Kubernetes names hold no spaces).
     */
    public static Optional<MetalLbObjectName> named(String message) {
        int space = message.indexOf(' ');
        int cluster = message.indexOf(CLUSTER);
        if (space < 0 || cluster <= space) {
            return Optional.empty();
        }
        String name = message.substring(space + 1, cluster);
        return name.equals(UNNAMED) ? Optional.empty() : Optional.of(new MetalLbObjectName(message.substring(0, space), name));
    }
}
