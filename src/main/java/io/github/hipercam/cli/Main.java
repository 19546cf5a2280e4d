package io.github.hipercam.cli;

import io.github.hipercam.HipercamException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the command line. */
@Command(name = "hipercam-ij", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Spool HiPERCAM, ULTRACAM and ULTRASPEC runs and .hcm files.",
        subcommands = {InfoCommand.class, DumpCommand.class, GrabCommand.class, TailCommand.class,
            SynthCommand.class, BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final CliContext context;

    private Main(CliContext context) {
        this.context = context;
    }

    /**
     * @param args command and its arguments
     */
    public static void main(String[] args) {
        largeHttpBuffers();
        System.exit(run(args));
    }

    /**
     * The JDK's HTTP and WebSocket client reads the network in buffers of
     * {@code jdk.httpclient.bufsize} bytes (16 kB by default) and hands each to
     * the listener separately; for megabyte frames from a file server, 1 MB
     * buffers are about 1.5 times faster (BENCHMARKS.md). The command line
     * owns its JVM, so it sets this unless the user did; a library never
     * does, and ImageJ users may pass {@code -Djdk.httpclient.bufsize=1048576}.
     */
    static void largeHttpBuffers() {
        if (System.getProperty("jdk.httpclient.bufsize") == null) {
            System.setProperty("jdk.httpclient.bufsize", Integer.toString(1 << 20));
        }
    }

    /**
     * Runs a command without exiting, for tests and embedding.
     *
     * @param args command and its arguments
     * @return the exit code
     */
    public static int run(String... args) {
        return run(CliContext.system(), args);
    }

    /**
     * Runs a command with the given streams, environment and clock.
     *
     * @param context where output goes, the environment and how to wait
     * @param args command and its arguments
     * @return the exit code: 0 success, 1 failure, 2 bad usage
     */
    public static int run(CliContext context, String... args) {
        CommandLine cl = new CommandLine(new Main(context));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            String what = ex instanceof HipercamException ? "" : ex.getClass().getSimpleName() + ": ";
            line.getErr().println("error: " + what + ex.getMessage());
            line.getErr().flush();
            return 1;
        });
        try {
            return cl.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /** @return the streams, environment and clock of this run */
    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"hipercam-ij " + (v == null ? "(development build)" : v)};
        }
    }
}
