package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tandem.memory.ingest.LogseqGraph;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem import logseq} on pages of logseq/docs and andreoliwa/logseq-doctor (see the NOTICE), plus a few of its own. */
class ImportLogseqTest {

    private static final String SOW_ID = "6650a1b2-0c1d-4e2f-8a9b-000000000001";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Cli cli;
    Path graph;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir.resolve("data"));
        graph = ImportFixtures.copy("import/logseq/graph", files.resolve("graph"));
        // A page and a journal day in Logseq's own format: tags naming a project and a goal, a block with an id,
        // and a day that refers to that block.
        Files.writeString(graph.resolve("pages/garden___tomatoes.md"), """
                tags:: garden, [[Grow tomatoes]]
                alias:: tomato plan

                - Sow the San Marzano seeds indoors
                  id:: %s
                \t- Pot them on after the first true leaves
                \t  collapsed:: true
                \t\t- Use the 9 cm pots
                """.formatted(SOW_ID));
        Files.writeString(graph.resolve("journals/2024_05_31.md"), """
                - Checked ((%s)) today
                - Talked about [[garden/tomatoes]] with Ana
                \t- She suggests [the seed tray](((%s)))
                """.formatted(SOW_ID, SOW_ID));
        // Logseq's own folders, a recycled page and an Org page are left alone.
        Files.createDirectories(graph.resolve("logseq/bak/pages/Markdown"));
        Files.writeString(graph.resolve("logseq/bak/pages/Markdown/2024_01_01.md"), "- an old copy of a page");
        Files.writeString(graph.resolve("logseq/config.edn"), "{:meta/version 1}");
        Files.createDirectories(graph.resolve("pages/.recycle"));
        Files.writeString(graph.resolve("pages/.recycle/pages_Old.md"), "- a page sent to the recycle bin");
        Files.writeString(graph.resolve("pages/Org notes.org"), "* An Org-mode page");
    }

    @Test
    void theGraphBecomesEntriesWithBlocksAsListsPropertiesAsMetaAndReferencesResolvedAndASecondRunAddsNothing() {
        cli.ok("project", "add", "garden");
        cli.ok("goal", "add", "Grow tomatoes");

        Cli.Result first = cli.run("import", "logseq", graph.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("added    pages/Community___Query Learning Sprint (Summer 2022).md — "
                        + "Community/Query Learning Sprint (Summer 2022)")
                .contains("added    journals/2025_03_08.md — 2025-03-08")
                .contains("skipped  journals/2020_09_14.md — an empty page")
                .contains("skipped  pages/Org notes.org — not a Markdown page")
                .doesNotContain("logseq/bak").doesNotContain(".recycle")
                .contains("Done: 10 entries added, 0 updated, 0 known; 0 documents added, 0 updated, 0 known; "
                        + "0 projects created; 2 skipped, 0 missing, 0 failed.");

        ImportFixtures.read(dir.resolve("data"), tandem -> {
            Store store = tandem.store();
            assertThat(store.entries().count()).isEqualTo(10);

            Entry day = entry(store, "journals/2025_03_08.md");
            assertThat(day.createdAt()).isEqualTo(LocalDate.of(2025, 3, 8).atStartOfDay(ZoneId.systemDefault()).toInstant());
            assertThat(day.body()).isEqualTo("- We need at least one journal\n- Otherwise, OpenExampleGraph() fails with "
                    + "\"no such file or directory\" error on CI");
            assertThat(meta(store, day).get("journalDay").getAsString()).isEqualTo("2025-03-08");

            Entry oldDay = entry(store, "journals/2021_02_20.md");
            assertThat(oldDay.title()).isEqualTo("Feb 20th, 2021");
            assertThat(oldDay.body()).isEqualTo("## DONE Write changelog for v0.0.9");

            Entry namespaced = entry(store, "pages/term___block reference.md");
            assertThat(namespaced.title()).isEqualTo("term/block reference");
            assertThat(entry(store, "pages/Article%2FThe Step-By-Step Guide to Go From Novice to Expert in Any Skill.md")
                    .title()).isEqualTo("Article/The Step-By-Step Guide to Go From Novice to Expert in Any Skill");

            Entry properties = entry(store, "pages/Properties.md");
            assertThat(properties.body())
                    .contains("  - Markdown:\n    syntax: `property:: value`")
                    .contains("{{embed ((60ab7357-2744-42bc-a8fd-a9c8db3051df))}}")
                    .contains("      type:: [[book]]")
                    .doesNotContain("collapsed::").doesNotContain("id:: 6356e902")
                    .doesNotContain("description:: Annotates");
            JsonObject kept = meta(store, properties).getAsJsonObject("properties");
            assertThat(kept.get("type").getAsString()).isEqualTo("[[Feature]]");
            assertThat(kept.get("description").getAsString()).startsWith("Annotates any block or page");

            Entry markdown = entry(store, "pages/Markdown.md");
            assertThat(markdown.body()).contains("### **Extended** syntax\n\n  - [[term/page reference]]\n"
                    + "    - syntax: `[[page name]]`").doesNotContain("card-last-interval");
            assertThat(meta(store, entry(store, "pages/Block Reference.md")).getAsJsonArray("alias").toString())
                    .isEqualTo("[\"term/block reference\"]");

            Entry tomatoes = entry(store, "pages/garden___tomatoes.md");
            assertThat(tomatoes.title()).isEqualTo("garden/tomatoes");
            assertThat(tomatoes.projectId()).isEqualTo(store.projects().findByName("garden").orElseThrow().id());
            assertThat(tomatoes.goalIds()).hasSize(1);
            assertThat(tomatoes.body()).isEqualTo("- Sow the San Marzano seeds indoors\n"
                    + "  - Pot them on after the first true leaves\n    - Use the 9 cm pots");
            assertThat(meta(store, tomatoes).getAsJsonArray("tags").toString())
                    .isEqualTo("[\"garden\",\"Grow tomatoes\"]");
            assertThat(entry(store, "journals/2024_05_31.md").body()).isEqualTo(
                    "- Checked Sow the San Marzano seeds indoors today\n- Talked about [[garden/tomatoes]] with Ana\n"
                            + "  - She suggests the seed tray");
            return null;
        });
        assertThat(cli.ok("search", "learning", "sprint")).contains("Community/Query Learning Sprint");
        assertThat(cli.ok("search", "Marzano")).contains("garden/tomatoes").contains("2024-05-31");

        Cli.Result again = cli.run("import", "logseq", graph.toString());
        assertThat(again.out()).contains("known    pages/Markdown.md — Markdown").doesNotContain("added ")
                .contains("Done: 0 entries added, 0 updated, 10 known;");
        ImportFixtures.read(dir.resolve("data"), tandem -> assertThat(tandem.store().entries().count()).isEqualTo(10));
    }

    @Test
    void anEditedBlockUpdatesItsPageAndTheDaysThatReferToIt() throws Exception {
        cli.ok("import", "logseq", graph.toString());
        long[] before = ImportFixtures.read(dir.resolve("data"), tandem -> new long[] {
            entry(tandem.store(), "pages/garden___tomatoes.md").id(), entry(tandem.store(), "journals/2024_05_31.md").id()});
        Path page = graph.resolve("pages/garden___tomatoes.md");
        Files.writeString(page, Files.readString(page).replace("San Marzano", "Roma"));

        String out = cli.ok("import", "logseq", graph.toString());

        assertThat(out).contains("updated  pages/garden___tomatoes.md — garden/tomatoes (entry " + before[0] + ")")
                .contains("updated  journals/2024_05_31.md — 2024-05-31 (entry " + before[1] + ")")
                .contains("Done: 0 entries added, 2 updated, 8 known;");
        ImportFixtures.read(dir.resolve("data"), tandem -> {
            assertThat(entry(tandem.store(), "journals/2024_05_31.md").body()).startsWith("- Checked Sow the Roma seeds");
            assertThat(tandem.store().entries().count()).isEqualTo(10);
            return null;
        });
        assertThat(cli.ok("search", "Roma")).contains("garden/tomatoes");
    }

    @Test
    void aFolderThatIsNotALogseqGraphGivesAClearErrorAndLeavesTheJournalAsItWas() throws Exception {
        Path notes = Files.createDirectories(files.resolve("notes"));
        Files.writeString(notes.resolve("Ideas.md"), "- an idea");

        Cli.Result folder = cli.run("import", "logseq", notes.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).contains("is not a Logseq graph: it has no journals/ or pages/ folder");
        assertThat(cli.run("import", "logseq", notes.resolve("Ideas.md").toString()).err())
                .contains("is not a folder. Give the Logseq graph's folder");

        ImportFixtures.read(dir.resolve("data"), tandem -> {
            assertThat(tandem.store().entries().count()).isZero();
            assertThat(tandem.store().origins().byKey(LogseqGraph.SOURCE)).isEmpty();
            return null;
        });
    }

    private static Entry entry(Store store, String file) {
        return store.entries().get(store.origins().find(LogseqGraph.SOURCE, file).orElseThrow().entryId());
    }

    private static JsonObject meta(Store store, Entry entry) {
        return JsonParser.parseString(store.entries().meta(entry.id())).getAsJsonObject();
    }
}
