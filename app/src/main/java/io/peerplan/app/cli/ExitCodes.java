package io.peerplan.app.cli;

/** Exit codes of every command: 0 ok, 1 the input has errors, 2 usage, 3 the machine lacks a requirement. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    public static final int USAGE = 2;
    /** The machine lacks something the command needs (root, FRR...); the message says how to get it. */
    public static final int ENVIRONMENT = 3;

    private ExitCodes() {
    }
}
