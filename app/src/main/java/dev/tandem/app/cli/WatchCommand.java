package dev.tandem.app.cli;

import dev.tandem.app.Tandem;
import dev.tandem.app.watch.FolderWatch;
import dev.tandem.app.watch.Watching;
import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.store.WatchedFolders;
import dev.tandem.memory.store.WatchedFolders.Folder;
import dev.tandem.memory.watch.FolderChange;
import dev.tandem.memory.watch.FolderSync;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", description = {"Keep folders in sync with the journal.",
        "New files are taken in, changed ones replace their text, deleted ones leave search and recall."},
        subcommands = {WatchCommand.Add.class, WatchCommand.ListFolders.class, WatchCommand.Remove.class,
                WatchCommand.Scan.class, WatchCommand.Run.class})
final class WatchCommand {

    /** What a pass printed, and whether any file failed. */
    private static final class Lines {
        private final java.io.PrintWriter out;
        private boolean failed;

        Lines(java.io.PrintWriter out) {
            this.out = out;
        }

        void change(Folder folder, FolderChange change) {
            failed |= change.kind() == FolderChange.Kind.FAILED;
            out.println(change.line());
            out.flush();
        }

        void summary(Folder folder, FolderSync.Report report) {
            if (report.problem() != null) {
                failed = true;
                out.println("problem  " + report.problem());
            } else {
                out.printf(Locale.ROOT, "%s: %,d files; %d added, %d updated, %d renamed, %d removed, %d failed.%n",
                        folder.path(), report.files(), report.count(FolderChange.Kind.ADDED),
                        report.count(FolderChange.Kind.UPDATED), report.count(FolderChange.Kind.RENAMED),
                        report.count(FolderChange.Kind.REMOVED), report.count(FolderChange.Kind.FAILED));
            }
            out.flush();
        }
    }

    private static FolderSync sync(Tandem tandem, TandemSubcommand command) {
        return new FolderSync(tandem.store(), new Ingestor(tandem.store(), Ingestor.DEFAULT_MAX_BYTES,
                Ingestor.DEFAULT_TIMEOUT, command.workers().work()));
    }

    @Command(name = "add", description = {"Watch a folder: take it in now, then keep it in sync.",
            "While Tandem runs (the window, or tandem watch run) and at each tandem watch scan."})
    static final class Add extends TandemSubcommand {

        @Parameters(paramLabel = "DIR", description = "The folder to watch.")
        Path folder;

        @Option(names = "--project", paramLabel = "P", description = "The project its items go to.")
        String project;

        @Option(names = "--as", paramLabel = "notes|documents", description = {"notes: Markdown files become journal",
                "entries (a vault); documents: every file is a document. Default: notes when the folder holds Markdown."})
        String mode;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                WatchedFolders.Mode as = mode == null ? null : switch (mode.strip().toLowerCase(Locale.ROOT)) {
                    case "notes" -> WatchedFolders.Mode.NOTES;
                    case "documents" -> WatchedFolders.Mode.DOCUMENTS;
                    default -> throw new dev.tandem.memory.TandemException("--as takes notes or documents, not '" + mode + "'.");
                };
                Folder added = Watching.add(tandem.store(), folder, projectId(tandem.store(), project), as,
                        tandem.dataDirectory().root());
                out().println("Watching " + added.path() + " (as " + added.mode().name().toLowerCase(Locale.ROOT) + ").");
                Lines lines = new Lines(out());
                lines.summary(added, sync(tandem, this).sync(added, change -> lines.change(added, change), () -> false));
                awaitIndex(tandem);
                return lines.failed ? 1 : 0;
            }
        }
    }

    @Command(name = "list", description = "List the watched folders.")
    static final class ListFolders extends TandemSubcommand {

        @Option(names = "--json", description = "One JSON array, for scripts.")
        boolean json;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                List<Folder> folders = tandem.store().watchedFolders().list();
                if (json) {
                    out().println(Json.of(folders));
                } else if (folders.isEmpty()) {
                    out().println("No folder is watched. Watch one with: tandem watch add DIR");
                }
                for (Folder folder : folders) {
                    String project = folder.projectId() == null ? "" : "  project: "
                            + tandem.store().projects().get(folder.projectId()).name();
                    out().printf("%s  (%s)%s  last scan: %s%n", folder.path(), folder.mode().name().toLowerCase(Locale.ROOT),
                            project, folder.scannedAt() == null ? "never" : folder.scannedAt().toString());
                }
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Stop watching a folder; what was taken from it stays in the journal.")
    static final class Remove extends TandemSubcommand {

        @Parameters(paramLabel = "DIR", description = "A watched folder, as tandem watch list shows it.")
        Path folder;

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                Folder watched = Watching.find(tandem.store(), folder);
                tandem.store().watchedFolders().remove(watched);
                out().println("No longer watching " + watched.path() + "; what was taken from it stays in the journal.");
            }
            return 0;
        }
    }

    @Command(name = "scan", description = "One catch-up pass over every watched folder, then exit (for scripts and cron).")
    static final class Scan extends TandemSubcommand {

        @Override
        public Integer call() {
            try (Tandem tandem = open()) {
                Lines lines = new Lines(out());
                FolderSync sync = sync(tandem, this);
                for (Folder folder : tandem.store().watchedFolders().list()) {
                    lines.summary(folder, sync.sync(folder, change -> lines.change(folder, change), () -> false));
                }
                awaitIndex(tandem);
                return lines.failed ? 1 : 0;
            }
        }
    }

    @Command(name = "run", description = "Keep the watched folders in sync in the foreground until stopped (Ctrl+C).")
    static final class Run extends TandemSubcommand {

        @Override
        public Integer call() throws InterruptedException {
            if (context().hosted()) {
                out().println("The Tandem window is open and keeps the watched folders in sync already.");
                return 0;
            }
            try (Tandem tandem = open()) {
                Lines lines = new Lines(out());
                var threads = dev.tandem.app.tasks.Workers.connections("tandem-watch");
                try (FolderWatch watch = FolderWatch.start(tandem.store(), new Ingestor(tandem.store(),
                        Ingestor.DEFAULT_MAX_BYTES, Ingestor.DEFAULT_TIMEOUT, workers().work()), workers().periodic(), threads,
                        new FolderWatch.Listener() {
                            @Override
                            public void changed(Folder folder, FolderChange change) {
                                lines.change(folder, change);
                            }

                            @Override
                            public void passed(Folder folder, FolderSync.Report report) {
                                if (!report.changes().isEmpty() || report.problem() != null) {
                                    lines.summary(folder, report);
                                }
                            }
                        })) {
                    // Commands typed beside it (tandem search, tandem watch add ...) run here, on the journal it holds.
                    try (Hosting.Owner owner = Hosting.start(tandem, recallFactory(), () -> secrets().store(), watch::refresh)) {
                        out().printf("Watching %d folder(s); stop with Ctrl+C.%n", watch.watching());
                        out().flush();
                        Foreground.untilStopped("tandem-watch-stop");
                    }
                } finally {
                    threads.shutdownNow();
                }
            }
            return 0;
        }
    }
}
