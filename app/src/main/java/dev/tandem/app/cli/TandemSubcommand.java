package dev.tandem.app.cli;

import dev.tandem.app.Logs;
import dev.tandem.app.Tandem;
import dev.tandem.app.RecallFactory;
import dev.tandem.app.secrets.SecretStoreChoice;
import dev.tandem.app.secrets.SecretStores;
import dev.tandem.app.settings.DataPaths;
import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the data directory, its output streams, names looked up in the journal. */
abstract class TandemSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private SecretStoreChoice secrets;

    Path dataDirectory() {
        CommandContext context = root().context;
        return context.hosted() ? context.journal().dataDirectory().root() : DataPaths.resolve(root().dataDir);
    }

    /** Where the command runs. */
    CommandContext context() {
        return root().context;
    }

    /** The standard input of the terminal that typed the command. */
    java.io.InputStream in() {
        return root().context.in();
    }

    private TandemCommand root() {
        return (TandemCommand) spec.root().userObject();
    }

    /** The work pool and the periodic thread of this run. */
    Workers workers() {
        return root().workers;
    }

    /** Where API keys are kept for the data directory, and why there (the keychain is probed on the work pool). */
    SecretStoreChoice secrets() {
        if (secrets == null) {
            secrets = SecretStores.choose(dataDirectory(), workers().work());
        }
        return secrets;
    }

    /** The configured partner, with its key from {@link #secrets()}; close it afterwards. */
    PartnerSession openPartner() {
        return PartnerSession.open(dataDirectory(), secrets().store());
    }

    /** Recall with the meaning model of the settings, once the journal's items have its vectors. */
    RecallFactory recallFactory() {
        CommandContext context = root().context;
        return context.hosted() ? context.recall() : RecallFactory.configured(dataDirectory(), () -> secrets().store());
    }

    /** The journal: opened for this command, or lent by the process that owns it (closing it then closes nothing). */
    Tandem open() {
        CommandContext context = root().context;
        if (context.hosted()) {
            return context.journal().lent();
        }
        Tandem tandem = Tandem.open(dataDirectory());
        Logs.toFolder(tandem.dataDirectory().logs());
        return tandem;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static Long projectId(Store store, String name) {
        if (name == null) {
            return null;
        }
        return store.projects().findByName(name).map(Project::id).orElseThrow(() -> new TandemException(
                "There is no project named '" + name + "'. Create it with: tandem project add \"" + name + "\""));
    }

    /** Waits for the index to hold everything saved so far, telling the person if that takes a while. */
    void awaitIndex(Tandem tandem) {
        if (!tandem.index().awaitCurrent(Duration.ofMillis(500))) {
            var state = tandem.index().state();
            err().println("The search index is catching up (" + state.phase().name().toLowerCase().replace('_', ' ')
                    + (state.total() > 0 ? ", " + state.done() + " of " + state.total() : "") + ")...");
            if (!tandem.index().awaitCurrent(Duration.ofMinutes(5))) {
                throw new TandemException("The search index is still catching up; try again in a moment.");
            }
        }
    }

    static String day(Instant instant) {
        return instant.atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }
}
