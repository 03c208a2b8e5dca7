package dev.tandem.memory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path dir;
    Store store;
    SearchIndex index;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("tandem.db"));
        index = SearchIndex.open(dir, store.database());
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private Entry add(String title, String body) {
        return store.entries().add(Entry.draft(title, body, EntryKind.NOTE, null, List.of(), null));
    }

    private List<SearchHit> search(String text) {
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        return index.search(SearchRequest.text(text, 10));
    }

    @Test
    void findsAnEntryByAnInflectedWordWithAHighlightedSnippet() {
        Entry entry = add("Training", "I was running along the river before work. It felt great.");
        add("Groceries", "Buy oat milk and bread");
        List<SearchHit> hits = search("runs");
        assertThat(hits).extracting(SearchHit::id).containsExactly(entry.id());
        SearchHit hit = hits.get(0);
        assertThat(hit.kind()).isEqualTo(ItemKind.ENTRY);
        assertThat(hit.title()).isEqualTo("Training");
        assertThat(hit.snippet().marked("[", "]")).contains("[running]");
    }

    @Test
    void aSnippetGoesOnPastAShortSentenceSoThatItSaysWhatTheItemIsAbout() {
        add("Family", "Called Mum. Her hip replacement is scheduled for January 14th at St Mary's. She's nervous; "
                + "I said I'd drive her.");
        SearchHit byText = search("mum").get(0);
        assertThat(byText.snippet().marked("[", "]"))
                .isEqualTo("Called [Mum]. Her hip replacement is scheduled for January 14th at St Mary's. "
                        + "She's nervous; I said I'd drive her.");
        // Found by its title alone: the text's opening, as much of it.
        SearchHit byTitle = search("family").get(0);
        assertThat(byTitle.snippet().text()).startsWith("Called Mum. Her hip replacement is scheduled");
    }

    @Test
    void aLongSentenceIsCutAtWholeWordsAroundItsMatchAndSaysSo() {
        String before = "We walked ".repeat(20);
        String after = " and then along the canal ".repeat(20);
        add("", before + "past the old lighthouse" + after + ".");
        Snippet snippet = search("lighthouse").get(0).snippet();
        assertThat(snippet.text()).startsWith("…").endsWith("…").hasSizeLessThanOrEqualTo(SnippetFormatter.MAX_CHARS + 2);
        assertThat(snippet.marked("[", "]")).contains("past the old [lighthouse] and then");
        String inner = snippet.text().substring(1, snippet.text().length() - 1);
        assertThat(before + "past the old lighthouse" + after).contains(inner);
        assertThat(inner).doesNotStartWith(" ").doesNotEndWith(" ").matches("\\p{L}.*\\p{L}");
    }

    @Test
    void aLongSentenceWithoutSpacesIsCutNearItsMatch() {
        add("", "我们讨论了很多事情".repeat(40) + "明天去北京开会" + "然后回家休息".repeat(40) + "。");
        Snippet snippet = search("北京").get(0).snippet();
        assertThat(snippet.text()).startsWith("…").endsWith("…").hasSizeLessThanOrEqualTo(SnippetFormatter.MAX_CHARS + 2);
        assertThat(snippet.marked("[", "]")).contains("明天去[北京]开会");
    }

    @Test
    void chineseJapaneseAndKoreanTextIsSearchable() {
        Entry chinese = add("", "今天我们在北京开会，讨论了新产品的发布计划。");
        Entry japanese = add("", "明日は東京で友達とラーメンを食べます。");
        Entry korean = add("", "오늘은 서울에서 회의가 있었습니다.");
        assertThat(search("北京开会")).extracting(SearchHit::id).first().isEqualTo(chinese.id());
        assertThat(search("发布计划")).extracting(SearchHit::id).containsExactly(chinese.id());
        assertThat(search("東京")).extracting(SearchHit::id).containsExactly(japanese.id());
        assertThat(search("서울에서")).extracting(SearchHit::id).containsExactly(korean.id());
    }

    @Test
    void emojiAndRightToLeftTextRoundTripAndAreSearchable() {
        String arabic = "اجتماع مع الفريق حول الميزانية 🎉";
        Entry entry = add("שלום", arabic);
        assertThat(search("الميزانية")).extracting(SearchHit::id).containsExactly(entry.id());
        assertThat(search("שלום")).extracting(SearchHit::id).containsExactly(entry.id());
        assertThat(store.entries().get(entry.id()).body()).isEqualTo(arabic);
    }

    @Test
    void hostileQueriesNeverThrow() {
        add("Quotes", "A \"quoted\" phrase with AND and OR in it: key:value (parens)");
        List<String> hostile = List.of("\"", "\"unterminated", "*", "**", "AND(", "OR", "key:", ":", "(((", ")))",
                "-", "+", "~", "a~999", "\\", "\u0000", "🎉*", "title:foo AND text:(bar", "[1 TO 2}", "?",
                "x".repeat(100_000), "a ".repeat(5_000), "*".repeat(500), "\"" + "w ".repeat(2_000) + "\"", "   ");
        for (String query : hostile) {
            assertThatCode(() -> search(query)).as("query %s", query.length() > 30 ? query.substring(0, 30) : query)
                    .doesNotThrowAnyException();
        }
        assertThat(search("\"quoted phrase\"")).hasSize(1);
        assertThat(search("key:value")).hasSize(1);
    }

    @Test
    void filtersByKindProjectGoalAndDate() {
        Project work = store.projects().add(Project.draft("Work", ""));
        Goal goal = store.goals().add(Goal.draft("Ship the budget report", "bonus", null, work.id()));
        Entry old = store.entries().add(Entry.draft("", "budget planning session", EntryKind.DECISION, work.id(),
                List.of(goal.id()), Instant.parse("2022-03-01T10:00:00Z")));
        Entry recent = store.entries().add(Entry.draft("", "budget review with finance", EntryKind.LOG, null,
                List.of(), Instant.parse("2024-03-01T10:00:00Z")));
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();

        assertThat(ids(new SearchRequest("budget", Set.of(ItemKind.GOAL), null, null, null, null, null, 10)))
                .containsExactly(goal.id());
        assertThat(ids(new SearchRequest("budget", Set.of(ItemKind.ENTRY), null, work.id(), null, null, null, 10)))
                .containsExactly(old.id());
        assertThat(ids(new SearchRequest("budget", Set.of(ItemKind.ENTRY), null, null, goal.id(), null, null, 10)))
                .containsExactly(old.id());
        assertThat(ids(new SearchRequest("budget", Set.of(), "log", null, null, null, null, 10)))
                .containsExactly(recent.id());
        assertThat(ids(new SearchRequest("budget", Set.of(ItemKind.ENTRY), null, null, null,
                Instant.parse("2023-01-01T00:00:00Z"), null, 10))).containsExactly(recent.id());
        assertThat(ids(new SearchRequest("", Set.of(ItemKind.ENTRY), null, null, null, null, null, 10)))
                .containsExactly(recent.id(), old.id());
    }

    private List<Long> ids(SearchRequest request) {
        return index.search(request).stream().map(SearchHit::id).toList();
    }

    @Test
    void editsAndDeletesAreFollowed() {
        Entry entry = add("", "the lighthouse keeper");
        assertThat(search("lighthouse")).hasSize(1);
        store.entries().update(new Entry(entry.id(), "", "the harbour master", EntryKind.NOTE, null, List.of(),
                entry.createdAt(), entry.updatedAt()));
        assertThat(search("lighthouse")).isEmpty();
        assertThat(search("harbour")).hasSize(1);
        store.entries().delete(entry.id());
        assertThat(search("harbour")).isEmpty();
    }

    @Test
    void aFiveMegabyteEntryIsStoredAndFound() {
        StringBuilder body = new StringBuilder(5_000_000);
        while (body.length() < 5_000_000) {
            body.append("Paragraph about gardening, compost and tomatoes. ");
        }
        body.append("The secret word is zanzibar.");
        Entry entry = add("Huge", body.toString());
        assertThat(store.entries().get(entry.id()).body()).hasSize(body.length());
        assertThat(search("zanzibar")).extracting(SearchHit::id).containsExactly(entry.id());
    }

    @Test
    void listenersHearTheRebuildAndThenThatTheIndexIsUpToDate() {
        for (int i = 0; i < 30; i++) {
            add("Entry " + i, "Something written on day " + i);
        }
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        List<IndexState> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<IndexState> listener = heard::add;
        index.addStateListener(listener);
        assertThat(heard).as("the state now, on adding").containsExactly(new IndexState(IndexState.Phase.UP_TO_DATE, 0, 0));

        index.rebuild();
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        assertThat(heard).extracting(IndexState::phase)
                .containsSubsequence(IndexState.Phase.UP_TO_DATE, IndexState.Phase.REBUILDING, IndexState.Phase.UP_TO_DATE)
                .last().isEqualTo(IndexState.Phase.UP_TO_DATE);
        assertThat(heard).filteredOn(s -> s.phase() == IndexState.Phase.REBUILDING).first()
                .satisfies(s -> assertThat(s.total()).as("of how many").isEqualTo(30));

        index.removeStateListener(listener);
        int before = heard.size();
        add("After", "heard by nobody");
        assertThat(index.awaitCurrent(Duration.ofSeconds(10))).isTrue();
        assertThat(heard).as("a removed listener hears nothing").hasSize(before);
    }
}
