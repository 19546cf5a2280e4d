package io.github.hipercam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ?action=dir listing, and the answers to requests that are not understood. */
class ListingTest {

    @TempDir
    Path dir;

    @Test
    void listsRunsOfADirectorySortedWithoutExtensions() throws Exception {
        RawRuns.hcam(dir.resolve("run0002.fits"), 4, 4, 1, 0, 0);
        RawRuns.hcam(dir.resolve("run0001.fits"), 4, 4, 1, 0, 0);
        RawRuns.ucam(dir, "run010", 1);
        Files.writeString(dir.resolve("run011.xml"), "<datafile/>");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.createDirectories(dir.resolve("night2"));
        RawRuns.hcam(dir.resolve("night2/run0100.fits"), 4, 4, 1, 0, 0);
        try (FileServer server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }))) {
            assertEquals("run0001\nrun0002\nrun010", get(server, "?action=dir").body());
            assertEquals("run0100", get(server, "night2?action=dir").body());
            assertEquals(404, get(server, "night3?action=dir").statusCode());
            assertEquals(400, get(server, "run0001").statusCode());
            assertEquals(400, get(server, "run010?action=delete").statusCode());
            assertEquals(400, get(server, "run010?action=get_frame&frame=-1").statusCode());
            assertEquals(404, get(server, "run010?action=get_frame&frame=1").statusCode());
            assertEquals(200, get(server, "run010?action=get_frame&frame=0").statusCode());
        }
    }

    private static HttpResponse<String> get(FileServer server, String rest) throws Exception {
        HttpClient c = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        return c.send(HttpRequest.newBuilder(URI.create(server.httpBase() + rest)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
