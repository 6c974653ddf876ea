package io.peerplan.export.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a lab created, written to {@code state.json} after every step so that {@code down}
 * (from this or any later invocation, also after a failed {@code up}) removes exactly that and
 * nothing else. Mutable on purpose: it grows while the lab is built; {@link LabStateStore} saves it.
 */
public final class LabState {
    public String labId;
    public String name;
    public String source;
    public String runDir;
    public String createdAt;
    /** Namespaces in creation order; only these are ever deleted. */
    public List<String> namespaces = new ArrayList<>();
    /** Directories under {@code /var/run/frr} the lab made for its daemons. */
    public List<String> frrDirs = new ArrayList<>();
    /** Per namespace: daemon name to PID, as read from the daemon's own pid file. */
    public Map<String, Map<String, Long>> pids = new LinkedHashMap<>();
    /** Element id to namespace, role and hostname of every FRR host. */
    public List<HostEntry> hosts = new ArrayList<>();
    /** Element ids taken down with {@code --fail}. */
    public List<String> failed = new ArrayList<>();
    /** Namespaces holding the lab's nftables table {@value Failures#TABLE}. */
    public List<String> nftNamespaces = new ArrayList<>();
    /** Whether {@code up} finished; a lab that is not complete can only be taken down. */
    public boolean complete;

    /** One FRR host as the state file records it. */
    public static final class HostEntry {
        public String elementId;
        public String role;
        public String namespace;
        public String hostname;

        public HostEntry() {
        }

        HostEntry(LabPlan.Host h) {
            elementId = h.elementId();
            role = h.role().name();
            namespace = h.namespace();
            hostname = h.hostname();
        }
    }
}
