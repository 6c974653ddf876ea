package io.peerplan.app;

/**
 * How the launcher ends the process with a command's exit code. {@link System#exit} first asks the
 * platform logging for a logger to record the exit ({@code java.lang.Shutdown.logRuntimeExit}, JDK
 * 17+); finding none, the service loader opens every jar of the module path looking for one, which
 * cost every command about 40 ms of CPU (docs/benchmarks.md, session 9). A successful command whose
 * only remaining threads are daemons may instead return from {@code main}: the JVM then shuts down
 * as it does after {@code System.exit(0)} (shutdown hooks run, exit status 0) without that lookup.
 * Any other case (a failure code, a live non-daemon thread such as the designer's) exits as before.
 */
final class ProcessExit {
    private ProcessExit() {
    }

    /** Ends the process with {@code code}, or returns when returning from {@code main} ends it the same way. */
    static void exit(int code) {
        if (!returnEnds(code)) {
            System.exit(code);
        }
    }

    /** Whether returning from {@code main} would end the process with {@code code}. */
    static boolean returnEnds(int code) {
        return code == 0 && onlyDaemonsBesides(Thread.currentThread());
    }

    /** Whether every live platform thread other than {@code self} is a daemon (virtual threads always are). */
    static boolean onlyDaemonsBesides(Thread self) {
        ThreadGroup root = self.getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] live = new Thread[root.activeCount() + 16];
        int n = root.enumerate(live, true);
        if (n == live.length) {
            return false; // more threads than room: cannot tell, so take the sure way
        }
        for (int i = 0; i < n; i++) {
            if (live[i] != self && live[i].isAlive() && !live[i].isDaemon()) {
                return false;
            }
        }
        return true;
    }
}
