package io.github.hipercam.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the command line. */
@Command(name = "hipercam-ij", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Spool HiPERCAM, ULTRACAM and ULTRASPEC runs and .hcm files.",
        subcommands = {InfoCommand.class, DumpCommand.class, SynthCommand.class, BenchCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

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
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
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
