package dev.tandem.memory.index;

import dev.tandem.memory.files.SafeFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.store.Store;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRecoveryTest {

    @TempDir
    Path dir;

    private void journal(int entries) {
        try (Store store = Store.open(dir.resolve("tandem.db"));
             SearchIndex index = SearchIndex.open(dir, store.database())) {
            for (int i = 0; i < entries; i++) {
                store.entries().add(Entry.draft("", "walk number " + i + " through the pine forest", EntryKind.LOG,
                        null, List.of(), null));
            }
            assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        }
    }

    private void assertEverythingSearchable(int entries) {
        try (Store store = Store.open(dir.resolve("tandem.db"));
             SearchIndex index = SearchIndex.open(dir, store.database())) {
            assertThat(index.awaitCurrent(Duration.ofSeconds(30))).isTrue();
            assertThat(index.indexedCounts().get(ItemKind.ENTRY)).isEqualTo(entries);
            assertThat(index.search(SearchRequest.text("forests", 1000))).hasSize(entries);
            assertThat(store.entries().count()).isEqualTo(entries);
        }
    }

    @Test
    void aDeletedIndexFolderIsRebuiltOnOpen() throws IOException {
        journal(50);
        SafeFiles.deleteTree(SearchIndex.folderIn(dir));
        assertEverythingSearchable(50);
    }

    @Test
    void aTruncatedSegmentFileIsDetectedAndTheIndexRebuilt() throws IOException {
        journal(50);
        Path biggest;
        try (Stream<Path> files = Files.list(SearchIndex.folderIn(dir))) {
            biggest = files.filter(p -> !p.getFileName().toString().startsWith("segments"))
                    .filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(IndexRecoveryTest::size)).orElseThrow();
        }
        try (FileChannel channel = FileChannel.open(biggest, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        assertEverythingSearchable(50);
    }

    @Test
    void aGarbledCommitPointIsDetectedAndTheIndexRebuilt() throws IOException {
        journal(20);
        try (Stream<Path> files = Files.list(SearchIndex.folderIn(dir))) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(segments, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        assertEverythingSearchable(20);
    }

    @Test
    void changesMadeWhileTheIndexWasAwayAreCaughtUp() {
        journal(10);
        try (Store store = Store.open(dir.resolve("tandem.db"))) {
            store.entries().add(Entry.draft("", "one more walk in the pine forest", EntryKind.LOG, null, List.of(), null));
        }
        assertEverythingSearchable(11);
    }

    @Test
    void anIndexOfAnOlderFormatIsRemovedAndRebuilt() throws IOException {
        journal(5);
        Path old = dir.resolve("index-v0");
        Files.createDirectories(old);
        Files.writeString(old.resolve("segments_1"), "old");
        assertEverythingSearchable(5);
        assertThat(old).doesNotExist();
    }

    @Test
    void rebuildOnRequestKeepsEverything() {
        journal(30);
        try (Store store = Store.open(dir.resolve("tandem.db"));
             SearchIndex index = SearchIndex.open(dir, store.database())) {
            index.rebuild();
            assertThat(index.awaitCurrent(Duration.ofSeconds(30))).isTrue();
            assertThat(index.indexedCounts().get(ItemKind.ENTRY)).isEqualTo(30);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

}
