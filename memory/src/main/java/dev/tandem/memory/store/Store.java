package dev.tandem.memory.store;

import java.nio.file.Path;
import java.time.Clock;

/** The journal store: the database and a repository per kind of record. */
public final class Store implements AutoCloseable {

    private final Database db;
    private final Projects projects;
    private final Goals goals;
    private final Entries entries;
    private final Documents documents;
    private final Conversations conversations;
    private final Memories memories;
    private final Jobs jobs;
    private final Embeddings embeddings;
    private final Origins origins;
    private final WatchedFolders watchedFolders;
    private final SyncDocs syncDocs;
    private final SyncItems syncItems;

    public Store(Database db, Clock clock) {
        this.db = db;
        this.projects = new Projects(db, clock);
        this.goals = new Goals(db, clock);
        this.entries = new Entries(db, clock);
        this.documents = new Documents(db, clock);
        this.conversations = new Conversations(db, clock);
        this.memories = new Memories(db, clock);
        this.jobs = new Jobs(db, clock);
        this.embeddings = new Embeddings(db);
        this.origins = new Origins(db, clock, entries);
        this.watchedFolders = new WatchedFolders(db, clock);
        this.syncDocs = new SyncDocs(db);
        this.syncItems = new SyncItems(db);
    }

    public static Store open(Path file) {
        return new Store(Database.open(file), Clock.systemUTC());
    }

    public Database database() {
        return db;
    }

    public Projects projects() {
        return projects;
    }

    public Goals goals() {
        return goals;
    }

    public Entries entries() {
        return entries;
    }

    public Documents documents() {
        return documents;
    }

    public Conversations conversations() {
        return conversations;
    }

    public Memories memories() {
        return memories;
    }

    public Jobs jobs() {
        return jobs;
    }

    public Origins origins() {
        return origins;
    }

    /** The global ids and revisions of the items that travel between devices. */
    public SyncDocs syncDocs() {
        return syncDocs;
    }

    /** Travelling items as the bodies other devices need, and such bodies written back. */
    public SyncItems syncItems() {
        return syncItems;
    }

    public WatchedFolders watchedFolders() {
        return watchedFolders;
    }

    public Embeddings embeddings() {
        return embeddings;
    }

    @Override
    public void close() {
        db.close();
    }
}
