package dev.tandem.ui.devices;

import dev.tandem.app.devices.Devices;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.base.Failures;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Sync: the CouchDB server, user, password and sync passphrase; setting sync up from this
 * device or joining from another; syncing now and stopping. Each takes effect at once, off the FX thread.
 */
public final class SyncViewModel {

    private final Supplier<Devices> devices;
    private final TaskExecutor background;
    private final Executor fxThread;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final BooleanProperty passphraseKept = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final javafx.collections.ObservableList<Conflict> conflicts = javafx.collections.FXCollections.observableArrayList();
    private Runnable changed = () -> { };
    private Runnable syncNow = () -> { };

    public SyncViewModel(Supplier<Devices> devices, TaskExecutor background, Executor fxThread) {
        this.devices = devices;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** {@code changed} runs after sync was set up, joined, stopped or started; {@code syncNow} asks for a round. */
    public void onChanged(Runnable changed, Runnable syncNow) {
        this.changed = changed;
        this.syncNow = syncNow;
    }

    /**
     * An item edited on two devices: what this device shows, the other version ({@code null} when the
     * other device deleted it), and a note ("edited on two devices", "... it came back").
     */
    public record Conflict(String docId, String kind, String mine, String theirs, String note) {
    }

    public CompletableFuture<Void> load() {
        return Failures.whenDone(BackgroundTask.wrap(() -> {
                    Devices.Status now = devices.get().status();
                    conflictsRead = devices.get().conflicts();
                    return now;
                }).named("reading how sync stands")
                .onSuccess(now -> {
                    show(now);
                    conflicts.setAll(conflictsRead.stream().map(c -> new Conflict(c.docId(), c.kind(), c.mine(),
                            c.theirs(), c.note())).toList());
                })
                .onFailure(failure -> message.set(Failures.message(failure, "How sync stands could not be read.")))
                .executeWith(background, fxThread));
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withZone(java.time.ZoneId.systemDefault());

    private void show(Devices.Status now) {
        configured.set(now.configured());
        enabled.set(now.enabled());
        if (now.configured()) {
            server.set(now.server());
            database.set(now.database());
            status.set((now.enabled() ? "On, with " : "Stopped on this device, with ") + now.server() + " (database "
                    + now.database() + ") · " + now.pending() + (now.pending() == 1 ? " change" : " changes")
                    + " waiting here · " + (now.conflicts() == 0 ? "no conflicts" : now.conflicts() + " edited on two devices")
                    + (now.lastSync() == null ? "" : " · last synced " + WHEN.format(now.lastSync()))
                    + (now.problem() == null ? "" : " · " + now.problem()));
        } else {
            status.set("Not set up on this device.");
        }
    }

    /** Creates the journal's database on the server from this device and sends the journal. */
    public CompletableFuture<Void> setUp() {
        return connect(true);
    }

    /** Joins the journal's database from this (empty) journal and takes it in. */
    public CompletableFuture<Void> join() {
        return connect(false);
    }

    private CompletableFuture<Void> connect(boolean first) {
        if (!passphraseKept.get()) {
            message.set("Confirm that you keep the passphrase somewhere safe: it cannot be recovered, and without it no "
                    + "device can read the journal.");
            return CompletableFuture.completedFuture(null);
        }
        working.set(true);
        message.set(first ? "Setting sync up…" : "Joining…");
        String address = server.get().strip();
        String name = user.get().isBlank() ? null : user.get().strip();
        String db = database.get().isBlank() ? null : database.get().strip().toLowerCase(Locale.ROOT);
        String secret = password.get();
        char[] phrase = passphrase.get().toCharArray();
        return Failures.whenDone(BackgroundTask.wrap(() -> first
                        ? devices.get().setUp(address, name, db, secret, phrase)
                        : devices.get().join(address, name, db, secret, phrase))
                .named(first ? "setting device sync up" : "joining device sync")
                .onSuccess(round -> {
                    working.set(false);
                    password.set("");
                    passphrase.set("");
                    message.set((first ? "Sync is set up: " + round.sent() + " items sent." : "Joined: "
                            + round.received() + " items taken in.") + " Other devices join with the same server, "
                            + "database and passphrase.");
                    changed.run();
                    load();
                })
                .onFailure(failure -> {
                    working.set(false);
                    message.set(Failures.message(failure, "Sync could not be set up; the details are in the log."));
                })
                .executeWith(background, fxThread));
    }

    private volatile java.util.List<Devices.Conflict> conflictsRead = java.util.List.of();

    /** Settles an item edited on two devices: keep "mine", "theirs" or "both". */
    public CompletableFuture<Void> resolve(Conflict conflict, dev.tandem.app.devices.Replicator.Keep keep) {
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            devices.get().resolve(conflict.docId(), keep);
            return keep;
        }).named("settling an item edited on two devices").onSuccess(kept -> {
            message.set("Kept " + kept.name().toLowerCase(Locale.ROOT) + "; your other devices follow at their next sync.");
            changed.run();
            load();
        }).onFailure(failure -> message.set(Failures.message(failure, "The item could not be settled.")))
                .executeWith(background, fxThread));
    }

    public javafx.collections.ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    public void syncNow() {
        message.set("Syncing…");
        syncNow.run();
    }

    public CompletableFuture<Void> stop() {
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            devices.get().stop();
            return true;
        }).named("stopping device sync").onSuccess(done -> {
            message.set("Sync is stopped on this device; changes made here wait until you start it again.");
            changed.run();
            load();
        }).onFailure(failure -> message.set(Failures.message(failure, "Sync could not be stopped.")))
                .executeWith(background, fxThread));
    }

    public CompletableFuture<Void> start() {
        return Failures.whenDone(BackgroundTask.wrap(() -> {
            devices.get().resume();
            return true;
        }).named("starting device sync").onSuccess(done -> {
            message.set("Sync is on.");
            changed.run();
            load();
        }).onFailure(failure -> message.set(Failures.message(failure, "Sync could not be started.")))
                .executeWith(background, fxThread));
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public BooleanProperty passphraseKeptProperty() {
        return passphraseKept;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty configuredProperty() {
        return configured.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
