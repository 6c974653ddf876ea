package io.peerplan.app.cli;

import io.peerplan.model.Closest;
import io.peerplan.model.sample.Samples;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code peerplan [FILE|sample:NAME]} opens the designer; subcommands run headless. Every
 * subcommand inherits {@code --help} and {@code --version} (picocli's INHERIT scope), so one added
 * later has them too.
 */
@Command(name = "peerplan", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = PeerplanCommand.VERSION,
        description = "Design, validate, simulate and export MetalLB BGP networks.")
public final class PeerplanCommand implements Callable<Integer> {
    /**
     * The subcommands, in the order help lists them. Not in the annotation: picocli would build every
     * one's model by reflection at each start (about 250 ms of CPU, from classes too old for the AOT
     * cache), where a command line that names one needs only that one (see {@code commandLine(root, args)}).
     * Each name is written here as well as in its class's {@code @Command}: reading the annotations of
     * all fourteen classes to find one parsed every annotation on them and made an annotation proxy at
     * each start (~1 % of a command's CPU); {@code SubcommandNamesTest} holds the two equal.
     */
    public static final List<Subcommand> SUBCOMMANDS = List.of(new Subcommand("samples", SamplesCommand.class),
            new Subcommand("show", ShowCommand.class), new Subcommand("validate", ValidateCommand.class),
            new Subcommand("simulate", SimulateCommand.class), new Subcommand("generate", GenerateCommand.class),
            new Subcommand("benchmark", BenchmarkCommand.class), new Subcommand("export", ExportCommand.class),
            new Subcommand("compare", CompareCommand.class), new Subcommand("import", ImportCommand.class),
            new Subcommand("lab", LabCommand.class), new Subcommand("push", PushCommand.class),
            new Subcommand("set", SetCommand.class), new Subcommand("fmt", FmtCommand.class),
            new Subcommand("help", CommandLine.HelpCommand.class));

    /** A subcommand's name (what its {@code @Command} says) and its class. */
    public record Subcommand(String name, Class<?> type) {
    }

    /** What {@code --version} prints; a constant, so {@code io.peerplan.app.VersionArgument} prints it without loading picocli. */
    public static final String VERSION = "Peerplan 0.1.0";

    /** Measures the designer's start (io.peerplan.app.DesignerArguments reads it without picocli). */
    public static final String PROBE_FLAG = "--probe-startup";

    private final Designer designer;

    @Parameters(arity = "0..1", paramLabel = "FILE|sample:NAME", description = "Project to open in the designer.")
    String project;

    @Option(names = PROBE_FLAG, description = "Open the designer, print the time from process start to its first "
            + "frame, and exit (for benchmarks: docs/benchmarks.md).")
    boolean probeStartup;

    public PeerplanCommand() {
        this(Designer.NONE);
    }

    public PeerplanCommand(Designer designer) {
        this.designer = designer;
    }

    /** The project picocli read (for the launcher's own reading of the same arguments to be checked against). */
    public String project() {
        return project;
    }

    public boolean probeStartup() {
        return probeStartup;
    }

    @Override
    public Integer call() {
        return designer.open(project, probeStartup);
    }

    /** The whole command line: every subcommand, as help and the CLI reference list them. */
    public static CommandLine commandLine() {
        return commandLine(new PeerplanCommand());
    }

    /** The whole command line around {@code root} (which receives the top-level options). */
    public static CommandLine commandLine(PeerplanCommand root) {
        return commandLine(root, (String[]) null);
    }

    /**
     * The command line that reads {@code args}: when the first word names a subcommand, only that one
     * is built (it parses and answers exactly as in the whole command line, since a subcommand's
     * options, help and errors are its own); {@code help}, options and anything else get them all.
     */
    private static CommandLine commandLine(PeerplanCommand root, String... args) {
        String only = args != null && args.length > 0 && !args[0].equals("help") ? args[0] : null;
        CommandLine cl = new CommandLine(root);
        boolean named = only != null && SUBCOMMANDS.stream().anyMatch(c -> c.name().equals(only));
        for (Subcommand c : SUBCOMMANDS) {
            if (!named || c.name().equals(only)) {
                cl.addSubcommand(c.type());
            }
        }
        return cl;
    }

    /** Runs the command line with the usual exit codes; output goes to stdout/stderr. */
    public static int run(Designer designer, String... args) {
        return run(designer, new StandardOutput(System.out), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Designer.NONE, out, err, args);
    }

    private static int run(Designer designer, PrintWriter out, PrintWriter err, String... args) {
        return execute(commandLine(new PeerplanCommand(designer), args), out, err, args);
    }

    /** Runs {@code args} on {@code cl} (a whole or a one-subcommand command line) with the usual exit codes. */
    static int execute(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("peerplan: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return ExitCodes.INPUT_ERRORS;
        });
        String typo = mistypedCommand(cl, args);
        if (typo != null) {
            err.println(typo);
            return ExitCodes.USAGE;
        }
        return cl.execute(args);
    }

    /**
     * "peerplan valdate x.yaml" would otherwise open the designer on a file named "valdate" (the
     * first word may be a project): a first word that is neither a command, an option, a sample nor
     * an existing file, but is close to a command's name, is taken for a mistyped command.
     */
    private static String mistypedCommand(CommandLine cl, String... args) {
        if (args.length == 0 || args[0].startsWith("-") || args[0].startsWith(Samples.PREFIX)
                || cl.getSubcommands().containsKey(args[0]) || exists(args[0])) {
            return null;
        }
        String hint = Closest.didYouMean(args[0], cl.getSubcommands().keySet());
        return hint.isEmpty() ? null : "peerplan: '" + args[0] + "' is not a command." + hint
                + " (`peerplan --help` lists them)";
    }

    private static boolean exists(String file) {
        try {
            return Files.exists(Path.of(file));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
