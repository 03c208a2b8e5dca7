package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Project;
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

/**
 * Which words of a context count: misspelt ones, titles' and projects' words, who "my sister" is, and
 * all of a text asked as a whole where a draft leans towards its end.
 */
class RecallWordsTest {

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

    private Entry entry(String title, String body, Long project) {
        return store.entries().add(Entry.draft(title, body, EntryKind.NOTE, project, List.of(),
                NOW.minus(Duration.ofDays(20))));
    }

    private List<Recollection> find(String context) {
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        return recall.find(RecallQuery.of(context, 3));
    }

    private void plans() {
        entry("Meal plan", "Lentil soup, stir fry, baked potatoes, leftover night.", null);
        entry("Holiday plan", "Porto in September, maybe a few days in the Douro valley.", null);
        entry("Seed plan", "Peas in March, beans in May.", null);
    }

    @Test
    void aMisspeltQuestionFindsTheWordTheJournalUses() {
        plans();
        Entry marathon = entry("Marathon training plan", "18 weeks, four runs a week, long run on Sundays.", null);
        List<Recollection> found = find("what was my marathn trainng plan?");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).id()).isEqualTo(marathon.id());
        assertThat(String.join(" ", found.get(0).reasons())).contains("marathon");
    }

    @Test
    void aQuestionInOneFormOfAWordFindsTheEntryWrittenInAnother() {
        plans();
        Entry bought = entry("", "Bought Anna a blue scarf for her birthday.", null);
        entry("", "Anna and I walked by the canal; Anna talked about her new job.", null);
        Entry met = entry("", "Met Priya at the climbing gym, she teaches the Tuesday beginners.", null);
        entry("", "Priya's party at the lido, Priya loved the cake.", null);

        // "meet" is "met", "buy" is "bought": without that, the other entry names the person more often.
        assertThat(find("When did I first meet Priya?").get(0).id()).isEqualTo(met.id());
        assertThat(find("What did I buy for Anna?").get(0).id()).isEqualTo(bought.id());
    }

    @Test
    void aWordWrittenAsOneFindsItsTwoWordsAndTheOtherWayRound() {
        plans();
        Entry jasper = entry("", "Road trip to Jasper with the kids: glaciers, lakes, a bear on the road.", null);
        entry("", "Trip to the dentist, two fillings.", null);
        entry("", "Fixed the road bike's back wheel.", null);
        Entry bookclub = entry("", "Bookclub at Maya's: we read Piranesi, everyone loved the house of statues.", null);
        entry("", "Book fair at school with the twins.", null);
        entry("", "Golf club dinner, long speeches.", null);

        assertThat(find("Where did we go on our roadtrips?").get(0).id()).isEqualTo(jasper.id());
        assertThat(find("What happened at book club?").get(0).id()).isEqualTo(bookclub.id());
    }

    @Test
    void aMisspeltWordThatTheStemmerCutIsCorrectedToo() {
        plans();
        Entry review = entry("", "Stakeholder review of the checkout redesign: ship it behind a flag.", null);
        entry("", "Stakeholder lunch, nothing decided.", null);
        entry("", "Redesigned the shed door.", null);
        List<Recollection> found = find("wat did the stakholders say about the redesing");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).id()).isEqualTo(review.id());
        // The reason says the item's words, not the stems they were corrected to.
        assertThat(found.get(0).reasons()).contains("shares: redesign, stakeholder");
    }

    @Test
    void aRealWordTheJournalLacksIsNotTakenForAnother() {
        plans();
        entry("", "The state of the garden after the storm.", null);
        assertThat(find("my political status")).as("'status' is not a slip for 'state'").isEmpty();
    }

    @Test
    void aWordOnlyATitleUsesCounts() {
        plans();
        Entry marathon = entry("Marathon training plan", "18 weeks, four runs a week, long run on Sundays.", null);
        assertThat(find("marathon")).extracting(Recollection::id).containsExactly(marathon.id());
    }

    @Test
    void namingAProjectFindsItsItemsAndARenameIsFollowed() {
        Project kitchen = store.projects().add(Project.draft("Kitchen renovation", ""));
        Entry worktops = entry("", "Chose oak worktops; the fitter comes on the 24th.", kitchen.id());
        Entry tiles = entry("", "Still need to pick tiles for the splashback.", kitchen.id());
        entry("", "Painted the hallway a warm grey.", null);
        List<Recollection> found = find("Where are we with the renovation?");
        assertThat(found).extracting(Recollection::id).contains(worktops.id(), tiles.id());
        assertThat(found.get(0).reasons()).contains("project: Kitchen renovation");

        store.projects().rename(kitchen.id(), "New kitchen");
        assertThat(find("Where are we with the renovation?")).as("the old name is gone").isEmpty();
        assertThat(find("How is the new kitchen going?")).extracting(Recollection::id)
                .contains(worktops.id(), tiles.id());
    }

    @Test
    void myRelativeIsTheNameAnAcceptedMemoryGives() {
        Entry call = entry("", "Long call with Lena: she wants the wedding in the mountains next June.", null);
        entry("", "Bought a suit for Marco's wedding.", null);
        entry("", "Sam and I talked about whether we want a wedding at all.", null);
        Memory sister = store.memories().add(new Memory(0, "Lena is my younger sister; she lives in Innsbruck",
                MemoryKind.FACT, MemoryStatus.PROPOSED, null, null, null, null));
        String question = "What did my sister say about the wedding?";
        assertThat(find(question).stream().map(Recollection::id).limit(1)).as("a proposed memory says nothing yet")
                .doesNotContain(call.id());

        store.memories().review(sister.id(), MemoryStatus.ACCEPTED, null);
        List<Recollection> found = find(question);
        Recollection lena = found.stream().filter(r -> r.kind() == ItemKind.ENTRY && r.id() == call.id()).findFirst()
                .orElseThrow();
        assertThat(lena.reasons()).contains("shares: wedding, lena (sister)");
    }

    @Test
    void namesComeFromWhatTheMemorySaysNotFromAnyCapitalWord() {
        var analyzer = index.analyzer();
        assertThat(People.namesFor(analyzer, "Lena is my younger sister; she lives in Innsbruck", "sister"))
                .containsExactly("Lena");
        assertThat(People.namesFor(analyzer, "My manager, Priya, prefers short updates", "manag"))
                .containsExactly("Priya");
        assertThat(People.namesFor(analyzer, "Innsbruck is my favourite city", "sister")).isEmpty();
    }

    @Test
    void aMemoryMaySayTheRelationFirstWithATitleOrWhatItIsAbout() {
        var analyzer = index.analyzer();
        assertThat(People.namesFor(analyzer, "My co-author on the remittances paper is Jonas Becker (Göttingen).",
                "author")).containsExactly("Jonas");
        assertThat(People.namesFor(analyzer, "My co-author on the remittances paper is Jonas Becker.", "paper"))
                .isEmpty();
        assertThat(People.namesFor(analyzer, "My supervisor is Prof. Miriam Adler.", "supervisor"))
                .containsExactly("Miriam");
        assertThat(People.namesFor(analyzer, "My sister is called Lena and lives in Porto", "sister"))
                .containsExactly("Lena");
        assertThat(People.namesFor(analyzer, "My daughter's teacher is Mr Hale", "teacher")).containsExactly("Hale");
        assertThat(People.namesFor(analyzer, "My team lead is Ana Ribeiro.", "lead")).containsExactly("Ana");
    }

    @Test
    void aMemoryMaySayOurOrTheAndAJoiningAs() {
        var analyzer = index.analyzer();
        assertThat(People.namesFor(analyzer, "Marta joined in August as our new backend engineer.", "engin"))
                .containsExactly("Marta");
        assertThat(People.namesFor(analyzer, "Nadia is the HR person at work who handles my sponsorship.", "hr"))
                .containsExactly("Nadia");
        assertThat(People.namesFor(analyzer, "Our neighbour Mrs Kaye has a spare key", "neighbour"))
                .containsExactly("Kaye");
        assertThat(People.namesFor(analyzer, "Tom Hale is my brother-in-law", "brother")).containsExactly("Tom");
        // A title is not the name: "Dr" would find every doctor the journal mentions.
        assertThat(People.namesFor(analyzer, "Dr Okafor is my dissertation supervisor", "supervisor"))
                .containsExactly("Okafor");
        assertThat(People.namesFor(analyzer, "Dr. Shah, my GP since 2019", "gp")).containsExactly("Shah");
        // Only the words of the relation: "work" is where Nadia works, not who she is.
        assertThat(People.namesFor(analyzer, "Nadia is the HR person at work.", "work")).isEmpty();
    }

    @Test
    void aMemoryMayLabelAPersonOrNameThemFirst() {
        var analyzer = index.analyzer();
        assertThat(People.namesFor(analyzer, "Supervisor: Prof. Adaeze Okafor, we meet every other Wednesday at 2pm",
                "supervisor")).containsExactly("Adaeze");
        assertThat(People.namesFor(analyzer, "Pediatrician: Dr. Lindqvist at Parkside Clinic. Call before 10",
                "pediatrician")).containsExactly("Lindqvist");
        assertThat(People.namesFor(analyzer, "Kids' dentist: Dr Osei", "dentist")).containsExactly("Osei");
        assertThat(People.namesFor(analyzer, "Ravi Menon, my newest report, wants more ownership", "report"))
                .containsExactly("Ravi");
        assertThat(People.namesFor(analyzer, "Rosa, our landlady from Porto", "landladi")).containsExactly("Rosa");
        // A contact's note: the name, then a dash or brackets, then who they are.
        assertThat(People.namesFor(analyzer, "Hannah Ortiz – registrar, ext 418", "registrar"))
                .containsExactly("Hannah");
        assertThat(People.namesFor(analyzer, "Dr Shah (our GP), surgery opens at 8", "gp")).containsExactly("Shah");
        assertThat(People.namesFor(analyzer, "Hannah Ortiz – registrar, ext 418", "ext")).isEmpty();
        // A label names whom it labels only: the time after "Meeting:" is no one, nor is what the landlady is from.
        assertThat(People.namesFor(analyzer, "Meeting: 2pm with the team", "meet")).isEmpty();
        assertThat(People.namesFor(analyzer, "Rosa, our landlady from Porto", "porto")).isEmpty();
    }

    @Test
    void aPassageAskedAsAWholeFindsWhatMostOfItIsAbout() {
        Entry blight = entry("", "Greenhouse: early blight on the tomatoes, stripped the lower leaves and sprayed copper.", null);
        Entry chain = entry("", "Bike chain slipping on hills; the shop says chain and cassette are both worn.", null);
        entry("", "Commute in the rain again, need better mudguards.", null);
        entry("", "Book club: Piranesi, everyone loved the house of statues.", null);
        entry("", "Allotment rent is due in October.", null);
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
                .only(java.util.Set.of(ItemKind.ENTRY))
                .excluding(ItemKind.ENTRY, 9);
        assertThat(query.whole()).isTrue();
        assertThat(RecallQuery.of("tomatoes", 5).whole()).isFalse();
    }
}
