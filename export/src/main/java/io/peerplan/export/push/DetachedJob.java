package io.peerplan.export.push;

import io.peerplan.export.text.ShellQuote;
import java.util.List;

/**
 * A command that changes the device (frr-reload.py --reload, a Quagga vtysh apply, a daemon
 * restart), run detached from the SSH session ({@code setsid}, output to files in the work
 * directory) so a dropped connection cannot kill it half-way. The engine then waits for its exit
 * status file: a restore starts only after the interrupted change has finished, never while it runs.
 */
final class DetachedJob {
    /** What {@link #awaitCommand} exits with when the job was never started. */
    static final int NOT_STARTED = 3;

    private final String label;

    /** @param label the command as named in progress lines and failures, e.g. "frr-reload.py --reload" */
    DetachedJob(String label) {
        this.label = label;
    }

    /**
     * The command line that starts {@code command} (already quoted and prefixed) under a tag. The
     * marker is written before the job starts, so after a dropped connection the engine can tell
     * "never started" (no marker) from "started, maybe still running" (marker, no .rc yet).
     */
    static String startCommand(String command, WorkDir dir, String tag) {
        String inner = command + " > " + ShellQuote.quote(dir.file(tag + ".log")) + " 2>&1; echo $? > " + ShellQuote.quote(dir.file(tag + ".rc"));
        return ": > " + ShellQuote.quote(dir.file(tag + ".started")) + " && setsid sh -c " + ShellQuote.quote(inner)
                + " < /dev/null > /dev/null 2>&1 &";
    }

    /** Waits for a job's exit status file and prints the status, then its log; exits {@value #NOT_STARTED} when never started. */
    static String awaitCommand(WorkDir dir, String tag) {
        String rc = ShellQuote.quote(dir.file(tag + ".rc"));
        return "[ -e " + ShellQuote.quote(dir.file(tag + ".started")) + " ] || exit " + NOT_STARTED + "; while [ ! -s " + rc
                + " ]; do sleep 0.2; done; cat " + rc + "; cat " + ShellQuote.quote(dir.file(tag + ".log"));
    }

    /** Starts the job under a tag and waits for it; returns its output; throws when it failed. */
    String run(DeviceSession s, String command, String tag) throws PushFailure {
        ExecResult started = s.exec(startCommand(command, s.dir(), tag));
        if (!started.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not start " + label + ": " + started.failureText());
        }
        s.progress(label + " running on the device");
        return await(s, tag).orElse("");
    }

    /** Waits for a started job and returns its output; empty when none was started under this tag. */
    java.util.Optional<String> await(DeviceSession s, String tag) throws PushFailure {
        ExecResult r = s.exec(awaitCommand(s.dir(), tag), s.options().applyTimeout());
        if (r.exitStatus() == NOT_STARTED) {
            return java.util.Optional.empty();
        }
        if (!r.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not wait for " + label + ": " + r.failureText());
        }
        String status = r.stdout().lines().findFirst().orElse("").strip();
        String output = r.stdout().lines().skip(1).filter(l -> !l.isBlank()).reduce((a, b) -> a + "\n" + b).orElse("");
        if (!status.equals("0")) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, label + " exited " + status + ": " + tail(output));
        }
        return java.util.Optional.of(output);
    }

    static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    }
}
