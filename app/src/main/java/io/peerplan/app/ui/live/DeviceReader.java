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
        return router -> {
            SshConnector connector = SshjConnector.open(SshSettings.defaults());
            Endpoint endpoint = Endpoint.of(router.id(), router.management());
            String command = VtyshCommand.of(router.id(), router.management(), endpoint.user(), SHOW);
            try (RemoteHost host = connector.connect(endpoint, CancelToken.never())) {
                ExecResult r = host.exec(command, Duration.ofSeconds(20), CancelToken.never());
                if (!r.ok()) {
                    throw new IOException(router.id() + ": `" + command + "` failed: " + r.failureText());
                }
                return r.stdout();
            }
        };
    }
}
