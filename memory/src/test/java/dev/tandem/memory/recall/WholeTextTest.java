package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft leans towards where the person is writing; a text asked as a whole counts all of it. */
class WholeTextTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    /** Mostly about the greenhouse's tomatoes; its last lines are an aside about the bike. */
    private static final String PASSAGE = "The tomatoes in the greenhouse have early blight again: brown rings on the"
            + " lower leaves, spreading upwards on the tomatoes nearest the door. Last year the blight took half the"
            + " greenhouse crop before I stripped the leaves and sprayed copper. This year the greenhouse vents stay"
            + " open at night, the tomatoes are watered at the roots only, and the worst leaves go in the bin, not the"
            + " compost. Also, on the way to the allotment the bike chain kept slipping on the hills again, so the"
            + " cassette is probably worn too and the chain should be checked before the commute in the rain.";

    @TempDir
    Path dir;
    Store store;
    SearchIndex index;
    Recall recall;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("tandem.db"));
        index = SearchIndex.open(dir, store.database());
        recall = new Recall(index, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private Entry entry(String body) {
        return store.entries().add(Entry.draft("", body, EntryKind.NOTE, null, List.of(),
                NOW.minus(Duration.ofDays(20))));
    }

    @Test
    void aPassageAskedAsAWholeFindsWhatMostOfItIsAbout() {
        Entry blight = entry("Greenhouse: early blight on the tomatoes, stripped the lower leaves and sprayed copper.");
        Entry chain = entry("Bike chain slipping on hills; the shop says chain and cassette are both worn.");
        entry("Commute in the rain again, need better mudguards.");
        entry("Book club: Piranesi, everyone loved the house of statues.");
        entry("Allotment rent is due in October.");
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();

        List<Recollection> whole = recall.find(RecallQuery.of(PASSAGE, 3).asWhole());
        List<Recollection> draft = recall.find(RecallQuery.of(PASSAGE, 3));

        assertThat(whole).extracting(Recollection::id).first().isEqualTo(blight.id());
        // As a draft, what is being written now (the bike) comes first.
        assertThat(draft).extracting(Recollection::id).first().isEqualTo(chain.id());
    }

    @Test
    void theModelReadsAllOfATextAskedAsAWholeButTheEndOfADraft() {
        String text = "First part about the greenhouse. ".repeat(20) + "Last words about the bike.";
        assertThat(Recall.meaningText(text, false)).hasSizeLessThanOrEqualTo(200).endsWith("Last words about the bike.");
        assertThat(Recall.meaningText(text, true)).startsWith("First part about the greenhouse.")
                .endsWith("Last words about the bike.");
        assertThat(Recall.meaningText("x".repeat(10_000), true)).hasSize(4_000);
    }

    @Test
    void aQueryStaysWholeThroughItsOtherSettings() {
        RecallQuery query = RecallQuery.of("tomatoes", 5).asWhole().inProject(3L).withGoals(List.of(1L))
                .only(java.util.Set.of(dev.tandem.memory.index.ItemKind.ENTRY))
                .excluding(dev.tandem.memory.index.ItemKind.ENTRY, 9);
        assertThat(query.whole()).isTrue();
        assertThat(RecallQuery.of("tomatoes", 5).whole()).isFalse();
    }
}
