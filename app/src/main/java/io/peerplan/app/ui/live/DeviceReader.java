package io.peerplan.app.ui.live;

import io.peerplan.export.push.CancelToken;
import io.peerplan.export.push.Endpoint;
import io.peerplan.export.push.ExecResult;
import io.peerplan.export.push.RemoteHost;
import io.peerplan.export.push.SshConnector;
import io.peerplan.export.push.SshSettings;
import io.peerplan.export.push.SshjConnector;
import io.peerplan.export.push.VtyshCommand;
import io.peerplan.model.Router;
import java.io.IOException;
import java.time.Duration;

/**
 * Reads one router's {@code show bgp ipv4 unicast summary json} over SSH through the push
 * module's transport (verified host keys, agent or key files, as {@code peerplan push} logs in),
 * with the push's vtysh command line (the router's commandPrefix such as {@code sudo -n}, and
 * {@code -N} for an FRR pathspace).
 */
@FunctionalInterface
public interface DeviceReader {
    String SHOW = "show bgp ipv4 unicast summary json";

    String summaryJson(Router router) throws IOException;

    /** The real reader: one SSH connection per router, closed after the command. */
    static DeviceReader ssh() {
        return through(() -> SshjConnector.open(SshSettings.defaults()));
    }

    /**
     * A reader logging in through the given connector. The login is settled first
     * ({@link Endpoint#of}: a missing host, a bad port or an IANA special-purpose address such as
     * the sample's 198.19.51.230 is refused with its reason), so a refused router is never connected to.
     */
    static DeviceReader through(ConnectorSource connectors) {
        return router -> {
            Endpoint endpoint = Endpoint.of(router.id(), router.management());
            String command = VtyshCommand.of(router.id(), router.management(), endpoint.user(), SHOW);
            try (RemoteHost host = connectors.open().connect(endpoint, CancelToken.never())) {
                ExecResult r = host.exec(command, Duration.ofSeconds(20), CancelToken.never());
                if (!r.ok()) {
                    throw new IOException(router.id() + ": `" + command + "` failed: " + r.failureText());
                }
                return r.stdout();
            }
        };
    }

    /** Makes the connector when a router is read (opening the real one reads the user's SSH settings). */
    @FunctionalInterface
    interface ConnectorSource {
        SshConnector open() throws IOException;
    }
}
