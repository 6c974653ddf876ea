package io.peerplan.export.push;

/** Opens verified, authenticated connections to devices. */
@FunctionalInterface
public interface SshConnector {
    RemoteHost connect(Endpoint endpoint, CancelToken cancel) throws PushFailure;
}
