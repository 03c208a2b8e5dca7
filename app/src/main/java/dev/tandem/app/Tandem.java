package dev.tandem.app;

import dev.tandem.app.settings.DataDirectory;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.store.Database;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/** The one place that wires Tandem together for a data directory, by hand, and takes it apart again. */
public final class Tandem implements AutoCloseable {

    private final DataDirectory dataDirectory;
    private final Store store;
    private final SearchIndex index;
    private final boolean owned;

    private Tandem(DataDirectory dataDirectory, Store store, SearchIndex index, boolean owned) {
        this.dataDirectory = dataDirectory;
        this.store = store;
        this.index = index;
        this.owned = owned;
    }

    /**
     * The same open journal for one piece of work that is not its owner (a command run for a terminal
     * beside the window): closing what is lent closes nothing.
     */
    public Tandem lent() {
        return new Tandem(dataDirectory, store, index, false);
    }

    /** Locks the data directory, opens the journal and starts its index following it. */
    public static Tandem open(Path root) {
        return open(root, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that dates what is saved without a date of its own. */
    public static Tandem open(Path root, Clock clock) {
        DataDirectory directory = DataDirectory.open(root);
        Store store = null;
        try {
            store = new Store(Database.open(directory.database()), clock);
            SearchIndex index = SearchIndex.open(directory.root(), store.database());
            return new Tandem(directory, store, index, true);
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            directory.close();
            throw e;
        }
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Store store() {
        return store;
    }

    public SearchIndex index() {
        return index;
    }

    @Override
    public void close() {
        if (!owned) {
            return;
        }
        try {
            index.close();
        } finally {
            try {
                store.close();
            } finally {
                dataDirectory.close();
            }
        }
    }
}
