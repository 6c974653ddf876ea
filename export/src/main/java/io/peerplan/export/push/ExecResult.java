package io.peerplan.export.push;

/** What a remote command returned: its exit status (-1 when killed by a signal) and both outputs. */
public record ExecResult(int exitStatus, String stdout, String stderr) {

    public boolean ok() {
        return exitStatus == 0;
    }

    /** stderr, else stdout, trimmed: the text to quote when the command failed. */
    public String failureText() {
        String s = stderr.isBlank() ? stdout : stderr;
        return s.strip();
    }
}
