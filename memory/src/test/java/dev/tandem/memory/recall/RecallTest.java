package dev.tandem.memory.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.index.ItemKind;
import dev.tandem.memory.index.SearchIndex;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Memory;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.MemoryStatus;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.model.Turn;
import dev.tandem.memory.model.TurnRole;
import dev.tandem.memory.model.TurnStatus;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecallTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

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

    private Entry entry(String body, Long project, List<Long> goals, Instant when) {
        return store.entries().add(Entry.draft("", body, EntryKind.NOTE, project, goals, when));
    }

    private List<Recollection> find(RecallQuery query) {
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        return recall.find(query);
    }

    private void filler() {
        String[] topics = {"groceries and the weekly shop", "a long phone call with my sister",
            "fixing the bike chain", "reading a novel about sailors", "planning the team offsite",
            "the dentist appointment", "a film night with friends", "cleaning the garage"};
        for (int i = 0; i < 40; i++) {
            entry("Notes on " + topics[i % topics.length] + ", day " + i, null, List.of(),
                    NOW.minus(Duration.ofDays(400 + i)));
        }
    }

    @Test
    void findsTheOlderEntryOnTheTopicBeingWrittenAboutWithReasons() {
        filler();
        Entry compost = entry("Started a compost heap behind the shed; the worms arrived.", null, List.of(),
                NOW.minus(Duration.ofDays(300)));
        List<Recollection> found = find(RecallQuery.of(
                "Today I turned the compost again and added the kitchen scraps. The worms look happy.", 5));
        assertThat(found).isNotEmpty();
        Recollection first = found.get(0);
        assertThat(first.kind()).isEqualTo(ItemKind.ENTRY);
        assertThat(first.id()).isEqualTo(compost.id());
        assertThat(first.reasons().get(0)).startsWith("shares: ").contains("compost").contains("worms");
        assertThat(first.snippet().marked("[", "]")).contains("[compost]");
    }

    @Test
    void aShortStrongSignalIsNotDrownedByALongContext() {
        filler();
        String[] subjects = {"agenda", "budget", "venue", "catering", "speakers", "schedule", "workshop", "feedback",
            "slides", "hotel", "dinner", "timeline", "badges", "projector", "microphones", "parking", "shuttle",
            "brochures", "sponsors", "tickets", "volunteers", "lanyards", "signage", "wifi", "coffee", "lunch",
            "stage", "lighting", "recording", "translation", "security", "invitations"};
        for (String subject : subjects) {
            for (int i = 0; i < 3; i++) {
                entry("Conference " + subject + " note " + i, null, List.of(), NOW.minus(Duration.ofDays(60 + i)));
            }
        }
        Entry passport = entry("Passport expires in April; renewal form is in the desk drawer.", null, List.of(),
                NOW.minus(Duration.ofDays(200)));
        StringBuilder draft = new StringBuilder();
        for (int round = 0; round < 2; round++) {
            for (String subject : subjects) {
                draft.append("Check the ").append(subject).append(". ");
            }
        }
        draft.append("Oh, and I must renew my passport.");
        assertThat(find(RecallQuery.of(draft.toString(), 5))).extracting(Recollection::id).contains(passport.id());
    }

    @Test
    void theEditedEntryAndHiddenItemsAreLeftOut() {
        Entry editing = entry("Thoughts about the marathon training block", null, List.of(), null);
        Entry older = entry("Marathon training: week three of the block", null, List.of(), NOW.minus(Duration.ofDays(20)));
        RecallQuery query = RecallQuery.of("marathon training block", 5).excluding(ItemKind.ENTRY, editing.id());
        assertThat(find(query)).extracting(Recollection::id).containsExactly(older.id());
        assertThat(find(query.excluding(ItemKind.ENTRY, older.id()))).isEmpty();
    }

    @Test
    void sameProjectAndLinkedGoalsRankFirstAndSaySo() {
        Project garden = store.projects().add(Project.draft("Garden", ""));
        Goal tomatoes = store.goals().add(Goal.draft("Grow tomatoes", "fresh food", null, garden.id()));
        Entry plain = entry("Watering schedule for the plants", null, List.of(), NOW.minus(Duration.ofDays(50)));
        Entry linked = entry("Watering schedule for the plants", garden.id(), List.of(tomatoes.id()),
                NOW.minus(Duration.ofDays(50)));
        List<Recollection> found = find(RecallQuery.of("watering schedule", 5).inProject(garden.id())
                .withGoals(List.of(tomatoes.id())).only(Set.of(ItemKind.ENTRY)));
        assertThat(found).extracting(Recollection::id).containsExactly(linked.id());
        assertThat(found.get(0).reasons()).contains("same project", "linked goal");
        assertThat(plain.id()).as("the identical text is collapsed as a near-duplicate").isNotEqualTo(linked.id());
    }

    @Test
    void onlyAcceptedMemoriesAreRecalled() {
        Memory proposed = store.memories().add(new Memory(0, "Allergic to peanuts", MemoryKind.FACT,
                MemoryStatus.PROPOSED, null, null, null, null));
        assertThat(find(RecallQuery.of("peanuts allergy", 5))).isEmpty();
        store.memories().review(proposed.id(), MemoryStatus.ACCEPTED, null);
        List<Recollection> found = find(RecallQuery.of("peanuts allergy", 5));
        assertThat(found).extracting(Recollection::kind).containsExactly(ItemKind.MEMORY);
        assertThat(found.get(0).reasons()).contains("accepted memory");
    }

    @Test
    void aConversationTurnIsFoundThroughItsNeighboursAndItsSpeaker() {
        var chat = store.conversations().start("Catching up", null, NOW.minus(Duration.ofDays(90)));
        List<Long> ids = store.conversations().addTurns(List.of(
                turn(chat.id(), "Caroline", "I finally applied to the adoption agency this week!"),
                turn(chat.id(), "Melanie", "You will be an amazing mom. I am so proud of you."),
                turn(chat.id(), "Caroline", "Thanks! The paperwork took ages.")));
        List<Recollection> found = find(RecallQuery.of("What does Melanie think about the adoption?", 3));
        assertThat(found).extracting(Recollection::id).contains(ids.get(1));
        Recollection melanie = found.stream().filter(r -> r.id() == ids.get(1)).findFirst().orElseThrow();
        assertThat(melanie.reasons()).contains("said by Melanie");
    }

    @Test
    void inATinyJournalWhatThePersonWroteComesBeforeTheirOwnQuestionAndQuestionWordsCountForNothing() {
        store.goals().add(Goal.draft("Run a sub-4-hour marathon in April", "", null, null));
        Entry knee = entry("Long run: 28 km, left knee sore after km 20", null, List.of(), NOW.minus(Duration.ofDays(2)));
        var chat = store.conversations().start("How should I adjust training for my knee?", null, NOW);
        store.conversations().addTurn(turn(chat.id(), null, "How should I adjust training for my knee?"));
        List<Recollection> found = find(RecallQuery.of("What did I say about my knee?", 3));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).kind()).isEqualTo(ItemKind.ENTRY);
        assertThat(found.get(0).id()).isEqualTo(knee.id());
        assertThat(found.get(0).reasons()).contains("shares: knee");
        assertThat(found).allSatisfy(r -> assertThat(String.join(" ", r.reasons())).doesNotContain("what", "did", "say",
                "about", "my"));
    }

    @Test
    void aMessageThatOpensWithAQuestionIsAQuestionToo() {
        filler();
        Entry slot = entry("Finally got a slot! Biometrics in Croydon, Tuesday 5 March, 09:40.", null, List.of(),
                NOW.minus(Duration.ofDays(3)));
        var chat = store.conversations().start("Visa", null, NOW.minus(Duration.ofDays(10)));
        store.conversations().addTurn(turn(chat.id(), null,
                "When is my biometrics appointment in Croydon? I can't find the email."));
        List<Recollection> found = find(RecallQuery.of("when is my biometrics appointment in Croydon", 3));
        assertThat(found.get(0).id()).isEqualTo(slot.id());
        assertThat(CandidateReader.asks("Where did I park? Somewhere near the station.")).isTrue();
        assertThat(CandidateReader.asks("膝盖又疼了。怎么办？")).isTrue();
        assertThat(CandidateReader.asks("I parked near the station. No idea why? Odd.")).isFalse();
        assertThat(CandidateReader.asks("Parked near the station.")).isFalse();
    }

    private static Turn turn(long conversation, String speaker, String text) {
        return new Turn(0, conversation, TurnRole.USER, speaker, text, null, null, TurnStatus.COMPLETE, null, null,
                List.of());
    }

    @Test
    void noMoreThanTwoItemsOfOneConversationInTheTopFiveWhenOthersAreAsRelevant() {
        for (String title : List.of("Chat one", "Chat two", "Chat three")) {
            var chat = store.conversations().start(title, null, NOW.minus(Duration.ofDays(10)));
            for (int i = 0; i < 4; i++) {
                store.conversations().addTurn(turn(chat.id(), "Sam", "Kayak trip packing list, " + title + " " + i));
            }
        }
        List<Recollection> top = find(RecallQuery.of("kayak trip packing list", 5));
        assertThat(top).hasSize(5);
        assertThat(top.stream().map(Recollection::title).distinct()).hasSize(3);
        top.stream().collect(java.util.stream.Collectors.groupingBy(Recollection::title))
                .forEach((title, items) -> assertThat(items).as(title).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void aMuchStrongerItemKeepsItsPlaceOverVariety() {
        var chat = store.conversations().start("Kayak", null, NOW.minus(Duration.ofDays(10)));
        for (int i = 0; i < 3; i++) {
            store.conversations().addTurn(turn(chat.id(), "Sam", "Kayak trip packing list: paddles, dry bags " + i));
        }
        entry("A trip to the shops", null, List.of(), NOW.minus(Duration.ofDays(10)));
        List<Recollection> top = find(RecallQuery.of("kayak trip packing list with paddles and dry bags", 5));
        assertThat(top).extracting(Recollection::kind).startsWith(ItemKind.TURN, ItemKind.TURN, ItemKind.TURN);
    }

    @Test
    void unrelatedTextRecallsNothingRatherThanNoise() {
        filler();
        assertThat(find(RecallQuery.of("quantum chromodynamics lattice", 5))).isEmpty();
        assertThat(find(RecallQuery.of("   ", 5))).isEmpty();
    }

    @Test
    void itemsFromThePeriodTheContextNamesArePreferred() {
        Entry may = entry("Trip to the coast with the kids", null, List.of(), Instant.parse("2025-05-10T10:00:00Z"));
        Entry july = entry("Trip to the coast with the kids", null, List.of(), Instant.parse("2025-07-10T10:00:00Z"));
        store.entries().update(new Entry(july.id(), "", "Trip to the coast with the kids again", EntryKind.NOTE, null,
                List.of(), july.createdAt(), july.updatedAt()));
        List<Recollection> found = find(RecallQuery.of("what did we do on the coast trip in May 2025?", 5));
        assertThat(found.get(0).id()).isEqualTo(may.id());
        assertThat(found.get(0).reasons()).contains("from May 2025");
    }

    @Test
    void anItemWrittenTheDayAfterThatLooksBackToTheNamedDayCountsAsFromIt() {
        Entry after = entry("Yesterday I met the artists in Boston to talk about the album.", null, List.of(),
                Instant.parse("2023-10-04T18:00:00Z"));
        entry("Met the artists in Boston again to talk about the album.", null, List.of(),
                Instant.parse("2023-10-20T18:00:00Z"));
        List<Recollection> found = find(RecallQuery.of("Who did I meet in Boston on 3 October 2023?", 5));
        assertThat(found.get(0).id()).isEqualTo(after.id());
        assertThat(found.get(0).reasons()).contains("tells of 3 October 2023");
    }

    @Test
    void anItemFromTheNamedPeriodIsFoundBeyondTheBestMatchesOfAllTime() {
        Entry may = entry("A short run today, legs heavy.", null, List.of(), Instant.parse("2023-05-12T07:00:00Z"));
        // Sixty runs that match better than it, in a journal where runs are not most of what is written.
        for (int i = 0; i < 60; i++) {
            entry("Run " + i + ": a long run by the river, the run felt easy, good run.", null, List.of(),
                    Instant.parse("2024-02-01T07:00:00Z").plus(Duration.ofDays(i)));
        }
        for (int i = 0; i < 100; i++) {
            entry("Garden notes " + i + ": watered the tomatoes and weeded the beans.", null, List.of(),
                    Instant.parse("2024-06-01T07:00:00Z").plus(Duration.ofDays(i)));
        }
        List<Recollection> found = find(RecallQuery.of("How did my run go in May 2023?", 5));
        assertThat(found).extracting(Recollection::id).contains(may.id());
    }

    @Test
    void theItemsOfANamedMonthComeFirstEvenWhereOthersMatchTheWordsBetter() {
        Entry march = entry("Sowed the tomatoes on the windowsill.", null, List.of(), Instant.parse("2026-03-09T10:00:00Z"));
        for (int i = 0; i < 4; i++) {
            entry("Sowed beans and chard in the greenhouse, bed " + i + ".", null, List.of(),
                    Instant.parse("2026-04-20T10:00:00Z").plus(Duration.ofDays(7L * i)));
        }
        filler();
        String question = "What did I sow in the greenhouse in March?";
        assertThat(find(RecallQuery.of(question, 5)).get(0).id()).isEqualTo(march.id());
        // Without the share of the best match that a month's items are given, the better matches win.
        Recall plain = new Recall(index, Clock.fixed(NOW, ZoneOffset.UTC), RecallTuning.defaults().with("periodLift", 0));
        assertThat(plain.find(RecallQuery.of(question, 5)).get(0).id()).isNotEqualTo(march.id());
        // A year is too broad to say which items are meant.
        assertThat(find(RecallQuery.of("What did I sow in the greenhouse in 2026?", 5)).get(0).id())
                .isNotEqualTo(march.id());
    }

    @Test
    void aDraftThatSpeaksOfThisWeekIsNotAQuestionAboutThisWeek() {
        // NOW is Monday 15 June 2026: this week runs on after today.
        Entry bad = entry("The BeadHaven jump rings are discolouring in the bag, not real silver. Back to Cooksongold.",
                null, List.of(), NOW.minus(Duration.ofDays(20)));
        Entry drawer = entry("Sorted the clasps drawer.", null, List.of(), NOW.minus(Duration.ofHours(2)));
        filler();
        String draft = "Restock before the fair: 300 silver jump rings and 80 clasps. BeadHaven has 20% off everything "
                + "this week";
        assertThat(find(RecallQuery.of(draft, 3)).get(0).id()).isEqualTo(bad.id());
        // Asked about this week, this week's items come first.
        assertThat(find(RecallQuery.of("Which clasps did I sort this week?", 3)).get(0).id()).isEqualTo(drawer.id());
    }

    @Test
    void aDayNamedByWhoseItIsLooksToTheDayTheJournalGivesIt() {
        // NOW is 15 June 2026.
        store.memories().add(new Memory(0, "My birthday is 12 May", MemoryKind.FACT, MemoryStatus.ACCEPTED,
                null, null, null, null));
        store.memories().add(new Memory(0, "Dad's birthday is 2 March", MemoryKind.FACT, MemoryStatus.ACCEPTED,
                null, null, null, null));
        Entry birthday = entry("27!! Mum and Dad took me out for dinner at Comptoir Libanais, far too much baklava.", null,
                List.of(), Instant.parse("2026-05-12T21:00:00Z"));
        Entry dadsDay = entry("Cooked lamb for Dad and we ate in the garden; he opened the fishing reel first.", null, List.of(),
                Instant.parse("2026-03-02T19:00:00Z"));
        for (int i = 0; i < 4; i++) {
            entry("Dinner with the team: we went for pizza and ate far too much, dinner " + i + ".", null, List.of(),
                    Instant.parse("2026-04-01T20:00:00Z").plus(Duration.ofDays(9L * i)));
        }
        filler();
        List<Recollection> found = find(RecallQuery.of("Where did we go for dinner on my birthday?", 3));
        assertThat(found.get(0).kind()).isEqualTo(ItemKind.ENTRY);
        assertThat(found.get(0).id()).isEqualTo(birthday.id());
        assertThat(found.get(0).reasons()).contains("from 12 May 2026");
        Recollection dads = find(RecallQuery.of("What did we eat on Dad's birthday?", 3)).get(0);
        assertThat(dads.kind()).isEqualTo(ItemKind.ENTRY);
        assertThat(dads.id()).isEqualTo(dadsDay.id());
        // Nobody's day that the journal gives: no date is read into it.
        assertThat(find(RecallQuery.of("Where did we go for dinner on Sofia's birthday?", 3)).get(0).reasons())
                .noneMatch(reason -> reason.startsWith("from "));
    }

    @Test
    void anInterruptedCallerIsCancelled() {
        entry("something to find", null, List.of(), null);
        index.awaitCurrent(Duration.ofSeconds(10));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> recall.find(RecallQuery.of("something", 5)))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void manyThreadsCanRecallAtOnceAndGetTheSameAnswer() throws Exception {
        filler();
        entry("Started a compost heap behind the shed.", null, List.of(), NOW.minus(Duration.ofDays(5)));
        RecallQuery query = RecallQuery.of("compost heap and the groceries", 5);
        List<Long> expected = find(query).stream().map(Recollection::id).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Long>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> recall.find(query).stream().map(Recollection::id).toList()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
