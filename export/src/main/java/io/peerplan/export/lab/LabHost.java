package io.peerplan.export.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing daemons of one lab namespace, as the lab drives them: real FRR for FRR routers,
 * speakers and vantages ({@link FrrHost}), real Quagga 1.2 for Quagga routers ({@link QuaggaHost}).
 * Both speak the vtysh protocol on a unix socket (FRR and Quagga lib/vty.c: a NUL-terminated
 * command, an answer ending in three NULs and the return code), so the lab releases routes and
 * polls them the same way; what differs is how the daemons start and how their tables are read.
 */
sealed interface LabHost permits FrrHost, QuaggaHost {

    String namespace();

    /** Writes the host's config files and run directories before its daemons start. */
    void prepare();

    /** The daemons to start, in order. */
    List<String> daemons();

    /** Starts one daemon (daemonised, ready when this returns); returns its PID from its pid file. */
    long start(String daemon, String hostname);

    /** Daemon name to PID for the daemons whose pid files exist. */
    Map<String, Long> runningPids();

    /** A directory outside the lab's run directory that the daemons use, to remove on teardown. */
    Optional<Path> pathspace();

    /** Applies the session part of the config ({@link Origination}). */
    void applySessions();

    /** The route-originating config lines ({@link Origination}), sent to {@link #bgpdSocket()} all at once. */
    List<String> routeLines();

    Path bgpdSocket();

    /** bgpd's IPv4 unicast table. */
    LabRib rib(String elementId);

    /** Neighbor address to session state ({@code Established}, {@code Active}...). */
    Map<String, String> sessionStates();

    /** Makes a session waiting to connect retry now instead of after the connect-retry timer. */
    void retryConnect(String neighbor);

    /**
     * Applies config lines to the running bgpd (a route-map change), then re-advertises at once
     * with a soft outbound clear of every neighbor.
     */
    void reconfigure(List<String> lines);
}
