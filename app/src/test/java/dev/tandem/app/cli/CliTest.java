package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(cli.ok("--version")).startsWith("tandem 0.");
    }

    @Test
    void journalAddPrintsTheIdAndListShowsIt() {
        cli.ok("project", "add", "Garden", "--description", "Vegetables");
        String goal = cli.ok("goal", "add", "Grow tomatoes", "--why", "Fresh food", "--project", "garden",
                "--target", "2027-06-01").strip();
        String id = cli.ok("journal", "add", "--project", "Garden", "--goal", goal, "--kind", "log",
                "--title", "Seedlings", "Planted", "the", "tomato", "seedlings").strip();
        assertThat(id).isEqualTo("1");
        assertThat(cli.ok("journal", "list")).contains("Seedlings").contains("[Garden]").contains("log");

        JsonArray entries = JsonParser.parseString(cli.ok("journal", "list", "--json")).getAsJsonArray();
        JsonObject entry = entries.get(0).getAsJsonObject();
        assertThat(entry.get("body").getAsString()).isEqualTo("Planted the tomato seedlings");
        assertThat(entry.get("kind").getAsString()).isEqualTo("log");
        assertThat(entry.getAsJsonArray("goalIds").get(0).getAsLong()).isEqualTo(Long.parseLong(goal));
    }

    @Test
    void journalAddReadsStandardInputInUtf8() {
        InputStream original = System.in;
        String text = "Réunion à Paris — 北京 🎉\nsecond line";
        try {
            System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            cli.ok("journal", "add", "-");
        } finally {
            System.setIn(original);
        }
        JsonArray entries = JsonParser.parseString(cli.ok("journal", "list", "--json")).getAsJsonArray();
        assertThat(entries.get(0).getAsJsonObject().get("body").getAsString()).isEqualTo(text);
    }

    @Test
    void searchFindsWithFiltersAndPrintsJson() {
        cli.ok("project", "add", "Work");
        cli.ok("journal", "add", "--project", "Work", "--kind", "decision", "We decided to migrate the database");
        cli.ok("journal", "add", "Migrating birds were over the lake");
        assertThat(cli.ok("search", "migration")).contains("database").contains("birds");
        assertThat(cli.ok("search", "migration", "--project", "Work")).contains("database").doesNotContain("birds");
        assertThat(cli.ok("search", "migration", "--kind", "decision")).doesNotContain("birds");

        JsonArray hits = JsonParser.parseString(cli.ok("search", "birds", "--json")).getAsJsonArray();
        assertThat(hits).hasSize(1);
        JsonObject hit = hits.get(0).getAsJsonObject();
        assertThat(hit.get("kind").getAsString()).isEqualTo("entry");
        assertThat(hit.getAsJsonObject("snippet").get("text").getAsString()).contains("birds");
        assertThat(hit.getAsJsonObject("snippet").getAsJsonArray("highlights")).hasSize(1);
    }

    @Test
    void goalsCanBeListedAndTheirStatusChanged() {
        String id = cli.ok("goal", "add", "Learn Spanish", "--why", "Talk with my in-laws").strip();
        assertThat(cli.ok("goal", "list")).contains("Learn Spanish").contains("Talk with my in-laws");
        assertThat(cli.ok("goal", "status", id, "paused")).contains("paused");
        JsonArray goals = JsonParser.parseString(cli.ok("goal", "list", "--json")).getAsJsonArray();
        assertThat(goals.get(0).getAsJsonObject().get("status").getAsString()).isEqualTo("paused");
        assertThat(JsonParser.parseString(cli.ok("project", "list", "--json")).getAsJsonArray()).isEmpty();
    }

    @Test
    void badInputGetsOneClearLineAndANonZeroExit() {
        assertClearError(cli.run("journal", "add", "  "), "empty");
        assertClearError(cli.run("journal", "add", "--project", "Nope", "text"), "no project named 'Nope'");
        assertClearError(cli.run("goal", "add", "x", "--target", "2027-13-01"), "is not a date");
        assertClearError(cli.run("search", "x", "--kind", "banana"), "--kind must be one of");
        assertClearError(cli.run("goal", "status", "42", "done"), "no goal with id 42");
        assertClearError(cli.run("journal", "add", "--goal", "7", "text"), "no goal with id 7");
        assertClearError(cli.run("journal", "add", "--kind", "poem", "text"), "--kind");
        assertClearError(cli.run("journal", "list", "--limit", "0"), "--limit");
        assertThat(cli.ok("journal", "list", "--json")).isEqualTo("[]\n");
    }

    private static void assertClearError(Cli.Result result, String expected) {
        assertThat(result.code()).isNotZero();
        assertThat(result.err()).containsIgnoringCase(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void doctorIsHappyWithAHealthyJournalAndReindexKeepsEverything() {
        cli.ok("journal", "add", "first entry about sailing");
        cli.ok("goal", "add", "Sail to the island");
        String doctor = cli.ok("doctor");
        assertThat(doctor).contains("quick_check      ok").contains("entries          store 1, index 1")
                .contains("All is well.");
        assertThat(cli.ok("reindex")).contains("Rebuilt the search index: 2 items");
        assertThat(cli.ok("search", "sail")).contains("sailing").contains("island");
    }

    @Test
    void benchmarksAreNotPartOfTheProductCommandLine() {
        assertClearError(cli.run("bench", "store"), "Unmatched argument");
    }

    @Test
    void recallShowsRelatedMemoriesWithReasons() {
        cli.ok("project", "add", "Garden");
        cli.ok("journal", "add", "--project", "Garden", "Started a compost heap; the worms arrived today.");
        cli.ok("journal", "add", "Booked the dentist for Tuesday.");
        String found = cli.ok("recall", "--project", "Garden", "turning", "the", "compost", "for", "the", "worms");
        assertThat(found).contains("compost heap").contains("why: shares: ").contains("same project")
                .doesNotContain("dentist");
        assertThat(found.lines().filter(line -> line.contains("why:")).findFirst().orElseThrow())
                .contains("compost").contains("worms");
        JsonArray json = JsonParser.parseString(cli.ok("recall", "--json", "compost")).getAsJsonArray();
        assertThat(json).hasSize(1);
        assertThat(json.get(0).getAsJsonObject().getAsJsonArray("reasons").get(0).getAsString())
                .isEqualTo("shares: compost");
    }

    @Test
    void recallAsksALongTextAsAWholeWhenToldTo() {
        cli.ok("journal", "add", "Greenhouse: early blight on the tomatoes, stripped the lower leaves and sprayed copper.");
        cli.ok("journal", "add", "Bike chain slipping on hills; the shop says chain and cassette are both worn.");
        cli.ok("journal", "add", "Book club: Piranesi, everyone loved the house of statues.");
        String passage = "The tomatoes in the greenhouse have early blight again: brown rings on the lower leaves,"
                + " spreading upwards on the tomatoes nearest the door. Last year the blight took half the greenhouse"
                + " crop before I stripped the leaves and sprayed copper. This year the greenhouse vents stay open at"
                + " night, the tomatoes are watered at the roots only, and the worst leaves go in the bin. Also, on the"
                + " way to the allotment the bike chain kept slipping on the hills again, so the cassette is probably"
                + " worn too and the chain should be checked before the commute in the rain.";
        JsonArray whole = JsonParser.parseString(cli.ok("recall", "--json", "--whole", "--limit", "1", passage))
                .getAsJsonArray();
        JsonArray draft = JsonParser.parseString(cli.ok("recall", "--json", "--limit", "1", passage)).getAsJsonArray();
        assertThat(whole.get(0).getAsJsonObject().get("snippet").toString()).contains("blight");
        assertThat(draft.get(0).getAsJsonObject().get("snippet").toString()).contains("chain");
    }

    @Test
    void ingestReportsEachFileAndDocumentsListsThem() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("notes"));
        java.nio.file.Files.writeString(folder.resolve("plan.md"), "# Plan\n\nShip the beta in June.");
        java.nio.file.Files.createFile(folder.resolve("empty.txt"));
        Cli.Result result = cli.run("ingest", folder.toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("added").contains("plan.md").contains("the file is empty")
                .contains("1 added, 0 already known, 1 skipped, 0 failed");
        assertThat(cli.ok("ingest", folder.toString())).contains("0 added, 1 already known");
        assertThat(cli.ok("documents")).contains("plan.md");
        assertThat(cli.ok("search", "beta", "--kind", "chunk")).contains("Ship the beta");
    }

    @Test
    void aBackupRestoresIntoAnEmptyDataDirectoryWithItsIndexRebuilt(@TempDir Path other) {
        cli.ok("journal", "add", "A note worth keeping about lighthouses");
        String backedUp = cli.ok("backup", dir.resolve("copy.db").toString());
        assertThat(backedUp).contains("Backed up to");
        Cli elsewhere = new Cli(other.resolve("restored"));
        assertThat(elsewhere.ok("restore", dir.resolve("copy.db").toString())).contains("Restored 1 entries");
        assertThat(elsewhere.ok("search", "lighthouse")).contains("lighthouses");
        Cli.Result again = elsewhere.run("restore", dir.resolve("copy.db").toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already has a journal");
        assertThat(cli.run("backup", dir.resolve("copy.db").toString()).err()).contains("already a file");
    }

    @Test
    void aChatGptExportBecomesConversationsWithTheirTimesOnce(@TempDir Path files) throws Exception {
        String export = """
                [{"title": "Marathon plan", "create_time": 1700000000.5, "current_node": "c",
                  "mapping": {
                    "root": {"id": "root", "message": null, "parent": null, "children": ["s"]},
                    "s": {"message": {"author": {"role": "system"}, "content": {"content_type": "text", "parts": [""]}},
                          "parent": "root", "children": ["a"]},
                    "a": {"message": {"author": {"role": "user"}, "create_time": 1700000001,
                          "content": {"content_type": "text", "parts": ["How do I train for a marathon?"]}},
                          "parent": "s", "children": ["b", "x"]},
                    "x": {"message": {"author": {"role": "assistant"}, "create_time": 1700000002,
                          "content": {"content_type": "text", "parts": ["An abandoned branch"]}},
                          "parent": "a", "children": []},
                    "b": {"message": {"author": {"role": "assistant"}, "create_time": 1700000003,
                          "content": {"content_type": "text", "parts": ["Build up long runs slowly.", {"image": 1}]}},
                          "parent": "a", "children": ["c"]},
                    "c": {"message": {"author": {"role": "user"}, "create_time": 1700000004,
                          "content": {"content_type": "text", "parts": ["Thanks!"]}},
                          "parent": "b", "children": []}}},
                 {"title": "Empty", "create_time": 1700000100, "mapping": {}, "current_node": null},
                 "not a conversation"]""";
        Path file = java.nio.file.Files.writeString(files.resolve("conversations.json"), export);
        assertThat(cli.ok("import", "chatgpt", file.toString())).contains("Imported 1 conversations (3 turns)");
        assertThat(cli.ok("import", "chatgpt", file.toString())).contains("Imported 0 conversations")
                .contains("1 were already there");
        String turns = cli.ok("turns", "1");
        assertThat(turns).contains("How do I train for a marathon?").contains("Build up long runs slowly.")
                .doesNotContain("abandoned branch");
        assertThat(turns).contains("2023-11-14");
        assertThat(cli.ok("search", "marathon", "--kind", "turn")).contains("How do I train");
        Cli.Result broken = cli.run("import", "chatgpt", java.nio.file.Files.writeString(files.resolve("x.json"),
                "{oops").toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("cannot be read as JSON");
    }

    @Test
    void aNoteWhoseFrontMatterCannotBeReadIsTakenInWholeAndSaidSo(@TempDir Path vault) throws Exception {
        java.nio.file.Files.writeString(vault.resolve("Broken.md"), """
                ---
                title: [unclosed
                ---
                The seedlings went out on Sunday.
                """);
        java.nio.file.Files.writeString(vault.resolve("Dated.md"), """
                ---
                date: someday
                ---
                Pruned the apple tree.
                """);
        String out = cli.ok("import", "markdown", vault.toString());
        assertThat(out).contains("Imported 2 notes")
                .containsPattern("note +\\S*Broken.md — its front matter is not valid YAML")
                .containsPattern("note +\\S*Dated.md — its date 'someday' is not a date");
        assertThat(cli.ok("search", "seedlings")).contains("Broken");
    }

    @Test
    void anObsidianVaultBecomesEntriesLinkedByTagsWithItsAttachments(@TempDir Path vault) throws Exception {
        cli.ok("project", "add", "thesis");
        cli.ok("goal", "add", "Defend in spring");
        java.nio.file.Files.writeString(vault.resolve("Chapter 3.md"), """
                ---
                title: Sampling chapter
                date: 2024-02-03
                tags: [thesis, "Defend in spring"]
                ---
                The [[Methods]] note explains the power analysis.
                """);
        java.nio.file.Files.writeString(vault.resolve("Methods.md"), "Stratified sampling over three sites.");
        java.nio.file.Files.createDirectories(vault.resolve(".obsidian"));
        java.nio.file.Files.writeString(vault.resolve(".obsidian/workspace.md"), "internal");
        java.nio.file.Files.writeString(vault.resolve("data.csv"), "site,count\nA,12");
        assertThat(cli.ok("import", "markdown", vault.toString())).contains("Imported 2 notes and 1 attachments");
        assertThat(cli.ok("import", "markdown", vault.toString())).contains("Imported 0 notes")
                .contains("2 notes were already there");
        JsonArray entries = JsonParser.parseString(cli.ok("journal", "list", "--json")).getAsJsonArray();
        JsonObject chapter = null;
        for (var element : entries) {
            if (element.getAsJsonObject().get("title").getAsString().equals("Sampling chapter")) {
                chapter = element.getAsJsonObject();
            }
        }
        assertThat(chapter).isNotNull();
        assertThat(chapter.get("body").getAsString()).contains("[[Methods]]");
        assertThat(chapter.get("createdAt").getAsString()).startsWith("2024-02-0");
        assertThat(chapter.get("projectId").getAsLong()).isEqualTo(1);
        assertThat(chapter.getAsJsonArray("goalIds")).hasSize(1);
        assertThat(cli.ok("journal", "list")).doesNotContain("internal");
    }
}
