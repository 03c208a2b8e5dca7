package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tandem.memory.ingest.JoplinExport;
import dev.tandem.memory.model.Document;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem import joplin} on items Joplin's own tests wrote (laurent22/joplin, see the NOTICE), as JEX and RAW. */
class ImportJoplinTest {

    private static final String NOTE1 = "ceda4e635262419695e59a7c90aaffa6";
    private static final String NOTE3 = "264f9c3132f5473e9772c4872a083d2a";
    private static final String NOTE5 = "dbdcb925536446be8474489092de8ce0";
    private static final String RECIPE = "5e1f0a2b3c4d4e5f8a9b0c1d2e3f4a5b";
    private static final String TODO = "7a6b5c4d3e2f41a0b9c8d7e6f5a4b3c2";
    private static final String CLIPPING = "9f8e7d6c5b4a43219f8e7d6c5b4a4321";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Cli cli;
    Path raw;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir.resolve("data"));
        raw = ImportFixtures.copy("import/joplin/raw", files.resolve("raw"));
        Files.createDirectories(raw.resolve("resources"));
        for (String photo : new String[] {"91530b8c77b4451db32e706f4f365209", "9333a8289e1248cdaef3db6047de2fbd"}) {
            Files.write(raw.resolve("resources/" + photo + ".jpg"), ImportFixtures.image("jpg"));
        }
    }

    @Test
    void aJexExportBecomesNotebooksAsProjectsAndNotesAsEntriesAndItsRawFolderIsTheSameItems() throws Exception {
        Path jex = ImportFixtures.tar(raw, files.resolve("Joplin export.jex"));

        Cli.Result first = cli.run("import", "joplin", jex.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("added    project folder1 / subFolder2 — created")
                .contains("added    " + NOTE1 + " — note1")
                .contains("skipped  91530b8c77b4451db32e706f4f365209 — photo.jpg: an image (image/jpeg), not a document "
                        + "Tandem reads as text; its note names it")
                .contains("Done: 5 entries added, 0 updated, 0 known; 0 documents added, 0 updated, 0 known; "
                        + "5 projects created; 2 skipped, 0 missing, 0 failed.");
        ImportFixtures.read(dir.resolve("data"), tandem -> {
            Store store = tandem.store();
            assertThat(store.projects().list()).extracting(Project::name).containsExactlyInAnyOrder("folder1",
                    "folder1 / subFolder1", "folder1 / subFolder2", "folder2", "folder3");
            Entry note1 = entry(store, NOTE1);
            assertThat(note1.title()).isEqualTo("note1");
            assertThat(note1.body()).isEqualTo("[image: photo.jpg]");
            assertThat(note1.createdAt()).isEqualTo(Instant.parse("2021-06-26T20:08:08.244Z"));
            assertThat(note1.projectId()).isEqualTo(store.projects().findByName("folder1 / subFolder2").orElseThrow().id());
            JsonObject meta = meta(store, note1);
            assertThat(meta.get("notebook").getAsString()).isEqualTo("folder1 / subFolder2");
            assertThat(meta.get("updated").getAsString()).isEqualTo("2021-06-26T20:08:08.359Z");
            assertThat(meta.getAsJsonArray("tags").toString()).isEqualTo("[\"tag1\"]");
            assertThat(meta(store, entry(store, NOTE3)).getAsJsonArray("tags").toString()).isEqualTo("[\"tag1\",\"tag2\"]");
            assertThat(entry(store, NOTE3).body()).isEqualTo("note3");
            assertThat(entry(store, NOTE5).projectId()).isEqualTo(store.projects().findByName("folder3").orElseThrow().id());
            return null;
        });
        assertThat(cli.ok("search", "note3")).contains("note3").contains("2021-06-2");

        assertThat(cli.ok("import", "joplin", jex.toString())).doesNotContain("added ")
                .contains("known    " + NOTE1 + " — note1")
                .contains("Done: 0 entries added, 0 updated, 5 known; 0 documents added, 0 updated, 0 known; "
                        + "0 projects created; 2 skipped, 0 missing, 0 failed.");
        assertThat(cli.ok("import", "joplin", raw.toString())).doesNotContain("added ")
                .contains("Done: 0 entries added, 0 updated, 5 known;");
        ImportFixtures.read(dir.resolve("data"), tandem -> assertThat(tandem.store().entries().count()).isEqualTo(5));
    }

    @Test
    void toDosTagsLinksAndReadableAttachmentsAreKeptAndAnEditedNoteUpdatesTheSameEntry() throws Exception {
        Files.writeString(raw.resolve(RECIPE + ".md"), item("recipe.md", "", RECIPE, """
                mime: text/markdown
                filename:\s
                file_extension: md
                size: 64""", "2024-08-01T10:00:00.000Z", "2024-08-01T10:00:00.000Z", 4));
        Files.writeString(raw.resolve("resources/" + RECIPE + ".md"),
                "# Roasted tomatoes\n\nSlow-roast the tomatoes with thyme and garlic for two hours.\n");
        Files.writeString(raw.resolve(CLIPPING + ".md"), item("Companion planting", "", CLIPPING, """
                mime: text/html
                filename: companions.html
                file_extension: html
                size: 90""", "2024-08-01T11:00:00.000Z", "2024-08-01T11:00:00.000Z", 4));
        Files.writeString(raw.resolve("resources/" + CLIPPING + ".html"),
                "<html><head><title>Companions</title></head><body><p>Basil grows well beside tomatoes.</p></body></html>");
        Files.writeString(raw.resolve(TODO + ".md"), item("Harvest the tomatoes", """
                Pick the ripe ones first, then follow [the recipe](:/%s).
                See also [earlier notes](:/%s) and :/%s.""".formatted(RECIPE, NOTE1, NOTE5), TODO, """
                parent_id: bf054ce041ac4194ab2800f8495ae81f
                latitude: 38.70570000
                longitude: -9.14590000
                altitude: 0.0000
                is_todo: 1
                todo_due: 1722700800000
                todo_completed: 1722708000000
                markup_language: 1""", "2024-08-02T07:30:00.000Z", "2024-08-03T18:00:00.000Z", 1));
        Files.writeString(raw.resolve("3c2b1a0f9e8d47c6b5a4f3e2d1c0b9a8.md"), item("", "", "3c2b1a0f9e8d47c6b5a4f3e2d1c0b9a8",
                "note_id: " + TODO + "\ntag_id: 5d37049a85ca469f97930acac11a9de5", "2024-08-02T07:31:00.000Z",
                "2024-08-02T07:31:00.000Z", 6));

        Cli.Result first = cli.run("import", "joplin", raw.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("added    " + TODO + " — Harvest the tomatoes (to-do)")
                .contains("added    " + RECIPE + " — recipe.md (attachment)")
                .contains("added    " + CLIPPING + " — Companion planting (attachment)")
                .contains("Done: 6 entries added, 0 updated, 0 known; 2 documents added, 0 updated, 0 known; "
                        + "5 projects created; 2 skipped, 0 missing, 0 failed.");
        long note5 = ImportFixtures.read(dir.resolve("data"), tandem -> {
            Store store = tandem.store();
            Entry todo = entry(store, TODO);
            assertThat(todo.body()).isEqualTo("Pick the ripe ones first, then follow the recipe (attachment: recipe.md).\n"
                    + "See also earlier notes ([[note1]]) and [[note5]].");
            long folder2 = store.projects().findByName("folder2").orElseThrow().id();
            assertThat(todo.projectId()).isEqualTo(folder2);
            JsonObject meta = meta(store, todo);
            assertThat(meta.getAsJsonObject("todo").get("completed").getAsBoolean()).isTrue();
            assertThat(meta.getAsJsonObject("todo").get("completedAt").getAsString()).isEqualTo("2024-08-03T18:00:00Z");
            assertThat(meta.getAsJsonObject("todo").get("due").getAsString()).isEqualTo("2024-08-03T16:00:00Z");
            assertThat(meta.get("latitude").getAsString()).isEqualTo("38.70570000");
            assertThat(meta.has("altitude")).isFalse();
            assertThat(meta.getAsJsonArray("tags").toString()).isEqualTo("[\"tag1\"]");
            Document recipe = store.documents().list().stream().filter(d -> d.fileName().equals("recipe.md"))
                    .findFirst().orElseThrow();
            Document clipping = store.documents().list().stream().filter(d -> d.fileName().equals("companions.html"))
                    .findFirst().orElseThrow();
            assertThat(clipping.mediaType()).startsWith("text/html");
            assertThat(clipping.projectId()).isNull();
            assertThat(recipe.fileName()).isEqualTo("recipe.md");
            assertThat(recipe.mediaType()).isEqualTo("text/markdown");
            assertThat(recipe.projectId()).isEqualTo(folder2);
            return entry(store, NOTE5).id();
        });
        assertThat(cli.ok("search", "thyme")).contains("recipe.md");
        assertThat(cli.ok("search", "basil")).contains("companions.html");

        Path edited = raw.resolve(NOTE5 + ".md");
        Files.writeString(edited, Files.readString(edited).replace("![photo.jpg](:/9333a8289e1248cdaef3db6047de2fbd)",
                "![photo.jpg](:/9333a8289e1248cdaef3db6047de2fbd)\n\nMoved the seedlings outside."));
        String again = cli.ok("import", "joplin", raw.toString());

        assertThat(again).contains("updated  " + NOTE5 + " — note5 (entry " + note5 + ")")
                .contains("Done: 0 entries added, 1 updated, 5 known; 0 documents added, 0 updated, 2 known;");
        ImportFixtures.read(dir.resolve("data"), tandem -> {
            assertThat(entry(tandem.store(), NOTE5).body()).isEqualTo("[image: photo.jpg]\n\nMoved the seedlings outside.");
            assertThat(tandem.store().entries().count()).isEqualTo(6);
            return null;
        });
        assertThat(cli.ok("search", "seedlings", "outside")).contains("note5");
    }

    @Test
    void whatIsNotAJoplinExportGivesAClearErrorAndLeavesTheJournalAsItWas() throws Exception {
        Path text = Files.writeString(files.resolve("notes.jex"), "These are my notes, not a tar archive.\n".repeat(40));
        Path folder = Files.createDirectories(files.resolve("other"));
        Files.writeString(folder.resolve("README.md"), "# A folder of notes");
        Path tar = ImportFixtures.tar(folder, files.resolve("readme.jex"));

        Cli.Result notTar = cli.run("import", "joplin", text.toString());
        assertThat(notTar.code()).isEqualTo(1);
        assertThat(notTar.err()).contains("notes.jex is not a Joplin JEX export: a JEX file is a tar archive, and this "
                + "one does not start as one");
        assertThat(cli.run("import", "joplin", tar.toString()).err()).contains("readme.jex holds no Joplin notes")
                .contains("File → Export all → JEX");
        assertThat(cli.run("import", "joplin", folder.toString()).err()).contains("other holds no Joplin notes");

        ImportFixtures.read(dir.resolve("data"), tandem -> {
            assertThat(tandem.store().entries().count()).isZero();
            assertThat(tandem.store().projects().list()).isEmpty();
            assertThat(tandem.store().origins().byKey(JoplinExport.SOURCE)).isEmpty();
            return null;
        });

        Files.writeString(raw.resolve("0123456789abcdef0123456789abcdef.md"), "Just some text\n\nwith no properties");
        Cli.Result mixed = cli.run("import", "joplin", raw.toString());
        assertThat(mixed.code()).isEqualTo(1);
        assertThat(mixed.out()).contains("failed   0123456789abcdef0123456789abcdef.md — not a Joplin item: its last lines "
                + "are not Joplin's \"key: value\" properties (with no properties)").contains("5 entries added");
    }

    /** An item as Joplin serializes it: title, blank line, body, blank line, properties ending with type_. */
    private static String item(String title, String body, String id, String props, String created, String updated,
                               int type) {
        return (title.isEmpty() ? "" : title + "\n\n") + (body.isEmpty() ? "" : body + "\n\n") + "id: " + id + "\n"
                + props + "\ncreated_time: " + created + "\nupdated_time: " + updated + "\nuser_created_time: " + created
                + "\nuser_updated_time: " + updated + "\nencryption_cipher_text: \nencryption_applied: 0\nis_shared: 0\n"
                + "type_: " + type;
    }

    private static Entry entry(Store store, String id) {
        return store.entries().get(store.origins().find(JoplinExport.SOURCE, id).orElseThrow().entryId());
    }

    private static JsonObject meta(Store store, Entry entry) {
        return JsonParser.parseString(store.entries().meta(entry.id())).getAsJsonObject();
    }
}
