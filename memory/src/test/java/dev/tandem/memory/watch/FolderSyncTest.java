package dev.tandem.memory.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchHit;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.index.SearchRequest;
import dev.tandem.memory.ingest.Ingestor;
import dev.tandem.memory.ingest.MarkdownVault;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.store.Store;
import dev.tandem.memory.store.WatchedFolders;
import dev.tandem.memory.store.WatchedFolders.Folder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real folder changed between passes, against a real journal and index. */
class FolderSyncTest {

    @TempDir
    Path dir;
    Path vault;
    Store store;
    SearchIndex index;
    FolderSync sync;

    @BeforeEach
    void open() throws IOException {
        vault = Files.createDirectories(dir.resolve("vault"));
        Files.createDirectories(dir.resolve("data"));
        openJournal();
    }

    private void openJournal() throws IOException {
        store = Store.open(dir.resolve("data/tandem.db"));
        index = SearchIndex.open(dir.resolve("data"), store.database());
        sync = new FolderSync(store, new Ingestor(store, Ingestor.DEFAULT_MAX_BYTES));
    }

    @AfterEach
    void close() {
        if (index == null) {
            return;
        }
        index.close();
        store.close();
    }

    private Folder watch(WatchedFolders.Mode mode) {
        return store.watchedFolders().add(vault.toString(), mode, null);
    }

    private FolderSync.Report pass(Folder folder) {
        List<FolderChange> seen = new ArrayList<>();
        FolderSync.Report report = sync.sync(folder, seen::add, () -> false);
        assertThat(seen).isEqualTo(report.changes());
        return report;
    }

    private Path write(String key, String text) throws IOException {
        Path file = vault.resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Writes new text and moves the file's time on, as an editor saving it a moment later does. */
    private void edit(Path file, String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(2)));
    }

    private List<Long> found(String words) {
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        return index.search(SearchRequest.text(words, 10)).stream().map(SearchHit::id).toList();
    }

    private long entryOf(Folder folder, String key) {
        return store.origins().find(folder.source(), key).orElseThrow().entryId();
    }

    @Test
    void newChangedRenamedAndDeletedNotesKeepTheirEntries() throws IOException {
        Path kitchen = write("Kitchen.md", "---\ntags: [home]\ntitle: Kitchen plan\n---\nTiles from the [[Hardware store]].");
        write("daily/2024-05-01.md", "Long run along the river, knee fine.");
        write(".obsidian/workspace.json", "{}");
        write(".trash/old.md", "thrown away");
        Folder folder = watch(WatchedFolders.Mode.NOTES);

        FolderSync.Report first = pass(folder);
        assertThat(first.count(FolderChange.Kind.ADDED)).isEqualTo(2);
        long kitchenId = entryOf(folder, "Kitchen.md");
        Entry entry = store.entries().get(kitchenId);
        assertThat(entry.title()).isEqualTo("Kitchen plan");
        assertThat(entry.body()).contains("[[Hardware store]]");
        assertThat(store.entries().meta(kitchenId)).contains("\"tags\":[\"home\"]").contains("front_matter");
        assertThat(found("tiles")).containsExactly(kitchenId);
        assertThat(found("thrown")).isEmpty();

        assertThat(pass(folder).changes()).as("nothing changed").isEmpty();

        edit(kitchen, "---\ntitle: Kitchen plan\n---\nMarble worktop instead of tiles? No: oak.");
        FolderSync.Report edited = pass(folder);
        assertThat(edited.changes()).extracting(FolderChange::kind).containsExactly(FolderChange.Kind.UPDATED);
        assertThat(entryOf(folder, "Kitchen.md")).isEqualTo(kitchenId);
        assertThat(found("marble")).containsExactly(kitchenId);
        assertThat(found("hardware")).as("the old text is not found any more").isEmpty();

        long runId = entryOf(folder, "daily/2024-05-01.md");
        Files.move(vault.resolve("daily/2024-05-01.md"), vault.resolve("daily/Run by the river.md"));
        FolderSync.Report renamed = pass(folder);
        assertThat(renamed.changes()).extracting(FolderChange::kind).containsExactly(FolderChange.Kind.RENAMED);
        assertThat(entryOf(folder, "daily/Run by the river.md")).isEqualTo(runId);
        assertThat(store.entries().get(runId).title()).isEqualTo("Run by the river");

        Files.delete(kitchen);
        FolderSync.Report deleted = pass(folder);
        assertThat(deleted.changes()).extracting(FolderChange::kind).containsExactly(FolderChange.Kind.REMOVED);
        assertThat(found("marble")).isEmpty();
        assertThat(store.entries().list(null, 10)).extracting(Entry::id).containsExactly(runId);
        assertThat(store.entries().find(kitchenId)).as("kept for the replies that cited it").isPresent();
        assertThat(store.entries().isGone(kitchenId)).isTrue();

        write("Kitchen.md", "Marble after all.");
        pass(folder);
        assertThat(found("marble")).hasSize(1);
    }

    @Test
    void aTouchedFileIsNotTakenInAgainAndAnUnreadableOneIsSaidOnce() throws IOException {
        Path note = write("a.md", "Sourdough starter fed at nine.");
        Path locked = write("locked.md", "secret plans");
        Folder folder = watch(WatchedFolders.Mode.NOTES);
        pass(folder);
        long id = entryOf(folder, "a.md");
        Instant updated = store.entries().get(id).updatedAt();

        Files.setLastModifiedTime(note, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(pass(folder).changes()).isEmpty();
        assertThat(store.entries().get(id).updatedAt()).isEqualTo(updated);

        write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage");
        FolderSync.Report broken = pass(folder);
        assertThat(broken.changes()).extracting(FolderChange::kind).containsExactly(FolderChange.Kind.FAILED);
        assertThat(pass(folder).changes()).as("a file that cannot be read is said once").isEmpty();
        edit(vault.resolve("broken.pdf"), "still not a PDF, but changed");
        assertThat(pass(folder).changes()).as("and again when it changes").hasSize(1);

        edit(locked, "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(locked)) {
            return; // running as a user who reads everything: nothing to see here
        }
        FolderSync.Report unreadable = pass(folder);
        assertThat(unreadable.changes()).extracting(FolderChange::kind).containsExactly(FolderChange.Kind.FAILED);
        assertThat(unreadable.changes().get(0).detail()).contains("cannot be read");
        assertThat(pass(folder).changes()).as("said once").isEmpty();
        assertThat(found("secret")).as("the text it had stays").hasSize(1);
    }

    @Test
    void aFolderRemovedAsAWholeTakesItsNotesAwayButAMissingRootKeepsEverything() throws IOException {
        write("trip/day1.md", "Lisbon trams");
        write("trip/day2.md", "Sintra palace");
        write("home.md", "Boiler service booked");
        Folder folder = watch(WatchedFolders.Mode.NOTES);
        pass(folder);

        dev.tandem.memory.files.SafeFiles.deleteTree(vault.resolve("trip"));
        assertThat(pass(folder).count(FolderChange.Kind.REMOVED)).isEqualTo(2);
        assertThat(found("lisbon")).isEmpty();

        Files.move(vault, dir.resolve("elsewhere"));
        FolderSync.Report missing = pass(folder);
        assertThat(missing.problem()).contains("is not there");
        assertThat(found("boiler")).hasSize(1);
    }

    @Test
    void documentsAreReplacedUnderTheSameIdAndCopiesShareOne() throws IOException {
        Path report = write("report.txt", "Quarterly revenue grew in the north region.");
        write("copy/report.txt", "Quarterly revenue grew in the north region.");
        write("photo.bin", "\u0000\u0001binary");
        Folder folder = watch(WatchedFolders.Mode.DOCUMENTS);
        FolderSync.Report first = pass(folder);
        assertThat(first.count(FolderChange.Kind.ADDED)).isEqualTo(2);
        assertThat(first.count(FolderChange.Kind.SKIPPED)).isEqualTo(1);
        long documentId = store.origins().find(folder.source(), "report.txt").orElseThrow().documentId();
        assertThat(store.origins().find(folder.source(), "copy/report.txt").orElseThrow().documentId()).isEqualTo(documentId);
        assertThat(pass(folder).changes()).as("a skipped file is said once").isEmpty();

        edit(report, "Quarterly revenue fell in the south region.");
        pass(folder);
        assertThat(store.origins().find(folder.source(), "report.txt").orElseThrow().documentId()).isNotEqualTo(documentId);
        // The copy still holds the old bytes: its document keeps them; the edited file became a document of its own.
        assertThat(found("south")).hasSize(1);
        assertThat(found("north")).hasSize(1);

        Files.delete(vault.resolve("copy/report.txt"));
        pass(folder);
        assertThat(found("north")).isEmpty();
        assertThat(store.documents().list()).hasSize(1);
    }

    @Test
    void aVaultImportedOnceIsAdoptedNotCopiedAndChangesWhileClosedAreCaughtUp() throws IOException {
        write("Garden.md", "Plant garlic in October.");
        write("Bikes.md", "Chain needs oil.");
        new MarkdownVault(store, new Ingestor(store, Ingestor.DEFAULT_MAX_BYTES)).importFolder(vault, line -> { });
        Folder folder = watch(WatchedFolders.Mode.NOTES);
        pass(folder);
        assertThat(store.entries().count()).isEqualTo(2);

        close();
        edit(vault.resolve("Garden.md"), "Plant garlic in November, after the frost.");
        Files.delete(vault.resolve("Bikes.md"));
        write("New.md", "Compost turned.");
        openJournal();
        Folder again = store.watchedFolders().list().get(0);
        FolderSync.Report caughtUp = pass(again);
        assertThat(caughtUp.changes()).extracting(FolderChange::kind).containsExactlyInAnyOrder(
                FolderChange.Kind.UPDATED, FolderChange.Kind.REMOVED, FolderChange.Kind.ADDED);
        assertThat(found("frost")).hasSize(1);
        assertThat(found("chain")).isEmpty();
        assertThat(index.indexedCounts().get(ItemKind.ENTRY)).isEqualTo(2);
    }
}
