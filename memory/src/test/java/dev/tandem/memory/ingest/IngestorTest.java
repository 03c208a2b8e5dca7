package dev.tandem.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.index.SearchRequest;
import dev.tandem.memory.model.Chunk;
import dev.tandem.memory.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    @TempDir
    Path data;
    @TempDir
    Path files;
    Store store;
    SearchIndex index;
    final List<IngestResult> results = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(data.resolve("tandem.db"));
        index = SearchIndex.open(data, store.database());
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private IngestResult ingest(Path path) {
        results.clear();
        new Ingestor(store, 1024 * 1024).ingest(List.of(path), null, results::add, () -> false);
        return results.get(results.size() - 1);
    }

    @Test
    void aMarkdownNoteIsChunkedAlongItsHeadingsWithOffsetsAndIsSearchable() throws Exception {
        StringBuilder note = new StringBuilder("# Garden plan\n\nTomatoes along the south fence.\n\n");
        for (int i = 0; i < 40; i++) {
            note.append("## Bed ").append(i).append("\n\nCompost, mulch and a row of basil number ").append(i)
                    .append(". Water every second evening unless it rained.\n\n");
        }
        Path file = Files.writeString(files.resolve("garden.md"), note);
        IngestResult result = ingest(file);
        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.ADDED);
        assertThat(result.chunks()).isGreaterThan(2);
        List<Chunk> chunks = store.documents().chunks(result.documentId());
        for (Chunk chunk : chunks) {
            assertThat(note.substring(chunk.startOffset(), chunk.endOffset())).isEqualTo(chunk.text());
            assertThat(chunk.text().length()).isLessThanOrEqualTo(Chunker.TARGET_CHARS * 2);
        }
        assertThat(chunks.get(0).heading()).isEqualTo("Garden plan");
        assertThat(chunks.get(chunks.size() - 1).heading()).startsWith("Bed ");
        assertThat(chunks.get(1).startOffset()).as("chunks overlap a little").isLessThan(chunks.get(0).endOffset());
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        assertThat(index.search(new SearchRequest("basil number 39", Set.of(ItemKind.CHUNK), null, null, null,
                null, null, 3))).isNotEmpty().first().satisfies(hit -> assertThat(hit.title()).contains("garden.md"));
    }

    @Test
    void theSameFileTwiceAddsNothingAndSaysSo() throws Exception {
        Path file = Files.writeString(files.resolve("a.txt"), "hello world");
        Path copy = Files.writeString(files.resolve("b.txt"), "hello world");
        IngestResult first = ingest(file);
        IngestResult again = ingest(copy);
        assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.KNOWN);
        assertThat(again.documentId()).isEqualTo(first.documentId());
        assertThat(store.documents().list()).hasSize(1);
    }

    @Test
    void brokenAndHostileFilesGetAClearReasonAndNothingElseIsLost() throws Exception {
        ingest(Files.writeString(files.resolve("kept.txt"), "kept before the trouble"));
        assertThat(ingest(Files.createFile(files.resolve("empty.txt"))).reason()).contains("empty");
        assertThat(ingest(Files.write(files.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2}))
                .reason()).contains("binary");
        assertThat(ingest(Files.write(files.resolve("big.txt"), new byte[2 * 1024 * 1024])).reason())
                .contains("larger than");
        assertThat(ingest(Files.writeString(files.resolve("archive.xyz"), "who knows")).reason())
                .contains("not supported");
        IngestResult brokenPdf = ingest(Files.writeString(files.resolve("scan.pdf"), "%PDF-1.4 broken"));
        assertThat(brokenPdf.outcome()).isEqualTo(IngestResult.Outcome.FAILED);
        assertThat(brokenPdf.reason()).isNotBlank();
        assertThat(ingest(files.resolve("missing.txt")).outcome()).isEqualTo(IngestResult.Outcome.FAILED);

        IngestResult latin = ingest(Files.write(files.resolve("latin.txt"),
                "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin.outcome()).isEqualTo(IngestResult.Outcome.ADDED);
        assertThat(store.documents().chunks(latin.documentId()).get(0).text()).isEqualTo("café crème");

        IngestResult odd = ingest(Files.writeString(files.resolve("bell\u0007 ..name.md"), "odd name"));
        assertThat(store.documents().get(odd.documentId()).fileName()).doesNotContain("\u0007").doesNotContain("/");

        assertThat(store.documents().list()).hasSize(3);
        assertThat(store.database().integrityCheck()).isEqualTo("ok");
    }

    @Test
    void foldersSkipHiddenAndBuildFoldersAndNeverFollowALinkLoop() throws Exception {
        Path notes = Files.createDirectories(files.resolve("vault/notes"));
        Files.writeString(notes.resolve("one.md"), "first note");
        Files.writeString(notes.resolve(".secret.md"), "hidden");
        Files.createDirectories(files.resolve("vault/.git"));
        Files.writeString(files.resolve("vault/.git/config.txt"), "vcs");
        Files.createDirectories(files.resolve("vault/node_modules/x"));
        Files.writeString(files.resolve("vault/node_modules/x/readme.md"), "dependency");
        Files.createSymbolicLink(notes.resolve("loop"), files.resolve("vault"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(notes.resolve("n" + i + ".txt"), "note number " + i);
        }
        results.clear();
        new Ingestor(store, 1024 * 1024).ingest(List.of(files.resolve("vault")), null, results::add, () -> false);
        assertThat(results.stream().filter(r -> r.outcome() == IngestResult.Outcome.ADDED)).hasSize(201);
        assertThat(results).noneMatch(r -> r.file().contains(".git") || r.file().contains("node_modules")
                || r.file().contains(".secret"));
        assertThat(results).anyMatch(r -> r.file().endsWith("loop") && r.reason().contains("link"));
    }

    @Test
    void cancellingStopsBetweenFiles() throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.writeString(files.resolve("f" + i + ".txt"), "file " + i);
        }
        results.clear();
        new Ingestor(store, 1024 * 1024).ingest(List.of(files), null, results::add, () -> results.size() >= 5);
        assertThat(results).hasSize(5);
    }

    @Test
    void aFolderOfTenThousandFilesGoesInWithAResultEach() throws Exception {
        Path many = Files.createDirectories(files.resolve("many"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(many.resolve("note-" + i + ".txt"), "note " + i + " about the harbour");
        }
        results.clear();
        new Ingestor(store, 1024 * 1024).ingest(List.of(many), null, results::add, () -> false);
        assertThat(results).hasSize(10_000).allMatch(r -> r.outcome() == IngestResult.Outcome.ADDED);
        assertThat(store.documents().list()).hasSize(10_000);
    }
}
