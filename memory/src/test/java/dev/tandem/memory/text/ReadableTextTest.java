package dev.tandem.memory.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadableTextTest {

    /** A note in the shape of a community vault's plugin pages: badges, comments, HTML, links. */
    private static final String VAULT_NOTE = """
            %% ----- Badges ----- %%

            ![Downloads](https://img.shields.io/github/downloads/someone/trail-log/total?color=573E7A&style=for-the-badge)
            ![Stars](https://img.shields.io/github/stars/someone/trail-log?color=573E7A&style=for-the-badge)

            %% ----- Do not edit this section ----- %%

            # Trail Log

            Plugin ID: `trail-log`
            Links: [GitHub repository](https://github.com/someone/trail-log) or [<button id=HH>Open in the app</button>](obsidian://show-plugin?id=trail-log)
            Developed by: [[someone]]
            Mobile compatible: [[Mobile-compatible plugins|Yes]]

            Keeps a log of your runs and hikes, with distance, pace and how your knees felt.

            %% Sponsoring links? Uncomment the next line. %%
            <span class="footer">[Edit on the web](https://example.org/edit/trail-log.md "edit") | [Copy this note](https://example.org/raw/trail-log.md)</span>
            """;

    @Test
    void aNoteReadsAsItsWordsWithoutAddressesCommentsOrTags() {
        String readable = ReadableText.of(VAULT_NOTE);

        assertThat(readable).contains("Trail Log", "Plugin ID: trail-log", "GitHub repository or Open in the app",
                "Developed by: someone", "Mobile compatible: Yes",
                "Keeps a log of your runs and hikes, with distance, pace and how your knees felt.",
                "Edit on the web | Copy this note", "Downloads", "Stars");
        assertThat(readable).doesNotContain("http", "shields", "%%", "Sponsoring", "<span", "button", "[[", "](");
        assertThat(readable.length()).isLessThan(VAULT_NOTE.length() / 2);
    }

    @Test
    void plainProseComesOutAsItWentIn() {
        String prose = "Long run: 28 km, left knee sore after km 20. Should I slow down?";

        assertThat(ReadableText.of(prose)).isEqualTo(prose);
        assertThat(ReadableText.of("First line\nsecond line\n\nNew paragraph")).isEqualTo("First line second line\nNew paragraph");
    }

    @Test
    void emphasisHeadingsAndListsLoseOnlyTheirMarks() {
        assertThat(ReadableText.of("## Plan\n\n- *easy* runs\n- **rest** days\n\n1. ice the knee"))
                .isEqualTo("Plan\neasy runs\nrest days\nice the knee");
    }

    @Test
    void aBareAddressReadsAsItsSite() {
        assertThat(ReadableText.of("notes from https://www.runnersworld.com/training/a1234/knee-pain?x=1 today"))
                .isEqualTo("notes from runnersworld.com today");
        assertThat(ReadableText.of("see <https://example.org/a/b>")).isEqualTo("see example.org");
    }

    @Test
    void aWikilinkReadsAsWhatItShows() {
        assertThat(ReadableText.of("Met [[Anna Berg]] about [[Projects/Garden#Beds|the raised beds]] and ![[plan.png]]"))
                .isEqualTo("Met Anna Berg about the raised beds and plan.png");
        assertThat(ReadableText.of("see [[Garden#Compost]]")).isEqualTo("see Garden Compost");
    }

    @Test
    void codeKeepsItsText() {
        assertThat(ReadableText.of("Run `mvn test` then:\n\n```\njava -jar tandem.jar\n```"))
                .isEqualTo("Run mvn test then:\njava -jar tandem.jar");
    }

    @Test
    void deepNestingAndNothingToReadAreNoError() {
        assertThat(ReadableText.of(">".repeat(20_000) + " deep")).endsWith("deep");
        assertThat(ReadableText.of("- ".repeat(5_000) + "item")).contains("item");
        assertThat(ReadableText.of("%% only a comment %%")).isEmpty();
        assertThat(ReadableText.orAsWritten(" %% only a comment %% ")).isEqualTo("%% only a comment %%");
        assertThat(ReadableText.orAsWritten("see [[Garden]]")).isEqualTo("see Garden");
        assertThat(ReadableText.of("<div>\n<p>html</p>\n</div>")).isEmpty();
        assertThat(ReadableText.of("   ")).isEmpty();
        assertThat(ReadableText.of(null)).isEmpty();
    }

    @Test
    void hostileRunsOfMarksTakeTimeInStepWithTheirLength() {
        // Each of these once took seconds or more at this length (a pattern that tried every end for every start).
        String[] hostile = {"[".repeat(64_000), "![[".repeat(20_000), "[[a|".repeat(16_000), "%%".repeat(32_000) + "x",
            "*a".repeat(32_000), "_*".repeat(32_000), "[a](".repeat(16_000), "http://" + "a".repeat(64_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String text : hostile) {
                assertThat(ReadableText.of(text)).isNotNull();
            }
        });
    }

    @Test
    void anUnclosedCommentLeavesTheTextAlone() {
        assertThat(ReadableText.of("50%% done with the plan")).isEqualTo("50%% done with the plan");
    }
}
