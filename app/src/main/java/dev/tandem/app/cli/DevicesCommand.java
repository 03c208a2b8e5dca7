package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.app.devices.DeviceSync;
import dev.tandem.app.devices.Devices;
import dev.tandem.app.devices.Replicator;
import dev.tandem.memory.TandemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "devices", description = {"Keep the journal on every device, through a CouchDB server.",
        "End-to-end encrypted replication: the server sees ciphertext only."},
        subcommands = {DevicesCommand.Setup.class, DevicesCommand.Join.class, DevicesCommand.Sync.class,
                DevicesCommand.Status.class, DevicesCommand.Stop.class, DevicesCommand.Conflicts.class,
                DevicesCommand.Resolve.class})
final class DevicesCommand {

    private abstract static class DevicesSubcommand extends TandemSubcommand {

        Devices devices(Tandem tandem) {
            return new Devices(tandem.store(), dataDirectory(), () -> secrets().store(), new OkHttpClient(),
                    Clock.systemUTC());
        }

        void print(Replicator.Round round) {
            out().printf(Locale.ROOT, "Sent %d, received %d%s.%n", round.sent(), round.received(),
                    round.conflicts() == 0 ? "" : "; " + round.conflicts() + " item(s) edited on two devices: tandem devices conflicts");
        }
    }

    /** The server password, then the passphrase, one a line on standard input. */
    private abstract static class Connect extends DevicesSubcommand {

        @Option(names = "--server", required = true, paramLabel = "URL", description = "The CouchDB server, e.g. https://couch.example.org:6984")
        String server;

        @Option(names = "--user", paramLabel = "U", description = "The server's user (none for a server open to this machine).")
        String user;

        @Option(names = "--database", paramLabel = "NAME", description = "The journal's database (default tandem-journal).")
        String database;

        String[] readSecrets() {
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(in(), StandardCharsets.UTF_8));
                String password = lines.readLine();
                String passphrase = lines.readLine();
                if (passphrase == null || passphrase.isBlank()) {
                    throw new TandemException("Give the server password and then the sync passphrase, one a line on "
                            + "standard input (an empty first line when the server has no password).");
                }
                return new String[] {password == null ? "" : password, passphrase};
            } catch (IOException e) {
                throw new TandemException("Cannot read the password and passphrase from standard input: " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "setup", description = {"Set sync up from this first device.",
            "Creates the journal's database on the server and sends the whole journal. Reads the server password,"
            + " then the sync passphrase (which cannot be recovered: without it no device can read the journal),"
            + " one a line on stdin."})
    static final class Setup extends Connect {

        @Override
        public Integer call() {
            String[] secrets = readSecrets();
            try (Tandem tandem = open()) {
                print(devices(tandem).setUp(server, user, database, secrets[0], secrets[1].toCharArray()));
            }
            return 0;
        }
    }

    @Command(name = "join", description = {"Join the journal's database from another device, into an empty journal.",
            "Takes the journal in. Reads the server password, then the sync passphrase, one a line on stdin."})
    static final class Join extends Connect {

        @Override
        public Integer call() {
            String[] secrets = readSecrets();
            try (Tandem tandem = open()) {
                print(devices(tandem).join(server, user, database, secrets[0], secrets[1].toCharArray()));
                awaitIndex(tandem);
            }
            return 0;
        }
    }

    @Command(name = "sync", description = {"Replicate now, and keep replicating in the foreground unless --once.",
            "Changes here go up within a second; changes elsewhere come down as the server announces them."})
    static final class Sync extends DevicesSubcommand {

        @Option(names = "--once", description = "One round (send, then take in), then exit.")
        boolean once;

        @Override
        public Integer call() throws InterruptedException {
            try (Tandem tandem = open()) {
                Devices devices = devices(tandem);
                if (once) {
                    print(devices.round(devices.replicator()));
                    return 0;
                }
                if (context().hosted()) {
                    out().println("The Tandem window is open and keeps this device in sync already.");
                    return 0;
                }
                devices.resume();
                var waiting = dev.tandem.app.tasks.Workers.connections("tandem-devices");
                try (DeviceSync sync = DeviceSync.start(devices, tandem.index(), workers().periodic(), waiting,
                        state -> {
                            out().println(state.line());
                            out().flush();
                        });
                     // Commands typed beside it (tandem journal add ...) run here, on the journal it holds.
                     Hosting.Owner owner = Hosting.start(tandem, recallFactory(), () -> secrets().store(), sync::soon)) {
                    out().println("Syncing in the foreground; stop with Ctrl+C.");
                    out().flush();
                    Foreground.untilStopped("tandem-devices-stop");
                } finally {
                    waiting.shutdownNow();
                }
            }
            return 0;
        }
    }

    @Command(name = "status", description = "How sync stands: changes waiting, items edited on two devices, the last sync.")
    static final class Status extends DevicesSubcommand {

        @Option(names = "--json", description = "One JSON object: configured, enabled, server, pending, conflicts, last_sync, problem.")
        boolean json;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                Devices.Status status = devices(tandem).status();
                if (json) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("configured", status.configured());
                    row.put("enabled", status.enabled());
                    row.put("server", status.server());
                    row.put("database", status.database());
                    row.put("pending", status.pending());
                    row.put("conflicts", status.conflicts());
                    row.put("last_sync", status.lastSync());
                    row.put("problem", status.problem());
                    out().println(Json.of(row));
                } else if (!status.configured()) {
                    out().println("Sync is not set up on this device (tandem devices setup or join).");
                } else {
                    out().printf("server     %s (database %s)%s%n", status.server(), status.database(),
                            status.enabled() ? "" : ", stopped");
                    out().printf("last sync  %s%n", status.lastSync() == null ? "never"
                            : ago(status.lastSync()) + " (" + status.lastSync() + ")");
                    out().printf("waiting    %d change(s) made here%n", status.pending());
                    out().printf("conflicts  %d%n", status.conflicts());
                    if (status.problem() != null) {
                        out().println("problem    " + status.problem());
                    }
                }
            }
            return 0;
        }

        private static String ago(Instant at) {
            long seconds = Duration.between(at, Instant.now()).toSeconds();
            return seconds < 90 ? seconds + " s ago" : seconds < 5_400 ? seconds / 60 + " min ago" : seconds / 3_600 + " h ago";
        }
    }

    @Command(name = "stop", description = "Stop syncing on this device (devices sync starts it again).")
    static final class Stop extends DevicesSubcommand {

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                devices(tandem).stop();
                out().println("Sync is stopped on this device; changes made here wait until it runs again.");
            }
            return 0;
        }
    }

    @Command(name = "conflicts", description = "Items edited on two devices while apart, with the version kept beside the one shown.")
    static final class Conflicts extends DevicesSubcommand {

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                List<Devices.Conflict> conflicts = devices(tandem).conflicts();
                if (conflicts.isEmpty()) {
                    out().println("No item was edited on two devices.");
                }
                for (Devices.Conflict conflict : conflicts) {
                    out().printf("%s %s — %s%n", conflict.kind(), conflict.docId(), conflict.note());
                    out().println("  mine:   " + conflict.mine());
                    if (conflict.theirs() != null) {
                        out().println("  theirs: " + conflict.theirs());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "resolve", description = {"Choose for an item edited on two devices: mine, theirs or both.",
            "mine keeps the version shown here, theirs the other one; both makes the other an item of its own."})
    static final class Resolve extends DevicesSubcommand {

        @Parameters(paramLabel = "ID", description = "The item's id, as tandem devices conflicts shows it.")
        String id;

        @Option(names = "--keep", required = true, paramLabel = "mine|theirs|both",
                description = "Which version stays: mine, theirs, or both as two items.")
        String keep;

        @Override
        public Integer call() {
            Replicator.Keep choice = switch (keep.strip().toLowerCase(Locale.ROOT)) {
                case "mine" -> Replicator.Keep.MINE;
                case "theirs" -> Replicator.Keep.THEIRS;
                case "both" -> Replicator.Keep.BOTH;
                default -> throw new TandemException("--keep takes mine, theirs or both, not '" + keep + "'.");
            };
            try (Tandem tandem = open()) {
                devices(tandem).resolve(id, choice);
                out().println("Kept " + choice.name().toLowerCase(Locale.ROOT) + "; every device shows it after its next sync.");
            }
            return 0;
        }
    }
}
