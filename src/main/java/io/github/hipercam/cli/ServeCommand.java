package io.github.hipercam.cli;

import io.github.hipercam.server.FileServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: serve a directory of runs to {@code hs} and {@code us} clients until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        // each line a whole sentence that fits 80 columns: the first one is also serve's line in --help
        description = {"Serve a folder of runs, read-only, to sources hs and us.",
            "HiPERCAM runs go over WebSocket (source hs).",
            "ULTRACAM/ULTRASPEC runs and ?action=dir listings go over HTTP (source us).",
            "Both share one port. Runs still being written are served frame by frame.",
            "Stop the server with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--dir", defaultValue = ".", description = "directory of runs (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = "--port", defaultValue = "8007", description = "TCP port, 0 for any free one"
            + " (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--bind", defaultValue = FileServer.Config.DEFAULT_BIND, description = "address to listen on;"
            + " 0.0.0.0 serves other machines too (default: ${DEFAULT-VALUE})")
    private String bind;

    @Option(names = "--allow-origin", split = ",", paramLabel = "ORIGIN", description = {
        "also serve requests sent to this name, or from web pages of this origin, e.g. http://example.org:8080"
            + " or hipercam.example.org; * allows any (repeatable). By default a request whose Host is not an"
            + " address or name of this server, or whose Origin is another site, is refused (403)."})
    private List<String> allowOrigins = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        FileServer server = FileServer.start(FileServer.Config.of(dir).withPort(port).withBind(bind)
                .withAllowOrigins(allowOrigins));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "serve-stop"));
        System.out.println("serving " + server.directory() + " (read-only)");
        System.out.println("  HiPERCAM (hs): HIPERCAM_DEFAULT_URL=" + server.hipercamBase());
        System.out.println("  ULTRACAM (us): ULTRACAM_DEFAULT_URL=" + server.httpBase());
        System.out.println("  listing      : " + server.httpBase() + "?action=dir");
        System.out.flush();
        server.join();
        return 0;
    }
}
