package dev.tandem.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs killed with -9 in the middle of sending and of taking in, and a server stopped and started
 * again: each goes on from where it was, with nothing lost and nothing doubled.
 */
class InterruptedSyncTest {

    static final int ENTRIES = 3_000;

    @TempDir
    Path dir;

    private List<String> java(Path data, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtandem.secrets=file", "-cp", System.getProperty("java.class.path"), "dev.tandem.app.cli.Main",
                "--data-dir", data.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private String tandem(Path data, String stdin, String... args) throws Exception {
        Process process = new ProcessBuilder(java(data, args)).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    /** Starts a command and kills it (-9) as soon as {@code partway} holds; fails if it never did. */
    private void killedPartway(Path data, String stdin, java.util.function.IntSupplier done, String... args)
            throws Exception {
        Process process = new ProcessBuilder(java(data, args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int seen = 0;
        while (System.nanoTime() < until && process.isAlive()) {
            seen = done.getAsInt();
            if (seen > 0 && seen < ENTRIES) {
                break;
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        assertThat(seen).as("killed partway, after %d of %d", seen, ENTRIES).isBetween(1, ENTRIES - 1);
    }

    /** How many documents the server's database holds now (0 before it exists). */
    private static int onServer(String url, String database) {
        try {
            String info = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url + database)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            var json = com.google.gson.JsonParser.parseString(info).getAsJsonObject();
            return json.has("doc_count") ? json.get("doc_count").getAsInt() : 0;
        } catch (java.io.IOException | InterruptedException | RuntimeException e) {
            return 0;
        }
    }

    /** How many entries the journal in {@code data} holds now, read beside the process writing it. */
    private static int entriesIn(Path data) {
        Path file = data.resolve("tandem.db");
        if (!java.nio.file.Files.exists(file)) {
            return 0;
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM entry")) {
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    @Test
    void killedWhileSendingAndWhileTakingInThenResumedLosesAndDoublesNothing() throws Exception {
        Path laptop = dir.resolve("laptop");
        Path desktop = dir.resolve("desktop");
        try (Tandem tandem = Tandem.open(laptop)) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                entries.add(Entry.draft("", "Entry number " + i + " about the garden.", EntryKind.NOTE, null, List.of(), null));
            }
            tandem.store().entries().addAll(entries);
        }
        try (PouchServer server = PouchServer.start()) {
            String url = server.url();
            String secrets = "\nthe heron came back to the pond\n";
            // The database's first document is the key's parameters: kill once some entries, not all, are up.
            killedPartway(laptop, secrets, () -> onServer(url, "killed") - 1, "devices", "setup", "--server", url,
                    "--database", "killed");
            String resumed = tandem(laptop, "", "devices", "sync", "--once");
            assertThat(resumed).contains("Sent");
            assertThat(tandem(laptop, "", "devices", "status", "--json")).contains("\"pending\":0");

            killedPartway(desktop, secrets, () -> entriesIn(desktop), "devices", "join", "--server", url,
                    "--database", "killed");
            tandem(desktop, "", "devices", "sync", "--once");
        }
        Set<String> bodies = new HashSet<>();
        try (Tandem tandem = Tandem.open(desktop)) {
            List<Entry> all = tandem.store().entries().list(null, ENTRIES * 2);
            all.forEach(e -> bodies.add(e.body()));
            assertThat(all).as("nothing doubled").hasSize(ENTRIES);
        }
        assertThat(bodies).as("nothing lost").hasSize(ENTRIES);
    }

    @Test
    void aServerStoppedAndStartedAgainIsCaughtUpWith() throws Exception {
        Path laptop = dir.resolve("laptop");
        Path desktop = dir.resolve("desktop");
        String secrets = "\nthe heron came back to the pond\n";
        Path files = dir.resolve("server-files");
        java.nio.file.Files.createDirectories(files);
        tandem(laptop, "", "journal", "add", "Before the outage.");
        int port;
        try (PouchServer server = PouchServer.startOnDisk(files, 0)) {
            port = server.port();
            tandem(laptop, secrets, "devices", "setup", "--server", server.url(), "--database", "recovery");
            tandem(desktop, secrets, "devices", "join", "--server", server.url(), "--database", "recovery");
        }
        tandem(laptop, "", "journal", "add", "Written while the server was down.");
        Process failing = new ProcessBuilder(java(laptop, "devices", "sync", "--once")).redirectErrorStream(true).start();
        failing.getOutputStream().close();
        assertThat(failing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(failing.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("does not answer");
        assertThat(tandem(laptop, "", "devices", "status", "--json")).contains("\"pending\":1");
        try (PouchServer server = PouchServer.startOnDisk(files, port)) {
            tandem(laptop, "", "devices", "sync", "--once");
            tandem(desktop, "", "devices", "sync", "--once");
            assertThat(tandem(desktop, "", "search", "outage")).contains("Before the outage");
            assertThat(tandem(desktop, "", "search", "server was down")).contains("Written while the server was down");
        }
        // What the server keeps on disk holds no word of the journal.
        StringBuilder stored = new StringBuilder();
        try (var walk = java.nio.file.Files.walk(files)) {
            for (Path file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                stored.append(new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(stored.length()).isGreaterThan(0);
        assertThat(stored.toString()).doesNotContain("outage").doesNotContain("server was down");
    }
}
