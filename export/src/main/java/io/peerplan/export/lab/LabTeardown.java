package io.peerplan.export.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a lab down from its state file alone: its daemons by PID, its namespaces, FRR's pathspace
 * directories and its run directory. Touches nothing the state does not list, and nothing outside
 * the {@code pp-} namespace prefix and {@code /var/run/frr}. Safe to call twice, and after a failed
 * or interrupted {@code up}.
 */
public final class LabTeardown {
    private LabTeardown() {
    }

    /** Returns what could not be removed (empty when all went). */
    public static synchronized List<String> down(LabStateStore store, LabState s) {
        List<String> problems = new ArrayList<>();
        List<Processes.Daemon> daemons;
        synchronized (s) {
            daemons = Processes.daemons(s.pids);
        }
        for (Processes.Daemon d : Processes.stop(daemons, 4000)) {
            problems.add(d.name() + " pid " + d.pid() + " in " + d.namespace() + " did not stop");
        }
        List<String> namespaces;
        synchronized (s) {
            namespaces = new ArrayList<>(s.namespaces);
        }
        for (String ns : namespaces.reversed()) {
            if (!ns.startsWith(LabNames.PREFIX)) {
                problems.add("refused to delete namespace " + ns + " (not a lab name)");
                continue;
            }
            try {
                Namespaces.delete(ns);
            } catch (LabException e) {
                problems.add(e.getMessage());
            }
        }
        for (String dir : new ArrayList<>(s.frrDirs)) {
            Path p = Path.of(dir);
            if (!p.getParent().equals(FrrHost.FRR_RUN) || !p.getFileName().toString().startsWith(LabNames.PREFIX)) {
                problems.add("refused to remove " + dir + " (not a lab directory)");
                continue;
            }
            Exec.Result r = Exec.run(List.of("rm", "-rf", "--", dir));
            if (!r.ok()) {
                problems.add("cannot remove " + dir + ": " + r.stderr().strip());
            }
        }
        if (problems.isEmpty()) {
            store.delete(s.labId);
        } else {
            synchronized (s) {
                store.save(s);
            }
        }
        return problems;
    }
}
