package io.peerplan.model;

/**
 * How Peerplan reaches a device to push config: SSH host, port, user, an optional command prefix
 * (e.g. {@code sudo}), for FRR run with {@code -N} the pathspace, and for Quagga the layout of its
 * files ({@link QuaggaLayout}). Never a password or key: authentication comes from ssh-agent or a
 * key file given at push time.
 */
public record Management(String host, Integer port, String user, String commandPrefix, String frrPathspace, String quaggaLayout) {

    /** Settings without a Quagga layout (FRR routers, clusters, and Quagga routers on OpenWrt's). */
    public Management(String host, Integer port, String user, String commandPrefix, String frrPathspace) {
        this(host, port, user, commandPrefix, frrPathspace, null);
    }

    public int effectivePort() {
        return port != null ? port : 22;
    }

    public Management withHost(String value) {
        return new Management(value, port, user, commandPrefix, frrPathspace, quaggaLayout);
    }

    public Management withPort(Integer value) {
        return new Management(host, value, user, commandPrefix, frrPathspace, quaggaLayout);
    }

    public Management withUser(String value) {
        return new Management(host, port, value, commandPrefix, frrPathspace, quaggaLayout);
    }

    public Management withCommandPrefix(String value) {
        return new Management(host, port, user, value, frrPathspace, quaggaLayout);
    }

    public Management withFrrPathspace(String value) {
        return new Management(host, port, user, commandPrefix, value, quaggaLayout);
    }

    public Management withQuaggaLayout(String value) {
        return new Management(host, port, user, commandPrefix, frrPathspace, value);
    }
}
