package io.peerplan.model;

/**
 * How Peerplan reaches a device to push config: SSH host, port, user, an optional command prefix
 * (e.g. {@code sudo}) and, for FRR run with {@code -N}, the pathspace. Never a password or key:
 * authentication comes from ssh-agent or a key file given at push time.
 */
public record Management(String host, Integer port, String user, String commandPrefix, String frrPathspace) {

    public int effectivePort() {
        return port != null ? port : 22;
    }
}
