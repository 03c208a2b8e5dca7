package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tandem.memory.ingest.DayOneExport;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem import dayone} on the fictional Day One export of Automattic/day-one-to-wp (see its NOTICE). */
class ImportDayOneTest {

    private static final String PNG = "photos/a36a701e0fe5e46e37fb460b40ccda7b.png";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir.resolve("data"));
    }

    /** The sample export, unpacked, with a generated PNG where the JSON names its photo; its GIF stays missing. */
    private Path export() throws Exception {
        Path export = ImportFixtures.copy("import/dayone/fictional", files.resolve("export"));
        Files.createDirectories(export.resolve("photos"));
        Files.write(export.resolve(PNG), ImportFixtures.image("png"));
        return export;
    }

    @Test
    void theDayOneZipBecomesEntriesOfItsJournalWithDatesMetaAndDescribedPhotosAndASecondRunAddsNothing()
            throws Exception {
        Path zip = ImportFixtures.zip(export(), files.resolve("Fictional export.zip"));

        Cli.Result first = cli.run("import", "dayone", zip.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("added    project Fictional Journal — created")
                .contains("added    FICTIONAL-SAMPLE-ENTRY-0001 — Lantern Garden Notes")
                .contains("added    FICTIONAL-SAMPLE-ENTRY-0001 photo FICTIONAL-SAMPLE-PHOTO-0001 — "
                        + "fictional-color-tile.png: described in words (the image itself holds no text)")
                .contains("added    FICTIONAL-SAMPLE-ENTRY-0020 — Inline video embed. (1 video not taken in)")
                .containsPattern("missing  FICTIONAL-SAMPLE-ENTRY-0026 photo 66ED4DF51BBC4EDC85644FA05CD8A2F3 — the "
                        + "entry lists photos/3b22a729ac3d48d50fc2925514df76e0.gif but the export does not hold it")
                .contains("Done: 27 entries added, 0 updated, 0 known; 6 documents added, 0 updated, 0 known; "
                        + "1 project created; 0 skipped, 1 missing, 0 failed.");

        ImportFixtures.read(dir.resolve("data"), tandem -> {
            var store = tandem.store();
            Project journal = store.projects().findByName("Fictional Journal").orElseThrow();
            assertThat(store.entries().list(journal.id(), 100)).hasSize(27);
            assertThat(store.documents().list()).hasSize(6)
                    .allSatisfy(d -> assertThat(d.mediaType()).isEqualTo("image/png"))
                    .allSatisfy(d -> assertThat(d.projectId()).isEqualTo(journal.id()));

            Entry garden = entry(store, "FICTIONAL-SAMPLE-ENTRY-0001");
            assertThat(garden.title()).isEqualTo("Lantern Garden Notes");
            assertThat(garden.body()).startsWith("The fictional greenhouse committee planted paper marigolds");
            assertThat(garden.createdAt()).isEqualTo(Instant.parse("2031-04-05T14:30:00Z"));
            JsonObject gardenMeta = meta(store, garden);
            assertThat(gardenMeta.get("starred").getAsBoolean()).isTrue();
            assertThat(gardenMeta.getAsJsonArray("tags").toString()).isEqualTo("[\"fictional\",\"sample\",\"garden\"]");
            assertThat(gardenMeta.getAsJsonArray("photos").get(0).getAsJsonObject().get("md5").getAsString())
                    .isEqualTo("a36a701e0fe5e46e37fb460b40ccda7b");

            Entry departure = entry(store, "FICTIONAL-SAMPLE-ENTRY-0027");
            assertThat(departure.createdAt()).isEqualTo(Instant.parse("2031-05-10T17:45:00Z"));
            JsonObject place = meta(store, departure);
            assertThat(place.get("timeZone").getAsString()).isEqualTo("America/Boise");
            assertThat(place.get("localTime").getAsString()).isEqualTo("2031-05-10T11:45-06:00");
            assertThat(place.getAsJsonObject("location").get("placeName").getAsString())
                    .isEqualTo("Idaho Falls Regional Airport");
            assertThat(place.getAsJsonObject("location").get("latitude").getAsDouble()).isEqualTo(43.511299133300781);
            assertThat(place.getAsJsonObject("location").has("region")).isFalse();

            Entry placeholders = entry(store, "FICTIONAL-SAMPLE-ENTRY-0019");
            assertThat(placeholders.body()).contains("Before placeholders.").contains("[photo]").contains("[video]")
                    .contains("[audio]").contains("[PDF]").contains("After placeholders.").doesNotContain("dayone-");
            Entry richOnly = entry(store, "FICTIONAL-SAMPLE-ENTRY-0009");
            assertThat(richOnly.title()).isEqualTo("Heading level one");
            assertThat(richOnly.body()).contains("## Heading level two first");
            assertThat(entry(store, "FICTIONAL-SAMPLE-ENTRY-0013").body())
                    .contains("- [x] Checked box alpha").contains("- [ ] Unchecked box beta");
            assertThat(meta(store, entry(store, "FICTIONAL-SAMPLE-ENTRY-0025")).get("leftOut").getAsString())
                    .isEqualTo("1 video, 1 audio, 1 PDF");
            return null;
        });

        assertThat(cli.ok("search", "marigolds")).contains("Lantern Garden Notes");
        assertThat(cli.ok("search", "Lantern Garden Notes", "--kind", "chunk")).contains("fictional-color-tile.png");

        Cli.Result again = cli.run("import", "dayone", zip.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("known    FICTIONAL-SAMPLE-ENTRY-0001 — Lantern Garden Notes")
                .doesNotContain("added ")
                .contains("Done: 0 entries added, 0 updated, 27 known; 0 documents added, 0 updated, 6 known; "
                        + "0 projects created; 0 skipped, 1 missing, 0 failed.");
        ImportFixtures.read(dir.resolve("data"), tandem -> {
            assertThat(tandem.store().entries().count()).isEqualTo(27);
            assertThat(tandem.store().documents().list()).hasSize(6);
            assertThat(tandem.store().projects().list()).hasSize(1);
            return null;
        });
    }

    @Test
    void anEditedEntryUpdatesTheSameEntryAndAnotherJournalBecomesItsOwnProject() throws Exception {
        Path export = export();
        Path json = export.resolve("Fictional Journal.json");
        assertThat(cli.run("import", "dayone", json.toString()).code()).isZero();
        cli.ok("goal", "add", "Host a tasting evening");
        long before = ImportFixtures.read(dir.resolve("data"), tandem -> {
            Entry quiet = entry(tandem.store(), "FICTIONAL-SAMPLE-ENTRY-0003");
            tandem.store().entries().update(new Entry(quiet.id(), quiet.title(), quiet.body(), quiet.kind(),
                    quiet.projectId(), List.of(1L), quiet.createdAt(), quiet.updatedAt()));
            return quiet.id();
        });

        Files.writeString(json, Files.readString(json).replace("imaginary mooncake tasting club",
                "imaginary mooncake tasting society"));
        Files.writeString(export.resolve("Travel.json"), """
                {"metadata": {"version": "1.0"},
                 "entries": [{"uuid": "5F0C1B7E2B7C4E11A4C2A3E0D1B2C3D4", "creationDate": "2024-07-14T06:20:00Z",
                   "modifiedDate": "2024-07-14T06:30:00Z", "timeZone": "Europe/Lisbon", "starred": false,
                   "text": "Early ferry to Cacilhas\\\\. Grilled sardines by the river\\\\!",
                   "tags": ["travel"],
                   "location": {"placeName": "Cais do Sodré", "localityName": "Lisbon", "country": "Portugal",
                                "latitude": 38.7057, "longitude": -9.1459},
                   "weather": {"conditionsDescription": "Sunny", "temperatureCelsius": 24.5, "weatherCode": "clear"}},
                  "not an entry"]}
                """);

        Cli.Result second = cli.run("import", "dayone", export.toString());

        assertThat(second.code()).as("an item that is not an entry failed").isEqualTo(1);
        assertThat(second.out())
                .containsPattern("updated  FICTIONAL-SAMPLE-ENTRY-0003 — Quiet text-only entry for the imaginary "
                        + "mooncake tasting.* \\(entry " + before + "\\)")
                .contains("added    project Travel — created")
                .contains("added    5F0C1B7E2B7C4E11A4C2A3E0D1B2C3D4 — Early ferry to Cacilhas. Grilled sardines by the river!")
                .contains("failed   Travel #2 — not an entry (no JSON object)")
                .contains("Done: 1 entry added, 1 updated, 26 known;");
        ImportFixtures.read(dir.resolve("data"), tandem -> {
            var store = tandem.store();
            Entry edited = entry(store, "FICTIONAL-SAMPLE-ENTRY-0003");
            assertThat(edited.id()).isEqualTo(before);
            assertThat(edited.body()).contains("mooncake tasting society");
            assertThat(edited.goalIds()).as("the goal the person linked stays").containsExactly(1L);
            Entry lisbon = entry(store, "5F0C1B7E2B7C4E11A4C2A3E0D1B2C3D4");
            assertThat(lisbon.projectId()).isEqualTo(store.projects().findByName("Travel").orElseThrow().id());
            JsonObject meta = meta(store, lisbon);
            assertThat(meta.get("localTime").getAsString()).isEqualTo("2024-07-14T07:20+01:00");
            assertThat(meta.getAsJsonObject("weather").get("conditionsDescription").getAsString()).isEqualTo("Sunny");
            assertThat(meta.getAsJsonObject("weather").get("temperatureCelsius").getAsDouble()).isEqualTo(24.5);
            assertThat(meta.getAsJsonObject("location").get("localityName").getAsString()).isEqualTo("Lisbon");
            assertThat(store.entries().count()).isEqualTo(28);
            return null;
        });
        assertThat(cli.ok("search", "sardines")).contains("2024-07-14").contains("Grilled sardines by the river!");
        assertThat(cli.ok("search", "society")).contains("Quiet text-only entry");
    }

    @Test
    void whatIsNotADayOneExportGivesAClearErrorAndLeavesTheJournalAsItWas() throws Exception {
        Path notes = Files.createDirectories(files.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "not a journal");
        Files.writeString(notes.resolve("settings.json"), "{\"theme\": \"dark\"}");
        Path zip = ImportFixtures.zip(notes, files.resolve("backup.zip"));
        Path chat = Files.writeString(files.resolve("conversations.json"), "[{\"title\": \"a chat\"}]");
        Path broken = Files.writeString(files.resolve("Journal.json"), "{\"metadata\": {}, \"entries\": [ {oops");
        Path fakeZip = Files.writeString(files.resolve("export.zip"), "just text");

        assertThat(cli.run("import", "dayone", zip.toString()).err())
                .contains("backup.zip holds no Day One journal").contains("File → Export → JSON");
        Cli.Result wrongJson = cli.run("import", "dayone", chat.toString());
        assertThat(wrongJson.code()).isEqualTo(1);
        assertThat(wrongJson.err()).contains("conversations.json is not a Day One export");
        assertThat(cli.run("import", "dayone", broken.toString()).err())
                .contains("Journal.json cannot be read as JSON, so it is not a Day One export (").contains("line 1 column")
                .doesNotContain("com.google").doesNotContain("setStrictness");
        assertThat(cli.run("import", "dayone", fakeZip.toString()).err()).contains("export.zip is not a zip archive");
        assertThat(cli.run("import", "dayone", files.resolve("nowhere.zip").toString()).err())
                .contains("There is no file or folder");

        ImportFixtures.read(dir.resolve("data"), tandem -> {
            assertThat(tandem.store().entries().count()).isZero();
            assertThat(tandem.store().projects().list()).isEmpty();
            assertThat(tandem.store().origins().byKey(DayOneExport.SOURCE)).isEmpty();
            return null;
        });
    }

    private static Entry entry(dev.tandem.memory.store.Store store, String uuid) {
        long id = store.origins().find(DayOneExport.SOURCE, uuid).orElseThrow().entryId();
        return store.entries().get(id);
    }

    private static JsonObject meta(dev.tandem.memory.store.Store store, Entry entry) {
        return JsonParser.parseString(store.entries().meta(entry.id())).getAsJsonObject();
    }
}
