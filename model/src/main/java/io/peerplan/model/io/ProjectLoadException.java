package io.peerplan.model.io;

/**
 * A project file that cannot be read: one clear message naming the file, the line and column
 * (1-based, 0 when unknown) and what is wrong. Never carries a parser stack trace to the user.
 */
public final class ProjectLoadException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public ProjectLoadException(String source, int line, int column, String problem) {
        super(format(source, line, column, problem), null, false, false);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String source, int line, int column, String problem) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(problem).toString();
    }

    /** The file name or {@code sample:NAME}. */
    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the location prefix. */
    public String problem() {
        return problem;
    }
}
