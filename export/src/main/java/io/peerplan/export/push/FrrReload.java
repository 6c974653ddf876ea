package io.peerplan.export.push;

import java.util.List;

/**
 * Runs {@code frr-reload.py --reload} on the device detached from the SSH session
 * ({@link FrrCommands#reloadDetached}), so a dropped connection cannot kill it half-way, and waits
 * for its exit status: a restore then starts only after the interrupted apply has finished.
 */
final class FrrReload {
    private final FrrCommands cmd;

    FrrReload(FrrCommands cmd) {
        this.cmd = cmd;
    }

    /** Starts the reload of a work-directory file under a tag and waits for it; throws when it failed. */
    void run(DeviceSession s, String file, String tag) throws PushFailure {
        ExecResult started = s.exec(cmd.reloadDetached(cmd.file(file), tag));
        if (!started.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not start frr-reload.py: " + started.failureText());
        }
        s.progress("frr-reload.py --reload " + file + " running on the device");
        await(s, tag);
    }

    /** Waits for a started reload; returns false when none was started under this tag. */
    boolean await(DeviceSession s, String tag) throws PushFailure {
        ExecResult r = s.exec(cmd.awaitJob(tag), s.options().applyTimeout());
        if (r.exitStatus() == FrrCommands.NOT_STARTED) {
            return false;
        }
        if (!r.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not wait for frr-reload.py: " + r.failureText());
        }
        String status = r.stdout().lines().findFirst().orElse("").strip();
        if (!status.equals("0")) {
            String logText = r.stdout().lines().skip(1).filter(l -> !l.isBlank()).reduce((a, b) -> a + "\n" + b).orElse("");
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "frr-reload.py --reload exited " + status + ": " + tail(logText));
        }
        return true;
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    }
}
