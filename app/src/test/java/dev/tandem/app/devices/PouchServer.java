package dev.tandem.app.devices;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real server speaking CouchDB's protocol on loopback for the tests: PouchDB Server 4.2.0 from
 * npm, in memory. {@code .ci/run} installs it; where it is missing the first test installs it
 * (npm must be there). Never skipped.
 */
final class PouchServer implements AutoCloseable {

    static final String VERSION = "4.2.0";

    private final Process process;
    private final int port;

    private PouchServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static synchronized PouchServer start() throws IOException, InterruptedException {
        return start(null, 0);
    }

    /** A server keeping its databases in {@code folder} (LevelDB files), on {@code port} (0: a free one). */
    static synchronized PouchServer startOnDisk(Path folder, int port) throws IOException, InterruptedException {
        return start(folder, port);
    }

    private static PouchServer start(Path folder, int wanted) throws IOException, InterruptedException {
        Path binary = binary();
        int port = wanted;
        if (port == 0) {
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        }
        // It writes its config.json and log.txt where it runs: a folder of its own.
        Path home = Files.createTempDirectory("pouchdb-server");
        Path log = home.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--no-stdout-logs"));
        if (folder == null) {
            command.add("--in-memory");
        } else {
            command.addAll(List.of("--dir", folder.toString()));
        }
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        PouchServer server = new PouchServer(process, port);
        HttpClient client = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("pouchdb-server stopped at once:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return server;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        server.close();
        throw new IllegalStateException("pouchdb-server did not answer within 60 s:\n" + Files.readString(log));
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    int port() {
        return port;
    }

    /** The installed pouchdb-server: $TANDEM_POUCHDB_SERVER, else target/ci-tools/pouchdb of the checkout (installed there if missing). */
    private static Path binary() throws IOException, InterruptedException {
        String configured = System.getenv("TANDEM_POUCHDB_SERVER");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve(".ci/run"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("cannot find the checkout's root (.ci/run) from " + Path.of("").toAbsolutePath());
        }
        Path prefix = root.resolve("target/ci-tools/pouchdb");
        Path binary = prefix.resolve("node_modules/.bin/pouchdb-server");
        if (!Files.isExecutable(binary)) {
            Files.createDirectories(prefix);
            // npm's output goes to a file: the test JVM's own standard streams belong to the test runner.
            Path log = prefix.resolve("npm-install.log");
            Process npm = new ProcessBuilder("npm", "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                    "--loglevel=error", "pouchdb-server@" + VERSION).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            npm.getOutputStream().close();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isExecutable(binary)) {
                throw new IllegalStateException("could not install pouchdb-server@" + VERSION + " with npm into " + prefix
                        + ":\n" + Files.readString(log));
            }
        }
        return binary;
    }

    /** Stops the server at once, as a crash or a pulled cable would. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
